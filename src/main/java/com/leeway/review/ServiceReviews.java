package com.leeway.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leeway.request.RequestAgenda;
import com.leeway.request.RequestDeadlines;
import com.leeway.request.RequestView;
import com.leeway.request.WaitsFor;
import com.leeway.review.ServiceReview.ActiveCount;
import com.leeway.review.ServiceReview.Comment;
import com.leeway.review.ServiceReview.Expiring;
import com.leeway.review.ServiceReview.MonthAverage;
import com.leeway.review.ServiceReview.MonthlyCount;
import com.leeway.review.ServiceReview.Outcomes;
import com.leeway.review.ServiceReview.Renewal;
import com.leeway.review.ServiceReview.ResponseTime;
import com.leeway.review.ServiceReview.RuleCount;
import com.leeway.review.ServiceReview.SatisfactionFigures;
import com.leeway.ruling.RuleEvaluator;
import com.leeway.ruling.Standard;

/**
 * Works out the figures of a service review from the read model. Due dates follow {@link RequestAgenda}: a wait is
 * answered on time when the decision came before the moment it began plus the service level's working days.
 */
@Service
@Transactional(readOnly = true)
public class ServiceReviews {

	/** Exceptions ending within this many days count as expiring soon. */
	static final int EXPIRING_DAYS = 30;

	/** A request is acknowledged on time within this many working days. */
	static final int ACKNOWLEDGEMENT_DAYS = 1;

	private final ReviewReadModel model;

	private final RequestAgenda agendas;

	private final RequestDeadlines deadlines;

	private final RuleEvaluator rulings;

	private final Clock clock;

	ServiceReviews(ReviewReadModel model, RequestAgenda agendas, RequestDeadlines deadlines, RuleEvaluator rulings,
			Clock clock) {
		this.model = model;
		this.agendas = agendas;
		this.deadlines = deadlines;
		this.rulings = rulings;
		this.clock = clock;
	}

	/** Today, in UTC. */
	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	/** The departments one may choose, by name. */
	public List<String> departments() {
		return model.departments();
	}

	public ServiceReview of(ReviewScope scope) {
		Instant from = scope.from().atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant to = scope.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		String department = scope.department();
		List<String> months = months(scope.from(), scope.to());
		List<ReviewReadModel.RequestRow> requests = model.submitted(from, to, department);
		Instant now = clock.instant();
		List<ReviewReadModel.RequestRow> granted = model.granted(department);
		return new ServiceReview(scope.from(), scope.to(), department, months, perStandard(requests, months),
				perProductOutside(requests, months), outcomes(requests), perRule(model.findings(from, to, department)),
				responseTimes(requests, model.waits(from, to, department)), overdueNow(department),
				satisfaction(model.satisfaction(from, to, department), months), model.feedback(from, to, department),
				renewals(department), active(granted, now), expiring(granted, now));
	}

