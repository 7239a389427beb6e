package com.leeway.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.leeway.LeewayApi;
import com.leeway.LeewayApplication;
import com.leeway.TestFolders;
import com.leeway.ruleset.ImpactPreview;
import com.leeway.ruleset.RuleSetManager;
import com.leeway.ruling.RuleSetCompilation;
import com.leeway.ruling.RuleSetCompiler;
import com.leeway.ruling.RuleSetFiles;

/**
 * Prints the figures of docs/performance.md. Not a test: nothing here asserts a time. Parts: {@code build},
 * {@code evaluate} (JMH), {@code preview}, {@code swap}; no argument runs them all.
 */
public final class Benchmarks {

	private Benchmarks() {
	}

	public static void main(String[] args) throws Exception {
		List<String> parts = args.length == 0 ? List.of("build", "evaluate", "preview", "swap") : Arrays.asList(args);
		if (parts.contains("build")) {
			build();
		}
		if (parts.contains("evaluate")) {
			evaluate();
		}
		if (parts.contains("preview")) {
			preview();
		}
		if (parts.contains("swap")) {
			swap();
		}
		System.exit(0);
	}

	static void build() {
		RuleSetFiles files = GeneratedRuleSet.withProductStandards(5000);
		RuleSetCompiler compiler = RuleSetCompiler.withDefaults();
		for (int run = 1; run <= 4; run++) {
			long started = System.nanoTime();
			RuleSetCompilation compilation = compiler.compile(files);
			long millis = (System.nanoTime() - started) / 1_000_000;
			System.out.printf("build: run %d, %d rules, %s, %d ms%n", run, compilation.ruleSet().orElseThrow().ruleCount(),
					run == 1 ? "cold" : "warm", millis);
		}
	}

	static void evaluate() throws Exception {
		new Runner(new OptionsBuilder().include(EvaluationBenchmark.class.getSimpleName())
			.forks(1)
			.threads(1)
			.warmupIterations(3)
			.warmupTime(TimeValue.seconds(3))
			.measurementIterations(5)
			.measurementTime(TimeValue.seconds(3))
			.jvmArgs("-Xmx2g")
			.build()).run();
	}

	static void preview() throws Exception {
		Path workDir = TestFolders.withShippedRules("bench-preview-");
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(LeewayApplication.class)
			.run("--spring.main.web-application-type=none", "--spring.main.banner-mode=off",
					"--spring.datasource.url=jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
					"--leeway.rules.dir=" + workDir.resolve("rules"), "--logging.level.root=warn")) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			int total = 100_000;
			seed(jdbc, total);
			RuleSetManager manager = app.getBean(RuleSetManager.class);
			Map<String, byte[]> files = new TreeMap<>(RuleSetFiles.readFolder(workDir.resolve("rules")).files());
			files.put("strict.drl", """
					package leeway.rules
					import com.leeway.ruling.facts.Request
					global com.leeway.ruling.facts.RulingSheet ruling
					// Benchmark: a stricter policy for WordPerfect.
					rule "Deny WordPerfect"
					when
					    Request( productIs("WordPerfect") )
					then
					    ruling.deny("WordPerfect is no longer allowed.");
					end
					""".getBytes(StandardCharsets.UTF_8));
			RuleSetFiles candidate = new RuleSetFiles(files);
			for (int run = 1; run <= 3; run++) {
				System.gc();
				resetPeaks();
				long heapBefore = usedHeap();
				ImpactPreview preview = manager.preview(candidate, Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"));
				System.out.printf("preview: run %d, %d requests replayed, %d would change %s, %d ms, heap used before %d MB, peak %d MB (max heap %d MB)%n",
						run, preview.replayed(), preview.changed(), preview.changes(), preview.millis(),
						heapBefore >> 20, peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
			}
		}
		finally {
			TestFolders.delete(workDir);
		}
	}

