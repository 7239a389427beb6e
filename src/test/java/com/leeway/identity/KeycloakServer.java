package com.leeway.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.awaitility.Awaitility;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real Keycloak (the {@code keycloak-quarkus-dist} that Maven unpacks into {@code ~/.cache/leeway}) for the
 * sign-in tests: started once per test run in development mode with an in-memory database, bound to 127.0.0.1 on a
 * free port, with the realms of {@code src/test/resources/keycloak}, and stopped when the test JVM ends. Keycloak
 * needs Java 21 or later: the newest JDK under {@code /usr/lib/jvm} (or {@code -Dleeway.keycloak.java-home}).
 * <p>
 * {@code -Dleeway.keycloak.url=http://127.0.0.1:PORT} with {@code -Dleeway.keycloak.admin-password} uses a
 * Keycloak that is already running (with the same realms) instead.
 */
public final class KeycloakServer {

	public static final String REALM = "leeway";

	/** Another realm on the same server: its tokens are of a foreign issuer for Leeway. */
	public static final String OTHER_REALM = "elsewhere";

	public static final String CLIENT_ID = "leeway";

	public static final String CLIENT_SECRET = "leeway-client-secret";

	/** A client allowed the password grant, for API tests. */
	public static final String API_CLIENT_ID = "leeway-api-test";

	public static final String API_CLIENT_SECRET = "api-test-secret";

	/** Like the API client, with access tokens that live five seconds. */
	public static final String SHORT_LIVED_CLIENT_ID = "leeway-short-lived";

	private static final Duration READY_WITHIN = Duration.ofSeconds(120);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static KeycloakServer running;

	private final String url;

	private final String adminPassword;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private KeycloakServer(String url, String adminPassword) {
		this.url = url;
		this.adminPassword = adminPassword;
	}

	/** The server of this test run, started at the first call. */
	public static synchronized KeycloakServer get() {
		if (running == null) {
			String external = System.getProperty("leeway.keycloak.url");
			running = external != null ? new KeycloakServer(external, System.getProperty("leeway.keycloak.admin-password"))
					: start();
		}
		return running;
	}

	private static KeycloakServer start() {
		Path home = Path.of(System.getProperty("leeway.keycloak.home",
				System.getProperty("user.home") + "/.cache/leeway/keycloak-26.4.0"));
		if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
			throw new IllegalStateException("No Keycloak at " + home
					+ ": run the tests with ./mvnw verify, which unpacks it there (remove ~/.cache/leeway/markers"
					+ " if the copy was deleted)");
		}
		Path java = javaHome();
		try {
			// --import-realm reads the realm files from data/import; the in-memory database keeps nothing else.
			Path imports = home.resolve("data/import");
			deleteRecursively(imports);
			Files.createDirectories(imports);
			for (String realm : List.of("leeway-realm.json", "elsewhere-realm.json")) {
				Files.copy(Path.of("src/test/resources/keycloak", realm), imports.resolve(realm));
			}
			int port = freePort();
			String adminPassword = UUID.randomUUID().toString();
			Path log = Path.of("target/keycloak.log").toAbsolutePath();
			Files.createDirectories(log.getParent());
			ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
					"--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + freePort(),
					"--db=dev-mem", "--import-realm")
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			builder.environment().put("JAVA_HOME", java.toString());
			builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
			builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
			long started = System.nanoTime();
			Process process = builder.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process)));
			KeycloakServer server = new KeycloakServer("http://127.0.0.1:" + port, adminPassword);
			Awaitility.await("Keycloak ready (log: " + log + ")")
				.atMost(READY_WITHIN)
				.pollInterval(Duration.ofMillis(500))
				.failFast("Keycloak stopped (log: " + log + ")", () -> !process.isAlive())
				.until(server::ready);
			System.out.printf("Keycloak ready at %s after %d s%n", server.url,
					Duration.ofNanos(System.nanoTime() - started).toSeconds());
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void stop(Process process) {
		process.descendants().forEach(ProcessHandle::destroy);
		process.destroy();
		try {
			if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** {@code -Dleeway.keycloak.java-home}, else the newest JDK of version 21 or later under /usr/lib/jvm. */
	static Path javaHome() {
		String chosen = System.getProperty("leeway.keycloak.java-home");
		if (chosen != null) {
			return Path.of(chosen);
		}
		try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
			return jdks.filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")))
				.filter(jdk -> featureVersion(jdk).orElse(0) >= 21)
				.max(Comparator.comparingInt(jdk -> featureVersion(jdk).orElse(0)))
				.orElseThrow(() -> new IllegalStateException(
						"Keycloak needs Java 21 or later: none under /usr/lib/jvm (set -Dleeway.keycloak.java-home)"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The feature version from the JDK's {@code release} file ({@code JAVA_VERSION="25.0.1"} gives 25). */
	private static Optional<Integer> featureVersion(Path jdk) {
		try (Stream<String> lines = Files.lines(jdk.resolve("release"))) {
			return lines.filter(line -> line.startsWith("JAVA_VERSION="))
				.map(line -> line.substring("JAVA_VERSION=".length()).replace("\"", ""))
				.map(version -> version.startsWith("1.") ? version.substring(2) : version)
				.map(version -> version.split("[.+-]")[0])
				.filter(number -> number.matches("\\d+"))
				.map(Integer::valueOf)
				.findFirst();
		}
		catch (IOException | UncheckedIOException ex) {
			return Optional.empty();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (Files.exists(dir)) {
			try (Stream<Path> paths = Files.walk(dir)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
	}

	private boolean ready() {
		try {
			return http.send(HttpRequest.newBuilder(URI.create(issuer(REALM) + "/.well-known/openid-configuration"))
				.timeout(Duration.ofSeconds(5))
				.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200
					&& http.send(HttpRequest.newBuilder(URI.create(issuer(OTHER_REALM) + "/.well-known/openid-configuration"))
						.timeout(Duration.ofSeconds(5))
						.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	public String url() {
		return url;
	}

	public String issuer(String realm) {
		return url + "/realms/" + realm;
	}

	/** An access token of the realm for a user, by the password grant of a client that allows it. */
	public String accessToken(String realm, String clientId, String clientSecret, String username, String password) {
		JsonNode answer = postForm(issuer(realm) + "/protocol/openid-connect/token",
				Map.of("grant_type", "password", "client_id", clientId, "client_secret", clientSecret, "username",
						username, "password", password),
				null);
		return answer.get("access_token").asString();
	}

	/** Moves a user of the Leeway realm into exactly one group (or none) and another department. */
	public void moveUser(String username, String group, String department) {
		String admin = postForm(issuer("master") + "/protocol/openid-connect/token", Map.of("grant_type", "password",
				"client_id", "admin-cli", "username", "admin", "password", adminPassword), null)
			.get("access_token")
			.asString();
		String users = url + "/admin/realms/" + REALM + "/users";
		JsonNode user = send(HttpRequest.newBuilder(URI.create(users + "?exact=true&username=" + encode(username))),
				admin).get(0);
		String id = user.get("id").asString();
		tools.jackson.databind.node.ObjectNode changed = (tools.jackson.databind.node.ObjectNode) user;
		changed.putObject("attributes").putArray("department").add(department);
		send(HttpRequest.newBuilder(URI.create(users + "/" + id))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(changed))), admin);
		for (JsonNode current : send(HttpRequest.newBuilder(URI.create(users + "/" + id + "/groups")), admin)) {
			send(HttpRequest.newBuilder(URI.create(users + "/" + id + "/groups/" + current.get("id").asString()))
				.DELETE(), admin);
		}
		if (group != null) {
			JsonNode groups = send(HttpRequest.newBuilder(
					URI.create(url + "/admin/realms/" + REALM + "/groups?exact=true&search=" + encode(group))), admin);
			send(HttpRequest.newBuilder(URI.create(users + "/" + id + "/groups/" + groups.get(0).get("id").asString()))
				.PUT(HttpRequest.BodyPublishers.noBody()), admin);
		}
	}

	private JsonNode postForm(String address, Map<String, String> form, String bearer) {
		String body = form.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(address))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)), bearer);
	}

	private JsonNode send(HttpRequest.Builder request, String bearer) {
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		try {
			HttpResponse<String> answer = http.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() >= 300) {
				throw new IllegalStateException("Keycloak answered " + answer.statusCode() + ": " + answer.body());
			}
			return answer.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(answer.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
