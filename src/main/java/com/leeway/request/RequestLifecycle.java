package com.leeway.request;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leeway.account.Actor;
import com.leeway.account.Role;
import com.leeway.audit.Timeline;
import com.leeway.system.InvalidInput;
import com.leeway.system.UserFacingException;

/**
 * What happens to a granted exception later: it expires on its date, the company may revoke it, and the
 * requester may ask to renew it. A renewal is a new request linked to the original, ruled again; nothing of the
 * original is overwritten.
 */
@Service
public class RequestLifecycle {

	private final ExceptionRequests requests;

	private final RequestDesk desk;

	private final Timeline timeline;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RequestLifecycle(ExceptionRequests requests, RequestDesk desk, Timeline timeline, ApplicationEventPublisher events,
			Clock clock) {
		this.requests = requests;
		this.desk = desk;
		this.timeline = timeline;
		this.events = events;
		this.clock = clock;
	}

	/** Granted exceptions whose date has come, oldest first. */
	@Transactional(readOnly = true)
	public List<Long> dueToExpire() {
		return requests.findGrantedExpiringBy(RequestStatus.APPROVED, clock.instant())
			.stream()
			.map(ExceptionRequest::getId)
			.toList();
	}

	@Transactional
	public void expire(Long id) {
		ExceptionRequest request = requests.findById(id).orElseThrow();
		if (request.getStatus() != RequestStatus.APPROVED || request.getExpiresAt().isAfter(clock.instant())) {
			return;
		}
		request.expire(clock.instant());
		requests.saveAndFlush(request);
		timeline.record(id, Timeline.SYSTEM, "EXPIRED", "The exception reached its end date and has expired.");
		events.publishEvent(new RequestClosed(id, request.reference(), request.getRequester(), RequestStatus.EXPIRED,
				Timeline.SYSTEM, "It reached its end date."));
	}

	/** Managers of the department and IT staff may revoke a granted exception, with a written reason. */
	@Transactional
	public ExceptionRequest revoke(Long id, Actor actor, String reason) {
		ExceptionRequest request = requests.findById(id)
			.orElseThrow(() -> new UserFacingException.NotFound("request.notFound", id));
		boolean managerOfDepartment = actor.is(Role.MANAGER) && actor.department().equals(request.getDepartment());
		if (!(managerOfDepartment || actor.is(Role.IT_STAFF)) || actor.username().equals(request.getRequester())) {
			throw new UserFacingException.Forbidden("revocation.notYours", request.reference());
		}
		if (reason == null || reason.isBlank()) {
			throw InvalidInput.of("reason", "revocation.reason.required");
		}
		request.revoke(clock.instant());
		requests.saveAndFlush(request);
		timeline.record(id, actor.username(), "REVOKED", actor.displayName() + " revoked the exception: " + reason.trim());
		events.publishEvent(new RequestClosed(id, request.reference(), request.getRequester(), RequestStatus.REVOKED,
				actor.username(), reason.trim()));
		return request;
	}

	/**
	 * Asks again for an exception that was granted (or has expired or is about to): a new request with the same
	 * facts, the new duration and what changed, which the rules see as renewal number n.
	 */
	@Transactional
	public ExceptionRequest renew(Long id, Actor actor, RenewRequest renewal) {
		ExceptionRequest original = requests.findById(id)
			.filter(found -> found.getRequester().equals(actor.username()))
			.orElseThrow(() -> new UserFacingException.NotFound("request.notFound", id));
		if (original.getStatus() != RequestStatus.APPROVED && original.getStatus() != RequestStatus.EXPIRED) {
			throw new UserFacingException.Conflict("renewal.notGranted", original.reference(),
					original.getStatus().words());
		}
		if (!requests.findByRenewalOfIdOrderBySubmittedAtAsc(id).isEmpty()) {
			throw new UserFacingException.Conflict("renewal.alreadyRenewed", original.reference());
		}
		SubmitRequest again = new SubmitRequest(original.getStandardKey(), original.getProduct(),
				original.getProductVersion(),
				original.getJustification() + "\n\nWhat changed since " + original.reference() + ": "
						+ renewal.whatChanged().trim(),
				renewal.durationDays(), original.getUsersAffected(), original.getDataClassification().name(),
				original.getCompensatingControls(), original.getEstimatedCost());
		if (again.justification().length() > 4000) {
			throw InvalidInput.of("whatChanged", "request.justification.size");
		}
		ExceptionRequest renewed = desk.submit(again, actor, original.getId(), original.getRenewalCount() + 1,
				original.getStatus().name());
		timeline.record(original.getId(), actor.username(), "RENEWAL_ASKED",
				actor.displayName() + " asked to renew this exception as " + renewed.reference() + ".");
		timeline.record(renewed.getId(), actor.username(), "RENEWS",
				"This request renews " + original.reference() + " (renewal " + renewed.getRenewalCount() + ").");
		return renewed;
	}

}
