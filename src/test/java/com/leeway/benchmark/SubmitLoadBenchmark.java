package com.leeway.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;

import baseline.BareSubmitApp;

/**
 * Submits under load, side by side: Leeway's {@code POST /api/v1/exception-requests} (ruled, stored with its
 * timeline, answered 201 after a durable commit) against {@link BareSubmitApp}, the same stack doing the least a
 * durable submit can do (Leeway from its jar, as it is deployed). Both run as their own processes on this machine with the same JVM settings and the same
 * database kind; wrk drives each in turn with the same load, several rounds alternating, and the figures are
 * printed side by side with their ratio.
 * <p>
 * Usage (after {@code ./mvnw -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt}):
 * {@code java -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" com.leeway.benchmark.SubmitLoadBenchmark h2|postgres [rounds] [seconds] [connections]}
 * — PostgreSQL at {@code LEEWAY_TEST_POSTGRES_URL} (user and password leeway), each app in a schema of its own.
 */
public final class SubmitLoadBenchmark {

	static final String BODY = """
			{"standardKey":"WORD_PROCESSING","product":"WordPerfect","productVersion":"2021",\
			"justification":"Our legal partner sends .wpd files we must edit losslessly.","durationDays":90,\
			"usersAffected":3,"dataClassification":"INTERNAL"}""";

	public static void main(String[] args) throws Exception {
		String database = args.length > 0 ? args[0] : "h2";
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
		int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
		int connections = args.length > 3 ? Integer.parseInt(args[3]) : 32;
		Path work = Files.createDirectories(Path.of("target", "submit-benchmark", database));
		deleteTree(work);
		Files.createDirectories(work);
		String classpath = System.getProperty("java.class.path");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> jvm = List.of(java, "-Xms512m", "-Xmx1g", "-XX:+UseParallelGC");

		List<String> leewayArgs = new ArrayList<>(jvm);
		leewayArgs.addAll(List.of("-jar", "target/leeway.jar", "--server.port=18481",
				"--spring.profiles.active=demo", "--logging.level.root=WARN", "--leeway.rules.dir=rules"));
		List<String> bareArgs = new ArrayList<>(jvm);
		bareArgs.addAll(List.of("-cp", classpath, BareSubmitApp.class.getName(), "--server.port=18482",
				"--spring.config.name=bare", "--spring.flyway.enabled=false", "--spring.jpa.hibernate.ddl-auto=update",
				"--spring.jpa.open-in-view=false", "--logging.level.root=WARN"));
		if (database.equals("postgres")) {
			String url = System.getenv().getOrDefault("LEEWAY_TEST_POSTGRES_URL",
					"jdbc:postgresql://localhost:5432/leeway_test");
			freshSchema(url, "bench_leeway");
			freshSchema(url, "bench_bare");
			leewayArgs.addAll(List.of("--spring.datasource.url=" + url + "?currentSchema=bench_leeway",
					"--spring.datasource.username=leeway", "--spring.datasource.password=leeway"));
			bareArgs.addAll(List.of("--spring.datasource.url=" + url + "?currentSchema=bench_bare",
					"--spring.datasource.username=leeway", "--spring.datasource.password=leeway"));
		}
		else {
			String options = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
			leewayArgs.add("--spring.datasource.url=jdbc:h2:file:" + work.toAbsolutePath().resolve("leeway") + options);
			bareArgs.add("--spring.datasource.url=jdbc:h2:file:" + work.toAbsolutePath().resolve("bare") + options);
			bareArgs.addAll(List.of("--spring.datasource.username=sa", "--spring.datasource.password="));
		}

		System.out.printf(Locale.ROOT, "Submit benchmark on %s: %d rounds of %d s per app, wrk 2 threads, %d connections%n",
				database, rounds, seconds, connections);
		Process leeway = start(leewayArgs, work.resolve("leeway.log"));
		Process bare = start(bareArgs, work.resolve("bare.log"));
		try {
			awaitAnswer("http://localhost:18481/login", leeway);
			awaitAnswer("http://localhost:18482/", bare);
			String leewayToken = awaitToken("http://localhost:18481", "alice", "alice");
			Path leewayScript = script(work.resolve("leeway.lua"), leewayToken);
			Path bareScript = script(work.resolve("bare.lua"), BareSubmitApp.TOKEN);
			String leewayUrl = "http://localhost:18481/api/v1/exception-requests";
			String bareUrl = "http://localhost:18482/api/v1/exception-requests";
			// Warm both up (JIT, connection pools, Drools sessions) before anything is counted.
			wrk(leewayUrl, leewayScript, connections, Math.max(5, seconds / 2));
			wrk(bareUrl, bareScript, connections, Math.max(5, seconds / 2));
			List<Result> leewayResults = new ArrayList<>();
			List<Result> bareResults = new ArrayList<>();
			System.out.printf(Locale.ROOT, "%-6s %-7s %10s %9s %9s %9s%n", "round", "app", "req/s", "p50 ms", "p99 ms", "errors");
			for (int round = 1; round <= rounds; round++) {
				Result l = wrk(leewayUrl, leewayScript, connections, seconds);
				leewayResults.add(l);
				print(round, "leeway", l);
				Result b = wrk(bareUrl, bareScript, connections, seconds);
				bareResults.add(b);
				print(round, "bare", b);
			}
			Result l = median(leewayResults);
			Result b = median(bareResults);
			System.out.println();
			System.out.printf(Locale.ROOT, "median  leeway %9.0f/s p50 %6.1f ms p99 %6.1f ms%n", l.rate(), l.p50(), l.p99());
			System.out.printf(Locale.ROOT, "median  bare   %9.0f/s p50 %6.1f ms p99 %6.1f ms%n", b.rate(), b.p50(), b.p99());
			System.out.printf(Locale.ROOT, "ratio   throughput %.2f (target >= 0.6), p99 %.2f x bare (target <= 2)%n",
					l.rate() / b.rate(), l.p99() / b.p99());
		}
		finally {
			stop(leeway);
			stop(bare);
		}
	}

