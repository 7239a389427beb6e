package com.leeway.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.leeway.LeewayApplication;
import com.leeway.PageSession;
import com.leeway.TestFolders;

/**
 * Pages over years of history: seeds a million requests (five years, 50 departments, every status, a few people
 * with thousands of requests, one request with a long timeline, a manager with thousands of notices) straight into
 * the database with JDBC batches, starts Leeway on it and loads each page over real HTTP as a signed-in person,
 * printing p50, p95 and p99. Not part of the build; see docs/performance.md for the command.
 * <p>
 * System properties: {@code benchmark.db} ({@code h2}, the default, a file database under
 * {@code target/benchmark/}, or {@code postgres}, on {@code LEEWAY_TEST_POSTGRES_URL} in a schema of its own),
 * {@code benchmark.requests} (1,000,000), {@code benchmark.loads} (50 per page). A database seeded before is reused.
 */
public final class PagesOverYearsBenchmark {

	static final int DEPARTMENTS = 50;

	static final int REQUESTERS = 5_000;

	static final String[] STANDARDS = { "WORD_PROCESSING", "COLLABORATION_SAAS", "FILE_SHARING", "GENERATIVE_AI",
			"BROWSER", "PASSWORD_MANAGER", "VIDEO_CONFERENCING", "CLOUD_STORAGE", "PROJECT_MANAGEMENT", "DIAGRAMS" };

	static final String[] PRODUCTS = { "WordPerfect", "Notion", "Figma", "WeTransfer", "Dropbox", "Miro", "Trello",
			"Zoom", "Opera", "Brave", "LastPass", "Lucidchart", "Scrivener", "Airtable", "Asana", "Basecamp", "Box",
			"Canva", "ClickUp", "Coda", "Evernote", "Loom", "Monday", "Obsidian", "Pitch", "Slack", "Smartsheet",
			"Todoist", "Webex", "Wrike" };

	static final String[] REASONS = { "Our legal partner sends files in this format that we must edit losslessly.",
			"The agency we work with only shares drafts this way.", "A customer insists on this tool for the project.",
			"The team needs it for a pilot that ends this quarter.", "Our suppliers exchange large files with it.",
			"Accessibility needs of a colleague are only met by this product." };

