package com.leeway.request;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.leeway.account.Actor;
import com.leeway.ruling.Finding;

/**
 * A request as people and other systems read it: the API body and the model of the request page.
 *
 * @param waitingSince when the current wait for a person began (null when it waits for nobody)
 * @param assignedTo who holds it after a reassignment or a pass-on (null while with the usual deciders)
 * @param renewedBy the request that renews this one, if any
 * @param agenda what it waits for, who holds it, when it is due; only on views of one request and of queues
 * @param question the open question a decider asked the requester, if any
 * @param decisionConditions conditions the decider added to the approval (the rules' own are in the ruling)
 * @param withdrawalReason why the requester withdrew it, if they said
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestView(Long id, String reference, RequestStatus status, String requester, String requesterName,
		String department, String standardKey, String standardName, String product, String productVersion,
		String justification, int durationDays, int usersAffected, DataClassification dataClassification,
		String compensatingControls, BigDecimal estimatedCost, Instant submittedAt, Instant acknowledgedAt,
		Instant closedAt, RulingView ruling, Instant expiresAt, DecisionView decision, Long renewalOf,
		int renewalCount, List<Event> timeline, Instant waitingSince, String assignedTo, Long renewedBy,
		AgendaView agenda, QuestionView question, List<String> decisionConditions, String withdrawalReason) {

	public RequestView {
		decisionConditions = decisionConditions == null ? List.of() : List.copyOf(decisionConditions);
	}

	public RequestView(Long id, String reference, RequestStatus status, String requester, String requesterName,
			String department, String standardKey, String standardName, String product, String productVersion,
			String justification, int durationDays, int usersAffected, DataClassification dataClassification,
			String compensatingControls, BigDecimal estimatedCost, Instant submittedAt, Instant acknowledgedAt,
			Instant closedAt, RulingView ruling, Instant expiresAt, DecisionView decision, Long renewalOf,
			int renewalCount, List<Event> timeline, Instant waitingSince, String assignedTo, Long renewedBy,
			AgendaView agenda) {
		this(id, reference, status, requester, requesterName, department, standardKey, standardName, product,
				productVersion, justification, durationDays, usersAffected, dataClassification, compensatingControls,
				estimatedCost, submittedAt, acknowledgedAt, closedAt, ruling, expiresAt, decision, renewalOf,
				renewalCount, timeline, waitingSince, assignedTo, renewedBy, agenda, null, List.of(), null);
	}

	/** The question a decider asked the requester, open until answered. */
	public record QuestionView(String text, String askedBy, String askedByName, Instant askedAt) {
	}

	/** Every condition the requester must keep: the rules' and the decider's. */
	@JsonIgnore
	public List<String> allConditions() {
		List<String> all = new java.util.ArrayList<>(ruling == null ? List.of() : ruling.conditions());
		all.addAll(decisionConditions);
		return all;
	}

	/**
	 * What the rules said. {@code justification} gives the reasons of the findings whose verdict is the outcome;
	 * {@code alsoConsidered} the findings the outcome overruled, which are not reasons for it.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record RulingView(String outcome, String justification, List<String> conditions, List<String> rules,
			String rulesetVersion, List<Finding> findings, List<Finding> alsoConsidered, Integer maxDays,
			Integer grantedDays) {
	}

	/** What a person decided, and why. */
	public record DecisionView(Decision decision, String decidedBy, String decidedByName, Instant decidedAt,
			String justification) {
	}

	/** One entry of the timeline, its text in the reader's language. */
	public record Event(Instant at, String actor, String actorName, String type, String text) {
	}

	/** What the request waits for now, who holds it, and when it is due. */
	public record AgendaView(WaitsFor waitsFor, List<Holder> holders, Instant waitingSince, Instant dueAt,
			boolean late) implements Holding {

		static AgendaView of(Agenda agenda) {
			return new AgendaView(agenda.waitsFor(),
					agenda.holders().stream().map(holder -> new Holder(holder.username(), holder.displayName())).toList(),
					agenda.waitingSince(), agenda.dueAt(), agenda.late());
		}

		@Override
		public boolean isHeldBy(String username) {
			return holders.stream().anyMatch(holder -> holder.username().equals(username));
		}

		/** The holders' names, "Maria Rossi, Marco Bianchi". */
		@JsonIgnore
		public String holderNames() {
			return String.join(", ", holders.stream().map(Holder::name).toList());
		}

	}

	public record Holder(String username, String name) {
	}

	/** The same request without its timeline, as the API answers a submission. */
	public RequestView withoutTimeline() {
		return new RequestView(id, reference, status, requester, requesterName, department, standardKey, standardName,
				product, productVersion, justification, durationDays, usersAffected, dataClassification,
				compensatingControls, estimatedCost, submittedAt, acknowledgedAt, closedAt, ruling, expiresAt, decision,
				renewalOf, renewalCount, null, waitingSince, assignedTo, renewedBy, agenda, question, decisionConditions,
				withdrawalReason);
	}

	public boolean isWaiting() {
		return status.isWaiting();
	}

	/** The facts {@link RequestPolicy} and {@link RequestAgenda} decide from. */
	public RequestStanding standing() {
		return new RequestStanding(id, reference, requester, department, status, waitingSince, assignedTo,
				renewedBy != null, question == null ? null : question.askedAt(), null,
				question == null ? null : question.askedBy());
	}

	/** What this reader may do with the request now. */
	public RequestPolicy.Allowed allowedFor(Actor reader) {
		return RequestPolicy.allowed(reader, standing(), agenda == null ? Holding.NOBODY : agenda);
	}

}
