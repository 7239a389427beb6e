package com.leeway.request;

import java.time.Clock;
import java.time.Instant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.leeway.account.Actor;
import com.leeway.audit.Timeline;
import com.leeway.ruling.Finding;
import com.leeway.ruling.Outcome;
import com.leeway.ruling.RequestFacts;
import com.leeway.ruling.Ruling;
import com.leeway.ruling.RuleEvaluator;
import com.leeway.ruling.Standard;
import com.leeway.system.InvalidInput;
import com.leeway.system.UserFacingException;

/**
 * The requester's use cases: submit a request (ruled at once and stored with its ruling), dry-run one, and
 * withdraw one that still waits for a person.
 * <p>
 * The rules rule before any transaction opens, so no rule, however slow, ever holds a database connection; only
 * then are the request, its ruling and its timeline stored, together, in one short transaction. The answer is
 * made from what was stored, without reading it back.
 */
@Service
public class RequestDesk {

	private final ExceptionRequests requests;

	private final RuleEvaluator rulings;

	private final Timeline timeline;

	private final RequestAgenda agendas;

	private final RequestViews views;

	private final Clock clock;

	private final TransactionTemplate transaction;

	/** Asked at submit time (its answerer may itself use this module's services). */
	private final ObjectProvider<Emergencies> emergencies;

	RequestDesk(ExceptionRequests requests, RuleEvaluator rulings, Timeline timeline, RequestAgenda agendas,
			RequestViews views, Clock clock, PlatformTransactionManager transactions,
			ObjectProvider<Emergencies> emergencies) {
		this.emergencies = emergencies;
		this.requests = requests;
		this.rulings = rulings;
		this.timeline = timeline;
		this.agendas = agendas;
		this.views = views;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Rules on a request, then stores it, its ruling and its timeline in one transaction; the request is stored
	 * when this returns. Call it outside any transaction: the rules must not run while a connection is held.
	 */
	public RequestView submit(SubmitRequest submitted, Actor requester) {
		Ruled ruled = rule(submitted, requester, 0, null);
		ExceptionRequest stored = transaction.execute(status -> store(ruled, requester, null));
		return views.submitted(stored, requester);
	}

	/** A request the rules have ruled on, not stored yet; the standard is looked up once, here. */
	record Ruled(SubmitRequest submitted, Standard standard, Ruling ruling, int renewalCount,
			Emergencies.Covering emergency) {
	}

	/**
	 * Checks the standard and asks the rules, telling them whether a declared emergency covers the request; then
	 * applies the emergency's effect whatever the rules said (deny, or hold for IT staff). Touches no database
	 * of this module.
	 */
	Ruled rule(SubmitRequest submitted, Actor requester, int renewalCount, String previousOutcome) {
		Standard standard = standardOf(submitted);
		Emergencies.Covering emergency = emergencies.getIfAvailable(() -> Emergencies.NONE).covering(standard.key(), submitted.product().trim()).orElse(null);
		Ruling ruling = rulings
			.evaluate(facts(submitted, requester, renewalCount, previousOutcome).inEmergency(emergency != null));
		return new Ruled(submitted, standard, underEmergency(ruling, emergency), renewalCount, emergency);
	}

	/**
	 * The ruling as a declared emergency leaves it: denied with the emergency's reason, or held for IT staff
	 * review (a denial by the rules stays a denial). The rules' own findings are kept, apart when overruled.
	 */
	static Ruling underEmergency(Ruling ruling, Emergencies.Covering emergency) {
		if (emergency == null) {
			return ruling;
		}
		Outcome outcome = emergency.deny() || ruling.outcome() == Outcome.DENY ? Outcome.DENY : Outcome.REVIEW;
		if (outcome == Outcome.DENY && !emergency.deny()) {
			return ruling;
		}
		String until = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH)
			.withZone(java.time.ZoneOffset.UTC)
			.format(emergency.endsAt().minusSeconds(1));
		String reason = (emergency.deny()
				? "New requests like this one are refused during the emergency declared until " + until + ": "
				: "During the emergency declared until " + until + ", a member of IT staff looks at every request like this one: ")
				+ emergency.reason();
		java.util.List<Finding> findings = new java.util.ArrayList<>();
		findings.add(new Finding("", outcome, reason));
		findings.addAll(ruling.findings());
		return new Ruling(outcome, findings, outcome == Outcome.DENY ? java.util.List.of() : ruling.conditions(),
				ruling.maxDays(), ruling.rulesetVersion());
	}

