package com.leeway.review;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The figures of a service review as tables in the reader's language, each with the chart drawn from the same
 * numbers: the page shows the chart and its table, the exports write the very same rows, so a chart, its table
 * and its download cannot disagree.
 */
@Component
public class ReviewTables {

	/** The parts of a review that have a table (and a download), in page order. */
	public static final List<String> PARTS = List.of("standards", "products", "outcomes", "rules", "response",
			"satisfaction", "trend", "comments", "renewals", "active", "expiring");

	private final MessageSource messages;

	ReviewTables(MessageSource messages) {
		this.messages = messages;
	}

	/** One table: its part name, title, column headers and rows of text, and its chart (null for none). */
	public record Table(String part, String title, List<String> headers, List<List<String>> rows, Chart chart) {
	}

	/** A bar chart: one bar per label; {@code max} is the largest value, for scaling. */
	public record Chart(String title, List<Bar> bars, double max) {

		static Chart of(String title, List<Bar> bars) {
			return new Chart(title, bars, bars.stream().mapToDouble(Bar::value).max().orElse(0));
		}

		/** The length of a bar, in the chart's units (0 to {@code width}). */
		public double length(Bar bar, double width) {
			return max <= 0 ? 0 : Math.round(bar.value() / max * width * 10) / 10.0;
		}

		/** The chart's height for this many bars of {@code rowHeight}. */
		public int height(int rowHeight) {
			return Math.max(1, bars.size()) * rowHeight + 4;
		}

	}

	public record Bar(String label, double value, String text) {
	}

	/** Every table of the review, by part, in page order. */
	public Map<String, Table> of(ServiceReview review, Locale locale) {
		Words words = new Words(locale);
		Map<String, Table> tables = new LinkedHashMap<>();
		tables.put("standards", standards(review, words));
		tables.put("products", products(review, words));
		tables.put("outcomes", outcomes(review, words));
		tables.put("rules", rules(review, words));
		tables.put("response", response(review, words));
		tables.put("satisfaction", satisfaction(review, words));
		tables.put("trend", trend(review, words));
		tables.put("comments", comments(review, words));
		tables.put("renewals", renewals(review, words));
		tables.put("active", active(review, words));
		tables.put("expiring", expiring(review, words));
		return tables;
	}

	private static Table standards(ServiceReview review, Words words) {
		List<String> headers = new ArrayList<>(List.of(words.get("review.col.standard")));
		headers.addAll(review.months());
		headers.add(words.get("review.col.total"));
		List<List<String>> rows = new ArrayList<>();
		List<Bar> bars = new ArrayList<>();
		for (ServiceReview.MonthlyCount count : review.requestsPerStandard()) {
			List<String> row = new ArrayList<>(List.of(count.standardName()));
			count.perMonth().forEach(value -> row.add(words.number(value)));
			row.add(words.number(count.total()));
			rows.add(row);
			bars.add(new Bar(count.standardName(), count.total(), words.number(count.total())));
		}
		return new Table("standards", words.get("review.standards.title"), headers, rows,
				Chart.of(words.get("review.standards.chart"), bars));
	}

	private static Table products(ServiceReview review, Words words) {
		List<String> headers = new ArrayList<>(List.of(words.get("review.col.standard"), words.get("review.col.product")));
		headers.addAll(review.months());
		headers.add(words.get("review.col.total"));
		List<List<String>> rows = new ArrayList<>();
		List<Bar> bars = new ArrayList<>();
		for (ServiceReview.MonthlyCount count : review.requestsPerProductOutsideStandards()) {
			List<String> row = new ArrayList<>(List.of(count.standardName(), count.product()));
			count.perMonth().forEach(value -> row.add(words.number(value)));
			row.add(words.number(count.total()));
			rows.add(row);
			bars.add(new Bar(count.product() + " — " + count.standardName(), count.total(), words.number(count.total())));
		}
		return new Table("products", words.get("review.products.title"), headers, rows,
				Chart.of(words.get("review.products.chart"), bars));
	}

