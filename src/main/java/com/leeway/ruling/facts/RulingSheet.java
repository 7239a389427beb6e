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
		return text.replace("{product}", request.getProduct())
			.replace("{version}", request.getVersion())
			.replace("{standard}", request.getStandardName())
			.replace("{alternatives}", request.getAlternatives())
			.replace("{days}", Integer.toString(request.getDurationDays()))
			.replace("{users}", Integer.toString(request.getUsersAffected()))
			.replace("{data}", request.getDataClassification().toLowerCase(java.util.Locale.ROOT))
			.replace("{department}", request.getDepartment())
			.replace("{cost}", String.format(java.util.Locale.ROOT, "%,.0f", request.getEstimatedCost()));
	}

}