	/**
	 * Stores a ruled request with its timeline, within the caller's transaction, and announces it (and, for a
	 * renewal, that it renews the original).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	ExceptionRequest store(Ruled ruled, Actor requester, ExceptionRequest renewing) {
		Instant now = clock.instant();
		ExceptionRequest request = requests.save(new ExceptionRequest(ruled.submitted(), ruled.standard().name(),
				requester, now, ruled.ruling(), renewing == null ? null : renewing.getId(), ruled.renewalCount()));
		Long id = request.getId();
		timeline.record(id, requester.username(), "SUBMITTED",
				Facts.of("standard", request.getStandardName(), "product", request.describeProduct()));
		timeline.record(id, Timeline.SYSTEM, "ACKNOWLEDGED", Facts.of("reference", request.reference()));
		timeline.record(id, Timeline.SYSTEM, "RULED", Facts.of("outcome", request.ruling().outcome().name()));
		if (ruled.emergency() != null) {
			timeline.record(id, Timeline.SYSTEM, "EMERGENCY",
					Facts.of("reason", ruled.emergency().reason(), "until", ruled.emergency().endsAt().minusSeconds(1)));
		}
		switch (request.getStatus()) {
			case APPROVED -> timeline.record(id, Timeline.SYSTEM, "GRANTED",
					Facts.of("until", request.getExpiresAt()));
			case DENIED -> timeline.record(id, Timeline.SYSTEM, "DENIED", Facts.of());
			case ESCALATED -> recordEscalation(request);
			case IN_REVIEW -> timeline.record(id, Timeline.SYSTEM, "IN_REVIEW", Facts.of());
			default -> {
			}
		}
		request.announceSubmission();
		if (renewing != null) {
			timeline.record(renewing.getId(), requester.username(), "RENEWAL_ASKED",
					Facts.of("renewal", request.reference()));
			timeline.record(id, requester.username(), "RENEWS",
					Facts.of("original", renewing.reference(), "count", request.getRenewalCount()));
			request.announceRenewalOf(renewing);
		}
		return requests.save(request);
	}

	/** "Sent to the manager of Marketing (Maria Rossi) to decide." */
	void recordEscalation(ExceptionRequest request) {
		String holders = agendas.of(request.standing()).holderNames();
		timeline.record(request.getId(), Timeline.SYSTEM, "ESCALATED",
				Facts.of("department", request.getDepartment(), "to", holders.isEmpty() ? null : holders));
	}

	/** What the rules would say, without storing anything and without a transaction. */
	public Ruling dryRun(SubmitRequest submitted, Actor requester) {
		return rule(submitted, requester, 0, null).ruling();
	}

	/** A dry run's ruling as the API shows it: the same reasons, and overruled findings apart. */
	public static RequestView.RulingView viewOf(Ruling ruling, int requestedDays) {
		return RequestViews.rulingView(ruling.outcome(), ruling.findings(), ruling.conditions(), ruling.maxDays(),
				ruling.rulesetVersion(), ruling.grantedDays(requestedDays));
	}

	@Transactional
	public RequestView withdraw(Long id, Actor actor) {
		return withdraw(id, actor, null);
	}

	/** The longest reason a requester may give for withdrawing. */
	public static final int MAX_WITHDRAWAL_REASON = 2000;

	/**
	 * The requester withdraws a waiting request, with a reason if they wish; whoever held it (or asked the open
	 * question) is told, and it leaves their inbox.
	 */
	@Transactional
	public RequestView withdraw(Long id, Actor actor, String reason) {
		ExceptionRequest request = requests.findById(id)
			.orElseThrow(() -> new UserFacingException.NotFound("request.notFound", id));
		RequestPolicy.withdraw(actor, request.standing()).orThrow();
		String why = reason == null || reason.isBlank() ? null : reason.trim();
		if (why != null && why.length() > MAX_WITHDRAWAL_REASON) {
			throw InvalidInput.of("reason", "withdrawal.reason.size", MAX_WITHDRAWAL_REASON);
		}
		if (!InvalidInput.isPlainText(why)) {
			throw InvalidInput.of("reason", "text.controlCharacters");
		}
		java.util.List<String> holders = request.getStatus() == RequestStatus.WAITING_FOR_REQUESTER
				? java.util.List.of(request.getQuestionBy())
				: agendas.of(request.standing()).holders().stream().map(Actor::username).toList();
		request.withdraw(why, holders, clock.instant());
		timeline.record(id, actor.username(), "WITHDRAWN", Facts.of());
		if (why != null) {
			timeline.record(id, actor.username(), "WITHDRAWN_BECAUSE", Facts.of("reason", why));
		}
		requests.saveAndFlush(request);
		return views.of(request, RequestViews.Detail.FULL);
	}

	private Standard standardOf(SubmitRequest submitted) {
		return rulings.standards()
			.find(submitted.standardKey() == null ? null : submitted.standardKey().trim())
			.orElseThrow(() -> InvalidInput.of("standardKey", "request.standardKey.unknown", submitted.standardKey()));
	}

	static RequestFacts facts(SubmitRequest submitted, Actor requester, int renewalCount, String previousOutcome) {
		return new RequestFacts(submitted.standardKey().trim(), submitted.product(), submitted.productVersion(),
				submitted.justification(), submitted.durationDays(), submitted.usersAffected(),
				submitted.dataClassification(), submitted.compensatingControls(), submitted.estimatedCost(),
				requester.username(), requester.department(), renewalCount, previousOutcome);
	}

}