	private static Table outcomes(ServiceReview review, Words words) {
		ServiceReview.Outcomes outcomes = review.outcomes();
		Map<String, Integer> values = new LinkedHashMap<>();
		values.put("review.outcome.approvedByRules", outcomes.approvedByRules());
		values.put("review.outcome.deniedByRules", outcomes.deniedByRules());
		values.put("review.outcome.approvedByPeople", outcomes.approvedByPeople());
		values.put("review.outcome.deniedByPeople", outcomes.deniedByPeople());
		values.put("review.outcome.waiting", outcomes.waiting());
		values.put("review.outcome.withdrawn", outcomes.withdrawn());
		List<List<String>> rows = new ArrayList<>();
		List<Bar> bars = new ArrayList<>();
		values.forEach((key, value) -> {
			rows.add(List.of(words.get(key), words.number(value)));
			bars.add(new Bar(words.get(key), value, words.number(value)));
		});
		return new Table("outcomes", words.get("review.outcomes.title"),
				List.of(words.get("review.col.outcome"), words.get("review.col.requests")), rows,
				Chart.of(words.get("review.outcomes.chart"), bars));
	}

	private static Table rules(ServiceReview review, Words words) {
		List<List<String>> rows = new ArrayList<>();
		for (ServiceReview.RuleCount count : review.outcomesPerRule()) {
			rows.add(List.of(count.rule(), words.number(count.approve()), words.number(count.deny()),
					words.number(count.escalate()), words.number(count.note()), words.number(count.total())));
		}
		return new Table("rules", words.get("review.rules.title"),
				List.of(words.get("review.col.rule"), words.get("review.col.approve"), words.get("review.col.deny"),
						words.get("review.col.escalate"), words.get("review.col.note"), words.get("review.col.total")),
				rows, null);
	}

	private static Table response(ServiceReview review, Words words) {
		List<List<String>> rows = new ArrayList<>();
		List<Bar> bars = new ArrayList<>();
		for (ServiceReview.ResponseTime time : review.responseTimes()) {
			String what = words.get("review.response." + time.kind());
			String share = time.shareOnTime() == null ? "" : words.percent(time.shareOnTime());
			rows.add(List.of(what, words.number(time.targetWorkingDays()), words.number(time.answered()),
					words.number(time.onTime()), share,
					time.averageHours() == null ? "" : words.decimal(time.averageHours())));
			bars.add(new Bar(what, time.shareOnTime() == null ? 0 : time.shareOnTime() * 100, share));
		}
		return new Table("response", words.get("review.response.title"),
				List.of(words.get("review.col.what"), words.get("review.col.target"), words.get("review.col.answered"),
						words.get("review.col.onTime"), words.get("review.col.shareOnTime"),
						words.get("review.col.averageHours")),
				rows, new Chart(words.get("review.response.chart"), bars, 100));
	}

	private static Table satisfaction(ServiceReview review, Words words) {
		List<List<String>> rows = new ArrayList<>();
		List<Bar> bars = new ArrayList<>();
		List<Integer> distribution = review.satisfaction().distribution();
		for (int rating = 1; rating <= 5; rating++) {
			int answers = distribution.get(rating - 1);
			rows.add(List.of(words.number(rating), words.number(answers)));
			bars.add(new Bar(words.get("review.satisfaction.rating", rating), answers, words.number(answers)));
		}
		return new Table("satisfaction", words.get("review.satisfaction.title"),
				List.of(words.get("review.col.rating"), words.get("review.col.answers")), rows,
				Chart.of(words.get("review.satisfaction.chart"), bars));
	}

