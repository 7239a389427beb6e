package com.leeway.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.leeway.LeewayApi;
import com.leeway.LeewayApplication;
import com.leeway.TestFolders;

/**
 * Prints how the embedded H2 database file grows while the application takes two bursts of requests (the second
 * after the first's replaced chunks are out of H2's 45 s retention time), and its size after a clean stop, for:
 * H2's default write delay, {@code WRITE_DELAY=0}, and {@code WRITE_DELAY=0;MAX_COMPACT_TIME=10000} (the shipped
 * URL). Not a test: nothing here asserts a size or a time.
 * <p>
 * Arguments: requests per burst (default 3000), seconds to watch after each burst (default 60), and optionally
 * which settings to run ({@code default}, {@code wd0}, {@code wd0-compact}); run one setting per JVM for fair
 * throughput figures.
 */
public final class H2FileGrowthBenchmark {

	private static final String URL_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE";

	private H2FileGrowthBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int requests = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
		int watchSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("default", ";WRITE_DELAY=500");
		settings.put("wd0", ";WRITE_DELAY=0");
		settings.put("wd0-compact", ";WRITE_DELAY=0;MAX_COMPACT_TIME=10000");
		List<String> chosen = args.length > 2 ? List.of(args).subList(2, args.length) : List.copyOf(settings.keySet());
		for (String name : chosen) {
			run(name, settings.get(name), requests, watchSeconds);
		}
	}

	static void run(String name, String urlSettings, int requests, int watchSeconds)
			throws Exception {
		Path workDir = TestFolders.withShippedRules("bench-h2-" + name + "-");
		Path file = workDir.resolve("data/leeway.mv.db");
		long started = System.nanoTime();
		ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
		AtomicInteger done = new AtomicInteger();
		long[] stopping = new long[1];
		sampler.scheduleAtFixedRate(() -> System.out.printf("%-17s t=%4ds requests=%5d file=%6.1f MB%n", name,
				(System.nanoTime() - started) / 1_000_000_000, done.get(), size(file)), 5, 5, TimeUnit.SECONDS);
		try {
			try (ConfigurableApplicationContext app = new SpringApplicationBuilder(LeewayApplication.class).run(
					"--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=warn",
					"--spring.datasource.url=jdbc:h2:file:" + workDir.resolve("data/leeway") + URL_OPTIONS + urlSettings,
					"--leeway.rules.dir=" + workDir.resolve("rules"))) {
				LeewayApi api = new LeewayApi(((WebServerApplicationContext) app).getWebServer().getPort());
				System.out.printf("%-17s started, file=%.1f MB%n", name, size(file));
				for (int burst = 1; burst <= 2; burst++) {
					done.set(0);
					long loadStart = System.nanoTime();
					AtomicLong failed = new AtomicLong();
					long[] latencies = new long[requests];
					ExecutorService pool = Executors.newFixedThreadPool(4);
					List<Future<?>> workers = new ArrayList<>();
					for (int t = 0; t < 4; t++) {
						workers.add(pool.submit(() -> {
							int n;
							while ((n = done.incrementAndGet()) <= requests) {
								Map<String, Object> body = LeewayApi.requestBody("WORD_PROCESSING", "WordPerfect", 30, 2,
										"INTERNAL");
								body.put("justification", "Request " + n + ": our legal partner sends files in this "
										+ "format that we must edit losslessly, and converting them loses tracked changes.");
								long before = System.nanoTime();
								int status = api.post("alice", "/api/v1/exception-requests", body).status();
								latencies[n - 1] = System.nanoTime() - before;
								if (status != 201) {
									failed.incrementAndGet();
								}
							}
							done.decrementAndGet();
						}));
					}
					for (Future<?> worker : workers) {
						worker.get();
					}
					pool.shutdown();
					double seconds = (System.nanoTime() - loadStart) / 1e9;
					Arrays.sort(latencies);
					System.out.printf("%-17s BURST %d: %d requests (%d failed) in %.1f s = %.0f requests/s, latency p50 %.1f ms, "
							+ "p99 %.1f ms, max %.0f ms, file=%.1f MB%n", name, burst, requests, failed.get(), seconds,
							requests / seconds, Benchmarks.percentile(latencies, 50), Benchmarks.percentile(latencies, 99),
							latencies[requests - 1] / 1e6, size(file));
					long watchUntil = System.nanoTime() + watchSeconds * 1_000_000_000L;
					while (System.nanoTime() < watchUntil) {
						// Watching the file while idle is the point here; nothing waits for a condition.
						TimeUnit.SECONDS.sleep(1);
					}
					System.out.printf("%-17s IDLE %d s after burst %d, file=%.1f MB%n", name, watchSeconds, burst,
							size(file));
				}
				stopping[0] = System.nanoTime();
			}
			System.out.printf("%-17s STOPPED (clean close) in %.1f s, file=%.1f MB%n", name,
					(System.nanoTime() - stopping[0]) / 1e9, size(file));
		}
		finally {
			sampler.shutdownNow();
			TestFolders.delete(workDir);
		}
	}

	static double size(Path file) {
		try {
			return Files.exists(file) ? Files.size(file) / 1e6 : 0;
		}
		catch (Exception ex) {
			return -1;
		}
	}

}
