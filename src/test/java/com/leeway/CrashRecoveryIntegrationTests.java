package com.leeway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A 201 means the request is stored for good: the packaged service runs as a real process on its default embedded
 * database, takes submissions from several clients at once and is killed with SIGKILL while requests are in flight.
 * After a restart on the same data every acknowledged request is there with its reference, ruling and timeline, no
 * reference names another request, and new requests get ids above every id ever acknowledged.
 */
class CrashRecoveryIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Kill/restart cycles in one run. */
	private static final int CRASHES = 2;

	private static final int CLIENTS = 8;

	/** Once the first few submissions were acknowledged (a fresh service warms up slowly on a busy machine)... */
	private static final int WARMED_UP = 20;

	private static final Duration WARM_UP_AT_MOST = Duration.ofSeconds(60);

	/** ...the load goes on until this many were acknowledged, or for LOAD_AT_MOST, and ends with a kill. */
	private static final int ACKNOWLEDGED_BEFORE_KILL = 300;

	private static final Duration LOAD_AT_MOST = Duration.ofSeconds(8);

	/** Generous for a busy CI machine: a start compiles the rules and migrates the database. */
	private static final Duration START_AT_MOST = Duration.ofSeconds(120);

	private static final Duration ANSWER_AT_MOST = Duration.ofSeconds(30);

	private static final int SIGKILL_EXIT = 128 + 9;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	Path workDir;

	Service service;

	@BeforeEach
	void createWorkDir() throws IOException {
		workDir = TestFolders.withShippedRules("crash-");
	}

	@AfterEach
	void stopAndRemoveWorkDir() throws Exception {
		if (service != null) {
			service.stop();
		}
		TestFolders.delete(workDir);
	}

	@Test
	@Timeout(value = 10, unit = TimeUnit.MINUTES)
	void everyAcknowledgedRequestSurvivesAKillAndItsIdIsNeverReissued() throws Exception {
		Path jar = Path.of("target/leeway.jar").toAbsolutePath();
		assertThat(jar).as("the packaged jar (integration tests run after package)").exists();
		Map<Long, Acknowledged> everAcknowledged = new LinkedHashMap<>();
		Set<String> problems = new LinkedHashSet<>();

		service = Service.start(jar, workDir, 0);
		assertThat(workDir.resolve("data/leeway.mv.db")).as("the default embedded database file").exists();

		for (int crash = 1; crash <= CRASHES; crash++) {
			long highestBefore = highestId(everAcknowledged.values());
			Load load = load(service, crash);
			List<Acknowledged> acknowledged = load.acknowledged();

			assertThat(load.inFlightAtKill).as("requests in flight when the service was killed").isPositive();
			assertThat(load.exitValue).as("exit value of a process ended by SIGKILL").isEqualTo(SIGKILL_EXIT);
			assertThat(load.failedAnswers).as("answers other than 201 during the load").isEmpty();
			assertThat(acknowledged).as("acknowledged submissions before the kill").isNotEmpty();
			for (Acknowledged answer : acknowledged) {
				if (answer.id() <= highestBefore) {
					problems.add(answer + ": given an id that is not above " + highestBefore
							+ ", the highest acknowledged before the restart");
				}
				Acknowledged earlier = everAcknowledged.putIfAbsent(answer.id(), answer);
				if (earlier != null) {
					problems.add(answer + ": given the id and reference already acknowledged for " + earlier);
				}
			}

			service = Service.start(jar, workDir, crash);
			Check check = check(service, everAcknowledged.values());
			problems.addAll(check.problems());
			System.out.printf("Crash %d: %d acknowledged in this round, %d in flight at the kill; after a restart "
					+ "in %d s, %d of the %d acknowledged so far found intact, %d requests stored in all "
					+ "(database file %d MB)%n", crash, acknowledged.size(), load.inFlightAtKill,
					service.startedIn.toSeconds(), check.intact(), everAcknowledged.size(), storedForAlice(service),
					Files.size(workDir.resolve("data/leeway.mv.db")) / (1024 * 1024));
		}

		long highest = highestId(everAcknowledged.values());
		Set<String> references = new HashSet<>();
		everAcknowledged.values().forEach(answer -> references.add(answer.reference()));
		for (int i = 0; i < CLIENTS; i++) {
			String marker = run + "-after-" + i;
			Answer answer = service.submit(http, body(marker, i));
			assertThat(answer.status()).as("a submit after the crashes: %s%nThe service's log ends:%n%s", answer.json(),
					service.logTail()).isEqualTo(201);
			Acknowledged fresh = Acknowledged.of(answer.json(), marker);
			if (fresh.id() <= highest || references.contains(fresh.reference())) {
				problems.add(fresh + ": a new request after the crashes reuses an id or reference (highest "
						+ "acknowledged id " + highest + ")");
			}
		}
		assertThat(problems.stream().limit(40).toList())
			.as("%d problems with acknowledged requests after the crashes (at most 40 shown)", problems.size())
			.isEmpty();
	}

	/** Drives submissions from several clients, then kills the service while they are still sending. */
	Load load(Service target, int round) throws Exception {
		Load load = new Load();
		CountDownLatch warmedUp = new CountDownLatch(WARMED_UP);
		CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
		AtomicBoolean killed = new AtomicBoolean();
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int client = 0; client < CLIENTS; client++) {
				int number = client;
				running.add(clients.submit(() -> {
					for (int n = 0; !killed.get(); n++) {
						String marker = run + "-r" + round + "-c" + number + "-n" + n;
						load.inFlight.incrementAndGet();
						Answer answer;
						try {
							answer = target.submit(http, body(marker, number));
						}
						catch (IOException ex) {
							// the connection died with the service
							return;
						}
						finally {
							load.inFlight.decrementAndGet();
						}
						if (answer.status() == 201) {
							load.acknowledged.add(Acknowledged.of(answer.json(), marker));
							warmedUp.countDown();
							enough.countDown();
						}
						else {
							load.failedAnswers.add(answer.status() + " " + answer.json());
						}
					}
				}));
			}
			warmedUp.await(WARM_UP_AT_MOST.toMillis(), TimeUnit.MILLISECONDS);
			enough.await(LOAD_AT_MOST.toMillis(), TimeUnit.MILLISECONDS);
			load.inFlightAtKill = load.inFlight.get();
			killed.set(true);
			load.exitValue = target.killNine();
			for (Future<?> client : running) {
				client.get(ANSWER_AT_MOST.toSeconds() + 10, TimeUnit.SECONDS);
			}
		}
		finally {
			clients.shutdownNow();
		}
		return load;
	}

	/** Reads every acknowledged request back and describes whatever differs from its 201 answer. */
	Check check(Service target, Collection<Acknowledged> acknowledged) throws Exception {
		ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
		AtomicInteger intact = new AtomicInteger();
		ExecutorService readers = Executors.newFixedThreadPool(CLIENTS);
		try {
			List<Future<?>> reads = new ArrayList<>();
			for (Acknowledged expected : acknowledged) {
				reads.add(readers.submit(() -> {
					Answer answer = target.get(http, "/api/v1/exception-requests/" + expected.id());
					List<String> differences = differences(expected, answer);
					problems.addAll(differences);
					if (differences.isEmpty()) {
						intact.incrementAndGet();
					}
					return null;
				}));
			}
			for (Future<?> read : reads) {
				read.get(ANSWER_AT_MOST.toSeconds() + 10, TimeUnit.SECONDS);
			}
		}
		finally {
			readers.shutdownNow();
		}
		return new Check(intact.get(), new ArrayList<>(problems));
	}

	static List<String> differences(Acknowledged expected, Answer answer) {
		String which = expected.toString();
		if (answer.status() != 200) {
			return List.of(which + ": answered " + answer.status() + " after the restart");
		}
		JsonNode read = answer.json();
		List<String> problems = new ArrayList<>();
		if (!justification(expected.marker()).equals(read.path("justification").asString())) {
			problems.add(which + ": the id now names another request: " + read.path("justification").asString());
		}
		if (!expected.reference().equals(read.path("reference").asString())) {
			problems.add(which + ": reference is now " + read.path("reference").asString());
		}
		if (!expected.submittedAt().equals(read.path("submittedAt").asString())) {
			problems.add(which + ": submitted at " + read.path("submittedAt").asString());
		}
		if (!expected.outcome().equals(read.path("ruling").path("outcome").asString())
				|| !expected.ruling().equals(read.path("ruling").path("justification").asString())) {
			problems.add(which + ": ruling is now " + read.path("ruling"));
		}
		Map<String, String> timeline = new LinkedHashMap<>();
		read.path("timeline").forEach(event -> timeline.putIfAbsent(event.path("type").asString(),
				event.path("text").asString()));
		if (!timeline.containsKey("SUBMITTED") || !timeline.getOrDefault("ACKNOWLEDGED", "").contains(expected.reference())
				|| !timeline.getOrDefault("RULED", "").contains(expected.ruling())) {
			problems.add(which + ": timeline is now " + read.path("timeline"));
		}
		return problems;
	}

	long storedForAlice(Service target) throws IOException {
		Answer page = target.get(http, "/api/v1/exception-requests?page=0&size=1");
		assertThat(page.status()).isEqualTo(200);
		return page.json().path("totalElements").asLong();
	}

	static long highestId(Collection<Acknowledged> acknowledged) {
		return acknowledged.stream().mapToLong(Acknowledged::id).max().orElse(0);
	}

	/** Approved and escalated requests alternate, so both kinds of ruling and timeline are checked. */
	static Map<String, Object> body(String marker, int client) {
		Map<String, Object> body = new LinkedHashMap<>();
		boolean approved = client % 2 == 0;
		body.put("standardKey", approved ? "WORD_PROCESSING" : "COLLABORATION_SAAS");
		body.put("product", approved ? "WordPerfect" : "Notion");
		body.put("productVersion", "2021");
		body.put("justification", justification(marker));
		body.put("durationDays", approved ? 30 : 120);
		body.put("usersAffected", approved ? 1 : 8);
		body.put("dataClassification", approved ? "INTERNAL" : "CONFIDENTIAL");
		return body;
	}

	static String justification(String marker) {
		return "Crash recovery check " + marker + ": partners send files we must edit.";
	}

	/** What one 201 answer promised. */
	record Acknowledged(long id, String reference, String marker, String submittedAt, String outcome,
			String ruling) {

		@Override
		public String toString() {
			return reference + " (id " + id + ", " + marker + ")";
		}

		static Acknowledged of(JsonNode json, String marker) {
			return new Acknowledged(json.path("id").asLong(), json.path("reference").asString(), marker,
					json.path("submittedAt").asString(), json.path("ruling").path("outcome").asString(),
					json.path("ruling").path("justification").asString());
		}

	}

	record Answer(int status, JsonNode json) {
	}

	record Check(int intact, List<String> problems) {
	}

	static final class Load {

		final ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();

		final ConcurrentLinkedQueue<String> failedAnswers = new ConcurrentLinkedQueue<>();

		final AtomicInteger inFlight = new AtomicInteger();

		int inFlightAtKill;

		int exitValue;

		List<Acknowledged> acknowledged() {
			return new ArrayList<>(acknowledged);
		}

	}

	/** The packaged service as a real process, listening on the loopback interface only. */
	static final class Service {

		final Process process;

		final int port;

		final Path log;

		Duration startedIn;

		private Service(Process process, int port, Path log) {
			this.process = process;
			this.port = port;
			this.log = log;
		}

		static Service start(Path jar, Path workDir, int number) throws IOException {
			int port = freePort();
			Path log = workDir.resolve("service-" + number + ".log");
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
					"-jar", jar.toString(), "--server.address=127.0.0.1", "--server.port=" + port,
					"--spring.profiles.active=demo", "--leeway.demo.enabled=true", "--spring.main.banner-mode=off")
				.directory(workDir.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			// the default embedded database under ./data and the rules under ./rules of the work folder, whatever
			// the environment of the build says
			builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("LEEWAY_"));
			long began = System.nanoTime();
			Service service = new Service(builder.start(), port, log);
			try {
				await("the service on port " + port + " to answer").atMost(START_AT_MOST)
					.pollInterval(Duration.ofMillis(250))
					.failFast("the service stopped", () -> !service.process.isAlive())
					.until(service::answers);
			}
			catch (RuntimeException ex) {
				service.process.destroyForcibly();
				throw new AssertionError("The service did not start:\n" + service.logTail(), ex);
			}
			service.startedIn = Duration.ofNanos(System.nanoTime() - began);
			return service;
		}

		boolean answers() {
			HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
			try {
				HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/actuator/health"))
					.timeout(Duration.ofSeconds(5))
					.GET()
					.build(), HttpResponse.BodyHandlers.ofString());
				return response.statusCode() == 200;
			}
			catch (IOException ex) {
				return false;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}

		Answer submit(HttpClient http, Map<String, Object> body) throws IOException {
			return send(http, HttpRequest.newBuilder(uri("/api/v1/exception-requests"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
		}

		Answer get(HttpClient http, String path) throws IOException {
			return send(http, HttpRequest.newBuilder(uri(path)).GET());
		}

		private Answer send(HttpClient http, HttpRequest.Builder request) throws IOException {
			try {
				HttpResponse<String> response = http.send(request.timeout(ANSWER_AT_MOST)
					.header("Accept", "application/json")
					.header("Authorization",
							"Basic " + Base64.getEncoder().encodeToString("alice:alice".getBytes(StandardCharsets.UTF_8)))
					.build(), HttpResponse.BodyHandlers.ofString());
				return new Answer(response.statusCode(),
						response.body().isBlank() ? JSON.missingNode() : JSON.readTree(response.body()));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException(ex);
			}
		}

		private URI uri(String path) {
			return URI.create("http://127.0.0.1:" + port + path);
		}

		/** SIGKILL: no shutdown hook, no database close; returns the exit value. */
		int killNine() throws InterruptedException {
			process.destroyForcibly();
			assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the killed service ended").isTrue();
			return process.exitValue();
		}

		void stop() throws InterruptedException {
			if (process.isAlive()) {
				process.destroy();
				if (!process.waitFor(60, TimeUnit.SECONDS)) {
					process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
				}
			}
		}

		String logTail() {
			try {
				List<String> lines = Files.readAllLines(log);
				return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
			}
			catch (IOException ex) {
				return "(no log: " + ex.getMessage() + ")";
			}
		}

		static int freePort() throws IOException {
			try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
				socket.setReuseAddress(true);
				return socket.getLocalPort();
			}
		}

	}

}