	private static Table trend(ServiceReview review, Words words) {
		List<List<String>> rows = new ArrayList<>();
		List<Bar> bars = new ArrayList<>();
		for (ServiceReview.MonthAverage month : review.satisfaction().trend()) {
			String average = month.average() == null ? "" : words.decimal(month.average());
			rows.add(List.of(month.month(), words.number(month.answers()), average));
			bars.add(new Bar(month.month(), month.average() == null ? 0 : month.average(), average));
		}
		return new Table("trend", words.get("review.trend.title"),
				List.of(words.get("review.col.month"), words.get("review.col.answers"), words.get("review.col.average")),
				rows, new Chart(words.get("review.trend.chart"), bars, 5));
	}

	private static Table comments(ServiceReview review, Words words) {
		List<List<String>> rows = new ArrayList<>();
		for (ServiceReview.Comment comment : review.satisfaction().comments()) {
			rows.add(List.of(words.day(comment.answeredAt()), comment.reference(), words.number(comment.rating()),
					comment.comment()));
		}
		return new Table("comments", words.get("review.comments.title"),
				List.of(words.get("review.col.date"), words.get("review.col.reference"), words.get("review.col.rating"),
						words.get("review.col.comment")),
				rows, null);
	}

	private static Table renewals(ServiceReview review, Words words) {
		List<List<String>> rows = new ArrayList<>();
		for (ServiceReview.Renewal renewal : review.renewals()) {
			rows.add(List.of(renewal.reference(), renewal.department(), renewal.standardName(), renewal.product(),
					words.number(renewal.renewalCount()), words.get("status.words." + renewal.status())));
		}
		return new Table("renewals", words.get("review.renewals.title"),
				List.of(words.get("review.col.reference"), words.get("review.col.department"),
						words.get("review.col.standard"), words.get("review.col.product"),
						words.get("review.col.renewals"), words.get("review.col.status")),
				rows, null);
	}

	private static Table active(ServiceReview review, Words words) {
		List<List<String>> rows = new ArrayList<>();
		Map<String, Integer> perStandard = new LinkedHashMap<>();
		for (ServiceReview.ActiveCount count : review.activeExceptions()) {
			rows.add(List.of(count.standardName(), count.department(), words.number(count.count())));
			perStandard.merge(count.standardName(), count.count(), Integer::sum);
		}
		List<Bar> bars = perStandard.entrySet()
			.stream()
			.map(entry -> new Bar(entry.getKey(), entry.getValue(), words.number(entry.getValue())))
			.toList();
		return new Table("active", words.get("review.active.title"),
				List.of(words.get("review.col.standard"), words.get("review.col.department"),
						words.get("review.col.active")),
				rows, Chart.of(words.get("review.active.chart"), bars));
	}

	private static Table expiring(ServiceReview review, Words words) {
		List<List<String>> rows = new ArrayList<>();
		for (ServiceReview.Expiring expiring : review.expiringSoon()) {
			rows.add(List.of(expiring.reference(), expiring.department(), expiring.standardName(), expiring.product(),
					words.day(expiring.expiresAt())));
		}
		return new Table("expiring", words.get("review.expiring.title", ServiceReviews.EXPIRING_DAYS),
				List.of(words.get("review.col.reference"), words.get("review.col.department"),
						words.get("review.col.standard"), words.get("review.col.product"), words.get("review.col.ends")),
				rows, null);
	}

	/** Words and numbers in the reader's language. */
	private final class Words {

		private final Locale locale;

		Words(Locale locale) {
			this.locale = locale;
		}

		String get(String key, Object... arguments) {
			return messages.getMessage(key, arguments, key, locale);
		}

		String number(long value) {
			return NumberFormat.getIntegerInstance(locale).format(value);
		}

		String decimal(double value) {
			NumberFormat format = NumberFormat.getNumberInstance(locale);
			format.setMinimumFractionDigits(1);
			format.setMaximumFractionDigits(1);
			return format.format(value);
		}

		String percent(double share) {
			return NumberFormat.getPercentInstance(locale).format(share);
		}

		String day(Instant instant) {
			return instant == null ? "" : instant.atZone(ZoneOffset.UTC).toLocalDate().toString();
		}

	}

}