	private PagesOverYearsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String db = System.getProperty("benchmark.db", "h2");
		int requests = Integer.getInteger("benchmark.requests", 1_000_000);
		int loads = Integer.getInteger("benchmark.loads", 50);
		Path work = Path.of("target", "benchmark");
		Files.createDirectories(work);
		Path rules = TestFolders.withShippedRules("benchmark-");
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
				"--leeway.demo.enabled=true", "--leeway.rules.dir=" + rules.resolve("rules"),
				"--logging.level.root=warn", "--spring.jpa.open-in-view=false"));
		if (db.equals("postgres")) {
			String url = System.getenv().getOrDefault("LEEWAY_TEST_POSTGRES_URL",
					"jdbc:postgresql://localhost:5432/leeway_test");
			arguments.addAll(List.of("--spring.datasource.url=" + url + "?currentSchema=leeway_benchmark",
					"--spring.datasource.username=leeway", "--spring.datasource.password=leeway",
					"--spring.flyway.schemas=leeway_benchmark"));
		}
		else {
			arguments.add("--spring.datasource.url=jdbc:h2:file:" + work.toAbsolutePath().resolve("leeway")
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE;CACHE_SIZE=" + Integer.getInteger("benchmark.h2-cache-kb", 524_288));
		}
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(LeewayApplication.class)
			.run(arguments.toArray(String[]::new))) {
			DataSource dataSource = app.getBean(DataSource.class);
			long seeded = count(dataSource, "select count(*) from exception_request");
			if (seeded < requests) {
				long started = System.nanoTime();
				seed(dataSource, requests - (int) seeded, seeded == 0);
				System.out.printf(Locale.ROOT, "Seeded %,d requests in %s%n", requests - seeded,
						Duration.ofNanos(System.nanoTime() - started).withNanos(0));
			}
			analyze(dataSource, db);
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			measure(port, dataSource, db, loads);
		}
		finally {
			TestFolders.delete(rules);
		}
	}

	static long count(DataSource dataSource, String sql) throws SQLException {
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	static void seed(DataSource dataSource, int howMany, boolean fresh) throws SQLException {
		SplittableRandom random = new SplittableRandom(42);
		Instant now = Instant.now();
		long fiveYears = Duration.ofDays(5 * 365).toSeconds();
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			String ruleset;
			try (Statement statement = connection.createStatement();
					ResultSet result = statement.executeQuery("select content_hash from ruleset_version order by id desc")) {
				result.next();
				ruleset = result.getString(1);
			}
			long firstId = 1 + count(dataSource, "select coalesce(max(id), 0) from exception_request");
			try (PreparedStatement request = connection.prepareStatement("""
					insert into exception_request (id, version, requester, department, standard_key, standard_name,
					  product, product_version, justification, duration_days, users_affected, data_classification,
					  status, submitted_at, acknowledged_at, closed_at, expires_at, ruling_outcome, ruling_max_days,
					  ruleset_version, decision, decided_by, decided_at, decision_justification, waiting_since,
					  renewal_count)
					values (?, 0, ?, ?, ?, ?, ?, '1', ?, ?, ?, 'INTERNAL', ?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?, ?, 0)""");
					PreparedStatement finding = connection.prepareStatement(
							"insert into request_finding (request_id, position, rule, verdict, reason) values (?, ?, ?, ?, ?)");
					PreparedStatement condition = connection.prepareStatement(
							"insert into request_condition (request_id, position, text) values (?, 0, ?)");
					PreparedStatement event = connection.prepareStatement(
							"insert into request_event (request_id, at, actor, type, data) values (?, ?, ?, ?, ?)")) {
				for (int i = 0; i < howMany; i++) {
					long id = firstId + i;
					String requester = requesterOf(i, random);
					String department = requester.equals("alice") ? "Marketing" : requester.equals("bob") ? "Finance"
							: departmentOf(Math.floorMod(requester.hashCode(), DEPARTMENTS));
					int standard = random.nextInt(STANDARDS.length);
					String product = PRODUCTS[random.nextInt(PRODUCTS.length)] + " " + (1 + random.nextInt(30));
					// Most history is old: a request of the last few weeks may still wait; older ones are closed.
					Instant submitted = i == howMany - 1 ? now.minus(Duration.ofDays(2))
							: now.minusSeconds(random.nextLong(fiveYears));
					boolean recent = submitted.isAfter(now.minus(Duration.ofDays(20)));
					String status;
					int roll = random.nextInt(100);
					if (recent && roll < 30) {
						status = roll < 15 ? "ESCALATED" : "IN_REVIEW";
					}
					else if (roll < 55) {
						status = "APPROVED";
					}
					else if (roll < 70) {
						status = "DENIED";
					}
					else if (roll < 80) {
						status = "WITHDRAWN";
					}
					else if (roll < 85) {
						status = "REVOKED";
					}
					else {
						status = "EXPIRED";
					}
					int days = 30 + random.nextInt(335);
					Instant expires = status.equals("APPROVED") || status.equals("EXPIRED") || status.equals("REVOKED")
							? submitted.plus(Duration.ofDays(days)) : null;
					if (status.equals("APPROVED") && expires.isBefore(now)) {
						status = "EXPIRED";
					}
					boolean waiting = status.equals("ESCALATED") || status.equals("IN_REVIEW");
					String outcome = switch (status) {
						case "DENIED" -> "DENY";
						case "ESCALATED" -> "ESCALATE";
						case "IN_REVIEW" -> "REVIEW";
						default -> "APPROVE";
					};
					int column = 1;
					request.setLong(column++, id);
					request.setString(column++, requester);
					request.setString(column++, department);
					request.setString(column++, STANDARDS[standard]);
					request.setString(column++, standardName(standard));
					request.setString(column++, product);
					request.setString(column++, REASONS[random.nextInt(REASONS.length)]);
					request.setInt(column++, days);
					request.setInt(column++, 1 + random.nextInt(50));
					request.setString(column++, status);
					request.setTimestamp(column++, Timestamp.from(submitted));
					request.setTimestamp(column++, Timestamp.from(submitted));
					request.setTimestamp(column++, waiting ? null : Timestamp.from(submitted.plusSeconds(3600)));
					request.setTimestamp(column++, expires == null ? null : Timestamp.from(expires));
					request.setString(column++, outcome);
					request.setString(column++, ruleset);
					boolean decided = !waiting && !status.equals("WITHDRAWN");
					request.setString(column++, decided ? (status.equals("DENIED") ? "DENY" : "APPROVE") : null);
					request.setString(column++, decided ? "maria" : null);
					request.setTimestamp(column++, decided ? Timestamp.from(submitted.plusSeconds(3600)) : null);
					request.setString(column++, decided ? "Decided with the rules in mind." : null);
					request.setTimestamp(column++, waiting ? Timestamp.from(submitted) : null);
					request.addBatch();
					for (int position = 0; position < 2; position++) {
						finding.setLong(1, id);
						finding.setInt(2, position);
						finding.setString(3, position == 0 ? "Standard " + STANDARDS[standard] : "Users and data");
						finding.setString(4, position == 0 ? outcome : null);
						finding.setString(5, position == 0 ? "The rules for this standard decide so."
								: "Few users and internal data only.");
						finding.addBatch();
					}
					if (outcome.equals("APPROVE")) {
						condition.setLong(1, id);
						condition.setString(2, "Review the need again before the exception ends.");
						condition.addBatch();
					}
					int entries = i == howMany - 1 ? 2_000 : 3;
					for (int entry = 0; entry < entries; entry++) {
						event.setLong(1, id);
						event.setTimestamp(2, Timestamp.from(submitted.plusSeconds(entry)));
						event.setString(3, entry == 0 ? requester : "leeway");
						event.setString(4, entry == 0 ? "SUBMITTED" : entry == 2 ? "RULED" : "ACKNOWLEDGED");
						event.setString(5, entry == 0 ? "standard=" + STANDARDS[standard] + "&product=" + product
								: entry == 2 ? "outcome=" + outcome : "reference=EXC-" + id);
						event.addBatch();
					}
					if ((i + 1) % 2_000 == 0 || i == howMany - 1) {
						request.executeBatch();
						finding.executeBatch();
						condition.executeBatch();
						event.executeBatch();
						connection.commit();
						if ((i + 1) % 50_000 == 0) {
							System.out.printf(Locale.ROOT, "  %,d requests (%s)%n", i + 1, Instant.now());
						}
					}
				}
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute("alter table exception_request alter column id restart with " + (firstId + howMany));
			}
			try (PreparedStatement notice = connection.prepareStatement("""
					insert into notice (recipient, request_id, kind, essential, dedup_key, subject, body, link,
					  created_at, read_at) values ('maria', ?, 'ESCALATED', false, ?, ?, ?, ?, ?, ?)""")) {
				for (int n = 0; n < 5_000; n++) {
					long about = firstId + random.nextInt(howMany);
					notice.setLong(1, about);
					notice.setString(2, "BENCHMARK:" + firstId + ":" + n);
					notice.setString(3, "A request waits for your decision");
					notice.setString(4, "Request EXC-" + about + " waits for your decision.");
					notice.setString(5, "/requests/" + about);
					notice.setTimestamp(6, Timestamp.from(now.minusSeconds(5_000L * 3600 - n * 3600L)));
					notice.setTimestamp(7, n < 4_900 ? Timestamp.from(now) : null);
					notice.addBatch();
				}
				notice.executeBatch();
			}
			connection.commit();
		}
	}

	/** A few people with thousands of requests (alice, bob, user0001), the rest spread over 5,000 people. */
	static String requesterOf(int i, SplittableRandom random) {
		int roll = random.nextInt(1_000);
		if (roll < 5) {
			return "alice";
		}
		if (roll < 8) {
			return "bob";
		}
		if (roll < 12) {
			return "user0001";
		}
		return "user%04d".formatted(2 + random.nextInt(REQUESTERS - 1));
	}

	static String departmentOf(int index) {
		return index == 0 ? "Marketing" : index == 1 ? "Finance" : "Department %02d".formatted(index + 1);
	}

	static String standardName(int index) {
		String key = STANDARDS[index].toLowerCase(Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(key.charAt(0)) + key.substring(1);
	}

	static void analyze(DataSource dataSource, String db) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(db.equals("postgres") ? "analyze" : "analyze");
		}
	}

	static void measure(int port, DataSource dataSource, String db, int loads) throws SQLException {
		long longTimeline = count(dataSource,
				"select request_id from request_event group by request_id order by count(*) desc limit 1");
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		Map<String, String[]> pages = new LinkedHashMap<>();
		pages.put("My requests (alice, thousands)", new String[] { "alice", "/requests/mine" });
		pages.put("My requests, sorted by product", new String[] { "alice", "/requests/mine?sort=product" });
		pages.put("All requests", new String[] { "ian", "/it/requests" });
		pages.put("All requests, page 20", new String[] { "ian", "/it/requests?page=20" });
		pages.put("All requests, status", new String[] { "ian", "/it/requests?status=DENIED" });
		pages.put("All requests, department", new String[] { "ian", "/it/requests?department=department%2017" });
		pages.put("All requests, standard", new String[] { "ian", "/it/requests?standard=GENERATIVE_AI" });
		pages.put("All requests, sent in a month", new String[] { "ian",
				"/it/requests?from=" + today.minusMonths(14) + "&to=" + today.minusMonths(13) });
		pages.put("All requests, valid until a month", new String[] { "ian",
				"/it/requests?validFrom=" + today.plusMonths(2) + "&validTo=" + today.plusMonths(3) });
		pages.put("All requests, search (common)", new String[] { "ian", "/it/requests?q=figma" });
		pages.put("All requests, search (some)", new String[] { "ian", "/it/requests?q=accessibility" });
		pages.put("All requests, search (rare)", new String[] { "ian", "/it/requests?q=wordperfect%207" });
		pages.put("All requests, search (reference)", new String[] { "ian", "/it/requests?q=EXC-2025-000777" });
		pages.put("All requests, by product", new String[] { "ian", "/it/requests?sort=-product" });
		pages.put("All requests, by valid until", new String[] { "ian", "/it/requests?sort=validUntil" });
		pages.put("Manager inbox (maria)", new String[] { "maria", "/manager/inbox" });
		pages.put("Review queue (ian)", new String[] { "ian", "/it/review" });
		pages.put("Request with a long timeline", new String[] { "ian", "/requests/" + longTimeline });
		pages.put("Notifications (maria, thousands)", new String[] { "maria", "/notifications" });
		Map<String, PageSession> sessions = new LinkedHashMap<>();
		System.out.printf(Locale.ROOT, "%nPages over years of history: %s, %,d requests, %d loads each%n%n", db,
				count(dataSource, "select count(*) from exception_request"), loads);
		System.out.printf(Locale.ROOT, "| %-36s | %7s | %7s | %7s | %7s |%n", "page", "p50 ms", "p95 ms", "p99 ms",
				"status");
		System.out.printf(Locale.ROOT, "|%s|%s|%s|%s|%s|%n", "-".repeat(38), "-".repeat(9), "-".repeat(9),
				"-".repeat(9), "-".repeat(9));
		for (Map.Entry<String, String[]> page : pages.entrySet()) {
			PageSession session = sessions.computeIfAbsent(page.getValue()[0], user -> PageSession.signInAs(port, user));
			String path = page.getValue()[1];
			int status = 0;
			for (int warm = 0; warm < 5; warm++) {
				status = session.get(path).status();
			}
			long[] times = new long[loads];
			for (int load = 0; load < loads; load++) {
				long started = System.nanoTime();
				status = session.get(path).status();
				times[load] = System.nanoTime() - started;
			}
			Arrays.sort(times);
			System.out.printf(Locale.ROOT, "| %-36s | %7.1f | %7.1f | %7.1f | %7d |%n", page.getKey(),
					percentile(times, 50), percentile(times, 95), percentile(times, 99), status);
		}
	}

	static double percentile(long[] sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1_000_000.0;
	}

}