	static List<String> months(LocalDate from, LocalDate to) {
		List<String> months = new ArrayList<>();
		for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
			months.add(month.toString());
		}
		return months;
	}

	private static String monthOf(Instant instant) {
		return YearMonth.from(instant.atZone(ZoneOffset.UTC)).toString();
	}

	private static List<MonthlyCount> perStandard(List<ReviewReadModel.RequestRow> requests, List<String> months) {
		Map<String, int[]> counts = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		for (ReviewReadModel.RequestRow request : requests) {
			counts.computeIfAbsent(request.standardKey(), key -> new int[months.size()])[months
				.indexOf(monthOf(request.submittedAt()))]++;
			names.put(request.standardKey(), request.standardName());
		}
		return counts.entrySet()
			.stream()
			.map(entry -> monthly(entry.getKey(), names.get(entry.getKey()), null, entry.getValue()))
			.sorted(MOST_FIRST)
			.toList();
	}

	/** Requests for products the standard does not list at all, per standard and product (case and spaces ignored). */
	private List<MonthlyCount> perProductOutside(List<ReviewReadModel.RequestRow> requests, List<String> months) {
		Map<String, int[]> counts = new LinkedHashMap<>();
		Map<String, ReviewReadModel.RequestRow> latest = new LinkedHashMap<>();
		for (ReviewReadModel.RequestRow request : requests) {
			Optional<Standard> standard = rulings.standards().find(request.standardKey());
			if (standard.isPresent() && !"NOT_LISTED".equals(standard.get().statusOf(request.product()))) {
				continue;
			}
			String key = request.standardKey() + "\n" + Products.normalised(request.product());
			counts.computeIfAbsent(key, k -> new int[months.size()])[months.indexOf(monthOf(request.submittedAt()))]++;
			latest.put(key, request);
		}
		return counts.entrySet().stream().map(entry -> {
			ReviewReadModel.RequestRow request = latest.get(entry.getKey());
			return monthly(request.standardKey(), request.standardName(), request.product().trim(), entry.getValue());
		}).sorted(MOST_FIRST).toList();
	}

	private static final Comparator<MonthlyCount> MOST_FIRST = Comparator.comparingInt(MonthlyCount::total)
		.reversed()
		.thenComparing(MonthlyCount::standardKey)
		.thenComparing(count -> count.product() == null ? "" : count.product());

	private static MonthlyCount monthly(String key, String name, String product, int[] perMonth) {
		List<Integer> values = new ArrayList<>();
		int total = 0;
		for (int value : perMonth) {
			values.add(value);
			total += value;
		}
		return new MonthlyCount(key, name, product, values, total);
	}

	private static Outcomes outcomes(List<ReviewReadModel.RequestRow> requests) {
		int approvedByRules = 0, deniedByRules = 0, approvedByPeople = 0, deniedByPeople = 0, waiting = 0,
				withdrawn = 0;
		for (ReviewReadModel.RequestRow request : requests) {
			boolean byPeople = request.decidedBy() != null
					&& ("APPROVE".equals(request.decision()) || "DENY".equals(request.decision()));
			if (request.status().equals("ESCALATED") || request.status().equals("IN_REVIEW")) {
				waiting++;
			}
			else if (request.status().equals("WITHDRAWN")) {
				withdrawn++;
			}
			else if (byPeople) {
				if ("APPROVE".equals(request.decision())) {
					approvedByPeople++;
				}
				else {
					deniedByPeople++;
				}
			}
			else if ("APPROVE".equals(request.rulingOutcome())) {
				approvedByRules++;
			}
			else if ("DENY".equals(request.rulingOutcome())) {
				deniedByRules++;
			}
		}
		return new Outcomes(requests.size(), approvedByRules, deniedByRules, approvedByPeople, deniedByPeople,
				waiting, withdrawn);
	}

	private static List<RuleCount> perRule(List<ReviewReadModel.FindingRow> findings) {
		Map<String, int[]> counts = new TreeMap<>();
		for (ReviewReadModel.FindingRow finding : findings) {
			int[] count = counts.computeIfAbsent(finding.rule(), rule -> new int[4]);
			String verdict = finding.verdict() == null ? "" : finding.verdict();
			switch (verdict) {
				case "APPROVE" -> count[0]++;
				case "DENY" -> count[1]++;
				case "ESCALATE" -> count[2]++;
				default -> count[3]++;
			}
		}
		return counts.entrySet()
			.stream()
			.map(entry -> new RuleCount(entry.getKey(), entry.getValue()[0], entry.getValue()[1], entry.getValue()[2],
					entry.getValue()[3]))
			.sorted(Comparator.comparingInt(RuleCount::total).reversed().thenComparing(RuleCount::rule))
			.toList();
	}

	/**
	 * Acknowledgement from each request's own moments; review and decision from its timeline: a wait begins when
	 * the request went to IT review or to a manager and ends at the next decision (a withdrawn request was never
	 * answered). A wait passed on to the next level still counts from when it began, as the requester waited.
	 */
	private List<ResponseTime> responseTimes(List<ReviewReadModel.RequestRow> requests,
			List<ReviewReadModel.TimelineRow> timeline) {
		Tally acknowledgement = new Tally();
		for (ReviewReadModel.RequestRow request : requests) {
			if (request.acknowledgedAt() != null) {
				Instant due = com.leeway.request.WorkingDays.add(request.submittedAt(), ACKNOWLEDGEMENT_DAYS);
				acknowledgement.add(request.submittedAt(), request.acknowledgedAt(), due);
			}
		}
		Tally review = new Tally();
		Tally decision = new Tally();
		Long current = null;
		WaitsFor waitsFor = WaitsFor.NOTHING;
		Instant since = null;
		for (ReviewReadModel.TimelineRow entry : timeline) {
			if (!Long.valueOf(entry.requestId()).equals(current)) {
				current = entry.requestId();
				waitsFor = WaitsFor.NOTHING;
			}
			switch (entry.type()) {
				case "IN_REVIEW" -> {
					waitsFor = WaitsFor.IT_REVIEW;
					since = entry.at();
				}
				case "ESCALATED" -> {
					waitsFor = WaitsFor.MANAGER_DECISION;
					since = entry.at();
				}
				case "DECIDED" -> {
					if (waitsFor != WaitsFor.NOTHING) {
						(waitsFor == WaitsFor.IT_REVIEW ? review : decision).add(since, entry.at(),
								agendas.dueAt(waitsFor, since));
					}
					waitsFor = WaitsFor.NOTHING;
				}
				default -> waitsFor = WaitsFor.NOTHING;
			}
		}
		return List.of(acknowledgement.as("ACKNOWLEDGEMENT", ACKNOWLEDGEMENT_DAYS),
				review.as("REVIEW", workingDays(WaitsFor.IT_REVIEW)),
				decision.as("DECISION", workingDays(WaitsFor.MANAGER_DECISION)));
	}

	private int workingDays(WaitsFor waitsFor) {
		Instant start = Instant.parse("2024-01-01T00:00:00Z");
		return (int) com.leeway.request.WorkingDays.between(start, agendas.dueAt(waitsFor, start));
	}

	private static final class Tally {

		int answered;

		int onTime;

		long totalSeconds;

		void add(Instant since, Instant answeredAt, Instant due) {
			answered++;
			if (answeredAt.isBefore(due)) {
				onTime++;
			}
			totalSeconds += Duration.between(since, answeredAt).toSeconds();
		}

		ResponseTime as(String kind, int targetDays) {
			return new ResponseTime(kind, targetDays, answered, onTime,
					answered == 0 ? null : Math.round(totalSeconds / 360.0 / answered) / 10.0);
		}

	}

	/** Waiting requests that are late now (of the department, when one is reviewed). */
	private int overdueNow(String department) {
		return (int) deadlines.overdue()
			.stream()
			.map(RequestView::department)
			.filter(of -> department == null || of.equalsIgnoreCase(department))
			.count();
	}

	private static SatisfactionFigures satisfaction(List<ReviewReadModel.SatisfactionRow> answers, List<String> months) {
		List<Integer> distribution = new ArrayList<>(List.of(0, 0, 0, 0, 0));
		Map<String, int[]> perMonth = new LinkedHashMap<>();
		months.forEach(month -> perMonth.put(month, new int[2]));
		List<Comment> comments = new ArrayList<>();
		int sum = 0;
		for (ReviewReadModel.SatisfactionRow answer : answers) {
			distribution.set(answer.rating() - 1, distribution.get(answer.rating() - 1) + 1);
			sum += answer.rating();
			int[] month = perMonth.get(monthOf(answer.answeredAt()));
			if (month != null) {
				month[0]++;
				month[1] += answer.rating();
			}
			if (answer.comment() != null && !answer.comment().isBlank()) {
				comments.add(new Comment(Products.reference(answer.requestId(), answer.submittedAt()), answer.rating(),
						answer.comment().trim(), answer.answeredAt()));
			}
		}
		List<MonthAverage> trend = perMonth.entrySet()
			.stream()
			.map(entry -> new MonthAverage(entry.getKey(), entry.getValue()[0],
					entry.getValue()[0] == 0 ? null : round((double) entry.getValue()[1] / entry.getValue()[0])))
			.toList();
		return new SatisfactionFigures(answers.size(), answers.isEmpty() ? null : round((double) sum / answers.size()),
				distribution, trend, newestFirst(comments));
	}

	private static List<Comment> newestFirst(List<Comment> comments) {
		List<Comment> reversed = new ArrayList<>(comments);
		java.util.Collections.reverse(reversed);
		return List.copyOf(reversed);
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	private List<Renewal> renewals(String department) {
		return model.renewedAtLeast(2, department)
			.stream()
			.map(request -> new Renewal(request.id(), request.reference(), request.department(),
					request.standardKey(), request.standardName(), request.product(), request.renewalCount(),
					request.status(), request.expiresAt()))
			.toList();
	}

	private static List<ActiveCount> active(List<ReviewReadModel.RequestRow> granted, Instant now) {
		Map<String, ActiveCount> counts = new TreeMap<>();
		for (ReviewReadModel.RequestRow request : granted) {
			if (request.expiresAt() == null || !request.expiresAt().isAfter(now)) {
				continue;
			}
			String key = request.standardKey() + "\n" + request.department();
			ActiveCount count = counts.get(key);
			counts.put(key, new ActiveCount(request.standardKey(), request.standardName(), request.department(),
					count == null ? 1 : count.count() + 1));
		}
		return counts.values()
			.stream()
			.sorted(Comparator.comparingInt(ActiveCount::count).reversed()
				.thenComparing(ActiveCount::standardKey)
				.thenComparing(ActiveCount::department))
			.toList();
	}

	private static List<Expiring> expiring(List<ReviewReadModel.RequestRow> granted, Instant now) {
		Instant until = now.plus(Duration.ofDays(EXPIRING_DAYS));
		return granted.stream()
			.filter(request -> request.expiresAt() != null && request.expiresAt().isAfter(now)
					&& !request.expiresAt().isAfter(until))
			.map(request -> new Expiring(request.id(), request.reference(), request.department(),
					request.standardName(), request.product(), request.expiresAt()))
			.toList();
	}

}
