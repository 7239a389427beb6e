package com.leeway.request;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.leeway.account.Actor;
import com.leeway.account.Directory;
import com.leeway.audit.Timeline;
import com.leeway.ruling.RequestFacts;
import com.leeway.ruling.Ruling;
import com.leeway.ruling.Rulings;
import com.leeway.ruling.Standard;
import com.leeway.system.InvalidInput;
import com.leeway.system.UserFacingException;

/**
 * The requester's use cases: submit a request (ruled at once and stored with its ruling), dry-run one, and
 * withdraw one that still waits for a person.
 * <p>
 * The rules rule before any transaction opens, so no rule, however slow, ever holds a database connection; only
 * then are the request, its ruling and its timeline stored, together, in one short transaction.
 */
@Service
public class RequestDesk {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private final ExceptionRequests requests;

	private final Rulings rulings;

	private final Timeline timeline;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transaction;

	RequestDesk(ExceptionRequests requests, Rulings rulings, Timeline timeline, Directory directory,
			ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
		this.requests = requests;
		this.rulings = rulings;
		this.timeline = timeline;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Rules on a request, then stores it, its ruling and its timeline in one transaction; the request is stored
	 * when this returns. Call it outside any transaction: the rules must not run while a connection is held.
	 */
	public ExceptionRequest submit(SubmitRequest submitted, Actor requester) {
		Ruled ruled = rule(submitted, requester, 0, null);
		return transaction.execute(status -> store(ruled, requester, null));
	}

	/** A request the rules have ruled on, not stored yet. */
	record Ruled(SubmitRequest submitted, Standard standard, Ruling ruling, int renewalCount) {
	}

	/** Checks the standard and asks the rules; touches no database. */
	Ruled rule(SubmitRequest submitted, Actor requester, int renewalCount, String previousOutcome) {
		Standard standard = standardOf(submitted);
		Ruling ruling = rulings.evaluate(facts(submitted, requester, renewalCount, previousOutcome));
		return new Ruled(submitted, standard, ruling, renewalCount);
	}

	/** Stores a ruled request with its timeline, within the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	ExceptionRequest store(Ruled ruled, Actor requester, Long renewalOf) {
		SubmitRequest submitted = ruled.submitted();
		Standard standard = ruled.standard();
		Ruling ruling = ruled.ruling();
		Instant now = clock.instant();
		ExceptionRequest request = requests.save(new ExceptionRequest(submitted, standard.name(),
				requester.username(), requester.department(), now, ruling, renewalOf, ruled.renewalCount()));
		Long id = request.getId();
		timeline.record(id, requester.username(), "SUBMITTED", requester.displayName() + " asked for an exception to the "
				+ standard.name() + " standard for " + describeProduct(request) + ".");
		timeline.record(id, Timeline.SYSTEM, "ACKNOWLEDGED",
				"Leeway received the request as " + request.reference() + " and confirmed it at once.");
		timeline.record(id, Timeline.SYSTEM, "RULED",
				"The rules decided: " + outcomeWords(ruling) + ". " + ruling.justification());
		switch (request.getStatus()) {
			case APPROVED -> timeline.record(id, Timeline.SYSTEM, "GRANTED",
					"The exception is granted until " + DAY.format(request.getExpiresAt()) + ".");
			case DENIED -> timeline.record(id, Timeline.SYSTEM, "DENIED", "The request is denied.");
			case ESCALATED -> timeline.record(id, Timeline.SYSTEM, "ESCALATED",
					"Sent to " + managerPhrase(request.getDepartment()) + " to decide.");
			case IN_REVIEW -> timeline.record(id, Timeline.SYSTEM, "IN_REVIEW", "Sent to IT staff for review.");
			default -> {
			}
		}
		events.publishEvent(new RequestSubmitted(id, request.reference(), request.getRequester(),
				request.getDepartment(), request.getStatus()));
		if (request.getStatus() == RequestStatus.ESCALATED) {
			events.publishEvent(new RequestEscalated(id, request.reference(), request.getRequester(),
					request.getDepartment(), null, now));
		}
		return request;
	}

	/** What the rules would say, without storing anything and without a transaction. */
	public Ruling dryRun(SubmitRequest submitted, Actor requester) {
		standardOf(submitted);
		return rulings.evaluate(facts(submitted, requester, 0, null));
	}

	@Transactional
	public ExceptionRequest withdraw(Long id, Actor actor) {
		ExceptionRequest request = requests.findById(id)
			.orElseThrow(() -> new UserFacingException.NotFound("request.notFound", id));
		if (!request.getRequester().equals(actor.username())) {
			throw new UserFacingException.Forbidden("request.withdraw.notYours", request.reference());
		}
		RequestStatus waitingAs = request.getStatus();
		request.withdraw(clock.instant());
		requests.saveAndFlush(request);
		timeline.record(id, actor.username(), "WITHDRAWN", actor.displayName() + " withdrew the request.");
		events.publishEvent(new RequestWithdrawn(id, request.reference(), request.getRequester(), waitingAs));
		return request;
	}

	String managerPhrase(String department) {
		var managers = directory.managersOf(department);
		if (managers.isEmpty()) {
			return "the manager of " + department;
		}
		return "the manager of " + department + " (" + String.join(", ",
				managers.stream().map(Actor::displayName).toList()) + ")";
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

	static String describeProduct(ExceptionRequest request) {
		return request.getProductVersion() == null ? request.getProduct()
				: request.getProduct() + " " + request.getProductVersion();
	}

	private static String outcomeWords(Ruling ruling) {
		return switch (ruling.outcome()) {
			case APPROVE -> "approve";
			case DENY -> "deny";
			case ESCALATE -> "ask management to decide";
			case REVIEW -> "a member of IT staff reviews it";
		};
	}

}
