package com.leeway.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leeway.ruling.Outcome;
import com.leeway.ruling.RequestFacts;
import com.leeway.ruling.RuleEvaluator;
import com.leeway.ruling.Standard;
import com.leeway.ruling.Verdicts;

/**
 * Candidates for changing the standards: a standard and product (case and spaces ignored) the rules escalated and
 * people then approved at least {@code leeway.review.candidate.min-approvals} times, in at least
 * {@code min-share} of the escalations they decided. Products the catalogue already approves are left out. Each
 * candidate comes with a drafted rule and a rule test; nothing is changed here.
 */
@Service
@Transactional(readOnly = true)
public class Candidates {

	private final ReviewReadModel model;

	private final RuleEvaluator rulings;

	private final ReviewProperties properties;

	Candidates(ReviewReadModel model, RuleEvaluator rulings, ReviewProperties properties) {
		this.model = model;
		this.rulings = rulings;
		this.properties = properties;
	}

	public List<Candidate> all() {
		Map<String, List<ReviewReadModel.RequestRow>> groups = new LinkedHashMap<>();
		for (ReviewReadModel.RequestRow row : model.escalatedAndDecided()) {
			groups.computeIfAbsent(row.standardKey() + "\n" + Products.normalised(row.product()), key -> new ArrayList<>())
				.add(row);
		}
		List<Candidate> candidates = new ArrayList<>();
		for (List<ReviewReadModel.RequestRow> decided : groups.values()) {
			List<ReviewReadModel.RequestRow> approved = decided.stream()
				.filter(row -> "APPROVE".equals(row.decision()))
				.toList();
			if (approved.size() < properties.candidate().minApprovals()
					|| (double) approved.size() / decided.size() < properties.candidate().minShare()) {
				continue;
			}
			ReviewReadModel.RequestRow latest = approved.get(0);
			Optional<Standard> standard = rulings.standards().find(latest.standardKey());
			if (standard.isPresent() && "APPROVED".equals(standard.get().statusOf(latest.product()))) {
				continue;
			}
			candidates.add(candidate(latest, approved.size(), decided.size(), decided));
		}
		candidates.sort(Comparator.comparingInt(Candidate::approvals).reversed()
			.thenComparing(Candidate::standardKey)
			.thenComparing(Candidate::product));
		return candidates;
	}

	private Candidate candidate(ReviewReadModel.RequestRow latest, int approvals, int escalations,
			List<ReviewReadModel.RequestRow> decided) {
		String product = latest.product().trim().replaceAll("\\s+", " ");
		String ruleName = safeName("Approve " + product + " for " + latest.standardName());
		String slug = slug(latest.standardKey() + "-" + product);
		String rule = drl(latest, product, ruleName, approvals, escalations);
		String test = test(latest, product, ruleName);
		List<Precedent> precedents = decided.stream()
			.limit(Precedents.LIMIT)
			.map(row -> new Precedent(row.id(), row.reference(), row.standardKey(), row.standardName(), row.product(),
					true, row.decision(), row.decisionJustification(), row.decidedAt(), row.department()))
			.toList();
		return new Candidate(latest.standardKey(), latest.standardName(), product, approvals, escalations, ruleName,
				"approve-" + slug + ".drl", rule, "tests/approve-" + slug + ".yaml", test, precedents);
	}

	/** The drafted rule: approve this product under this standard, with the reason people gave most recently. */
	static String drl(ReviewReadModel.RequestRow latest, String product, String ruleName, int approvals,
			int escalations) {
		return """
				// Standard: %s. Drafted from the decisions of managers: they approved %s %d times out of %d escalations.
				// Why: a product people keep approving is a candidate for the standard's approved list.
				package leeway.rules

				import com.leeway.ruling.facts.Request
				global com.leeway.ruling.facts.RulingSheet ruling

				rule "%s"
				when
				    Request( standard == "%s", productIs("%s") )
				then
				    ruling.approve("{product} has been approved for {standard} by managers again and again, so it is granted without a new decision.");
				end
				""".formatted(comment(latest.standardName()), comment(product), approvals, escalations, ruleName,
				literal(latest.standardKey()), literal(product));
	}

	/**
	 * The rule test: a request like the latest approved one; the drafted rule must fire, and the outcome is what
	 * the active rules give with one more approval (a denial or an escalation still wins, see {@link Verdicts}).
	 */
	String test(ReviewReadModel.RequestRow latest, String product, String ruleName) {
		String data = latest.dataClassification().toUpperCase(Locale.ROOT);
		RequestFacts facts = new RequestFacts(latest.standardKey(), product, null, "Needed for the team's work.",
				latest.durationDays(), latest.usersAffected(), data, null, null, "tester", latest.department(), 0,
				null);
		Outcome now = rulings.evaluate(facts).outcome();
		Outcome expected = Verdicts.combine(List.of(now, Outcome.APPROVE));
		return """
				# Drafted with the rule "%s": a request like the latest one managers approved.
				tests:
				  - name: "%s is granted by the drafted rule"
				    request: { standardKey: %s, product: "%s", durationDays: %d, usersAffected: %d, dataClassification: %s, department: "%s" }
				    expect:
				      outcome: %s
				      rules: ["%s"]
				""".formatted(comment(ruleName), yaml(product + " for " + latest.standardName()), latest.standardKey(),
				yaml(product), latest.durationDays(), latest.usersAffected(), data, yaml(latest.department()),
				expected.name(), yaml(ruleName));
	}

	/** A rule name may not hold what Drools copies into code: quotes, backslashes, comment marks, templates. */
	static String safeName(String name) {
		return name.replace("\\", " ").replace("\"", "'").replace("/*", "/ ").replace("*/", "* ")
			.replace("@{", "@ ").replace("${", "$ ");
	}

	private static String literal(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

	private static String yaml(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

	private static String comment(String text) {
		return text.replaceAll("[\\r\\n]", " ");
	}

	static String slug(String text) {
		String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return slug.isEmpty() ? "candidate" : slug.substring(0, Math.min(60, slug.length()));
	}

}