	static void seed(JdbcTemplate jdbc, int total) {
		String sql = """
				insert into exception_request (requester, department, standard_key, standard_name, product, product_version,
				  justification, duration_days, users_affected, data_classification, estimated_cost, status, submitted_at,
				  acknowledged_at, ruling_outcome, ruling_justification, ruling_conditions, ruling_rules, ruling_findings,
				  ruleset_version, renewal_count)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, '', 'seed', 0)""";
		String[][] products = { { "WORD_PROCESSING", "WordPerfect" }, { "COLLABORATION_SAAS", "Notion" },
				{ "FILE_SHARING", "WeTransfer" }, { "WEB_BROWSER", "Vivaldi" }, { "GENERATIVE_AI", "ChatGPT" } };
		String[] outcomes = { "APPROVE", "ESCALATE", "DENY", "APPROVE", "ESCALATE" };
		Instant start = Instant.parse("2023-01-01T00:00:00Z");
		List<Object[]> batch = new ArrayList<>();
		for (int i = 0; i < total; i++) {
			int kind = i % products.length;
			Timestamp at = Timestamp.from(start.plusSeconds(i * 900L));
			batch.add(new Object[] { i % 2 == 0 ? "alice" : "bob", i % 2 == 0 ? "Marketing" : "Finance",
					products[kind][0], products[kind][0], products[kind][1], "1", "Seeded for a benchmark.",
					30 + i % 60, 1 + i % 8, i % 7 == 0 ? "CONFIDENTIAL" : "INTERNAL", BigDecimal.ZERO, "APPROVED", at,
					at, outcomes[kind], "seeded", "seeded rule" });
			if (batch.size() == 5000) {
				jdbc.batchUpdate(sql, batch);
				batch.clear();
			}
		}
		jdbc.batchUpdate(sql, batch);
		System.out.printf("preview: seeded %d stored requests%n", total);
	}

	static void swap() throws Exception {
		Path workDir = TestFolders.withShippedRules("bench-swap-");
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(LeewayApplication.class).run(
				"--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=warn", "--leeway.demo.enabled=true",
				"--spring.datasource.url=jdbc:h2:mem:swap;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"--leeway.rules.dir=" + workDir.resolve("rules"))) {
			LeewayApi api = new LeewayApi(((WebServerApplicationContext) app).getWebServer().getPort());
			Map<String, Object> body = LeewayApi.requestBody("WORD_PROCESSING", "WordPerfect", 30, 2, "INTERNAL");
			load(api, body, 15_000, null, "warm-up");
			load(api, body, 20_000, null, "no swaps");
			load(api, body, 0, () -> {
				for (int i = 0; i < 10; i++) {
					String rule = """
							package leeway.rules
							import com.leeway.ruling.facts.Request
							global com.leeway.ruling.facts.RulingSheet ruling
							// Benchmark swap %d.
							rule "Swap %d note"
							when
							    Request( productIs("WordPerfect") )
							then
							    ruling.note("Swap %d.");
							end
							""".formatted(i, i, i);
					LeewayApi.Response published = api.post("ian", "/api/v1/rulesets",
							Map.of("files", Map.of("swap.drl", rule), "note", "Benchmark swap " + i));
					if (published.status() != 201) {
						throw new IllegalStateException("publish failed: " + published.json());
					}
				}
			}, "10 publishes");
		}
		finally {
			TestFolders.delete(workDir);
		}
	}

	/** Sends requests from 4 threads until the time is up or the action is done; prints the figures. */
	static void load(LeewayApi api, Map<String, Object> body, long millis, Runnable during, String label)
			throws Exception {
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicLong sent = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		List<long[]> latencies = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<?>> workers = new ArrayList<>();
		long started = System.nanoTime();
		for (int t = 0; t < 4; t++) {
			long[] mine = new long[2_000_000];
			latencies.add(mine);
			workers.add(pool.submit(() -> {
				int n = 0;
				while (running.get() && n < mine.length) {
					long before = System.nanoTime();
					int status = api.post("alice", "/api/v1/exception-requests", body).status();
					mine[n++] = System.nanoTime() - before;
					sent.incrementAndGet();
					if (status != 201) {
						failed.incrementAndGet();
					}
				}
				mine[mine.length - 1] = n;
			}));
		}
		if (during != null) {
			during.run();
			running.set(false);
		}
		else {
			var timer = Executors.newSingleThreadScheduledExecutor();
			timer.schedule(() -> running.set(false), millis, java.util.concurrent.TimeUnit.MILLISECONDS);
			timer.shutdown();
		}
		for (Future<?> worker : workers) {
			worker.get();
		}
		pool.shutdown();
		long elapsed = (System.nanoTime() - started) / 1_000_000;
		long[] all = latencies.stream()
			.flatMapToLong(array -> Arrays.stream(array, 0, (int) array[array.length - 1]))
			.sorted()
			.toArray();
		System.out.printf("swap: %-12s %d s, %d requests sent, %d failed, %.0f/s, latency p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
				label, elapsed / 1000, sent.get(), failed.get(), sent.get() * 1000.0 / elapsed, percentile(all, 50),
				percentile(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
	}

	static double percentile(long[] sorted, int percent) {
		return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)] / 1e6;
	}

	static void resetPeaks() {
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	static long peakHeap() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.mapToLong(pool -> pool.getPeakUsage().getUsed())
			.sum();
	}

	static long usedHeap() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
