package com.leeway.ruling.facts;

import java.util.ArrayList;
import java.util.List;

import com.leeway.ruling.Finding;
import com.leeway.ruling.Outcome;

/**
 * Where rules write what they decide. Rule files declare it as {@code global RulingSheet ruling;} and call
 * {@code ruling.approve(...)}, {@code ruling.deny(...)}, {@code ruling.escalate(...)}, {@code ruling.note(...)},
 * {@code ruling.condition(...)} and {@code ruling.limitDays(...)} in their consequences. Reasons may use the
 * placeholders {product}, {version}, {standard}, {alternatives}, {days}, {users}, {data}, {department}, {cost}.
 * How verdicts combine is not decided here but in {@link com.leeway.ruling.Verdicts}.
 */
public final class RulingSheet {

	private final Request request;

	private final List<Finding> findings = new ArrayList<>();

	private final List<String> conditions = new ArrayList<>();

	private Integer maxDays;

	private String currentRule = "";

	public RulingSheet(Request request) {
		this.request = request;
	}

	/** Grants the exception, for the reason given. */
	public void approve(String reason) {
		findings.add(new Finding(currentRule, Outcome.APPROVE, fill(reason)));
	}

	/** Refuses the exception, for the reason given. A denial beats every other verdict. */
	public void deny(String reason) {
		findings.add(new Finding(currentRule, Outcome.DENY, fill(reason)));
	}

	/** Sends the request to the manager of the requester's department, for the reason given. */
	public void escalate(String reason) {
		findings.add(new Finding(currentRule, Outcome.ESCALATE, fill(reason)));
	}

	/** Adds a reason that explains the ruling without deciding it. */
	public void note(String reason) {
		findings.add(new Finding(currentRule, null, fill(reason)));
	}

	/** Attaches a condition to a grant, e.g. "Reviewed by IT security every 90 days". */
	public void condition(String condition) {
		conditions.add(fill(condition));
	}

	/** Caps how long a grant may last; the shortest cap of all rules wins. */
	public void limitDays(int days) {
		if (days > 0 && (maxDays == null || days < maxDays)) {
			maxDays = days;
		}
	}

	public void startRule(String ruleName) {
		this.currentRule = ruleName;
	}

	public List<Finding> findings() {
		return findings;
	}

	public List<String> conditions() {
		return conditions;
	}

	public Integer maxDays() {
		return maxDays;
	}

	private String fill(String text) {
		if (text == null || text.indexOf('{') < 0) {
			return text == null ? "" : text;
		}
		// One pass over the text, replacing only the placeholders it contains.
		StringBuilder filled = new StringBuilder(text.length() + 32);
		int from = 0;
		int open;
		while ((open = text.indexOf('{', from)) >= 0) {
			int close = text.indexOf('}', open);
			if (close < 0) {
				break;
			}
			String value = placeholder(text.substring(open + 1, close));
			filled.append(text, from, open).append(value == null ? text.substring(open, close + 1) : value);
			from = close + 1;
		}
		return filled.append(text, from, text.length()).toString();
	}

	private String placeholder(String name) {
		return switch (name) {
			case "product" -> request.getProduct();
			case "version" -> request.getVersion();
			case "standard" -> request.getStandardName();
			case "alternatives" -> request.getAlternatives();
			case "days" -> Integer.toString(request.getDurationDays());
			case "users" -> Integer.toString(request.getUsersAffected());
			case "data" -> request.getDataClassification().toLowerCase(java.util.Locale.ROOT);
			case "department" -> request.getDepartment();
			case "cost" -> String.format(java.util.Locale.ROOT, "%,.0f", request.getEstimatedCost());
			default -> null;
		};
	}

}