	record Result(double rate, double p50, double p99, long errors) {
	}

	static void print(int round, String app, Result result) {
		System.out.printf(Locale.ROOT, "%-6d %-7s %10.0f %9.1f %9.1f %9d%n", round, app, result.rate(), result.p50(),
				result.p99(), result.errors());
	}

	static Result median(List<Result> results) {
		List<Result> byRate = results.stream().sorted(Comparator.comparingDouble(Result::rate)).toList();
		List<Result> byP50 = results.stream().sorted(Comparator.comparingDouble(Result::p50)).toList();
		List<Result> byP99 = results.stream().sorted(Comparator.comparingDouble(Result::p99)).toList();
		int middle = results.size() / 2;
		return new Result(byRate.get(middle).rate(), byP50.get(middle).p50(), byP99.get(middle).p99(),
				results.stream().mapToLong(Result::errors).sum());
	}

	static Result wrk(String url, Path script, int connections, int seconds) throws IOException, InterruptedException {
		Process wrk = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency", "-s",
				script.toString(), url)
			.redirectErrorStream(true)
			.start();
		String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		wrk.waitFor();
		double rate = number(out, "Requests/sec:\\s+([0-9.]+)");
		double p50 = millis(out, "\\s50%\\s+([0-9.]+)(us|ms|s)");
		double p99 = millis(out, "\\s99%\\s+([0-9.]+)(us|ms|s)");
		long errors = (long) number(out, "Non-2xx or 3xx responses:\\s+([0-9]+)", 0)
				+ (long) number(out, "Socket errors:.*?timeout ([0-9]+)", 0);
		return new Result(rate, p50, p99, errors);
	}

	static double number(String text, String regex) {
		Matcher matcher = java.util.regex.Pattern.compile(regex).matcher(text);
		if (!matcher.find()) {
			throw new IllegalStateException("wrk said:\n" + text);
		}
		return Double.parseDouble(matcher.group(1));
	}

	static double number(String text, String regex, double otherwise) {
		Matcher matcher = java.util.regex.Pattern.compile(regex).matcher(text);
		return matcher.find() ? Double.parseDouble(matcher.group(1)) : otherwise;
	}

	static double millis(String text, String regex) {
		Matcher matcher = java.util.regex.Pattern.compile(regex).matcher(text);
		if (!matcher.find()) {
			throw new IllegalStateException("wrk said:\n" + text);
		}
		double value = Double.parseDouble(matcher.group(1));
		return switch (matcher.group(2)) {
			case "us" -> value / 1000;
			case "s" -> value * 1000;
			default -> value;
		};
	}

	static Path script(Path file, String token) throws IOException {
		String lua = """
				wrk.method = "POST"
				wrk.body = '%s'
				wrk.headers["Content-Type"] = "application/json"
				wrk.headers["Authorization"] = "Bearer %s"
				""".formatted(BODY, token);
		return Files.writeString(file, lua);
	}

	/** The demo accounts are made just after the server starts answering; ask until they exist. */
	static String awaitToken(String base, String user, String password) throws IOException, InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
		while (true) {
			try {
				return createToken(base, user, password);
			}
			catch (IllegalStateException notYet) {
				if (Instant.now().isAfter(deadline)) {
					throw notYet;
				}
				LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500));
			}
		}
	}

	static String createToken(String base, String user, String password) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"submit benchmark\",\"expiresInDays\":1}"))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		Matcher matcher = java.util.regex.Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
		if (response.statusCode() != 201 || !matcher.find()) {
			throw new IllegalStateException("No token: " + response.statusCode() + " " + response.body());
		}
		return matcher.group(1);
	}

	static Process start(List<String> command, Path log) throws IOException {
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	static void awaitAnswer(String url, Process process) throws InterruptedException {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The process ended before it answered " + url);
			}
			try {
				client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding());
				return;
			}
			catch (IOException notYet) {
				LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
			}
		}
		throw new IllegalStateException("No answer from " + url + " within 3 minutes");
	}

	static void stop(Process process) throws InterruptedException {
		process.destroy();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}

	static void freshSchema(String url, String schema) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, "leeway", "leeway");
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + schema + " cascade");
			statement.execute("create schema " + schema);
		}
	}

	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (var paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
