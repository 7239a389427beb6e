package com.leeway.request;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.leeway.account.Actor;
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

	/** The longest revocation reason: what the timeline and the notice can hold. */
	public static final int MAX_REVOCATION_REASON = 2000;

	private final ExceptionRequests requests;

	private final RequestDesk desk;

	private final Timeline timeline;

	private final RequestViews views;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final TransactionTemplate read;

	RequestLifecycle(ExceptionRequests requests, RequestDesk desk, Timeline timeline, RequestViews views, Clock clock,
			PlatformTransactionManager transactions) {
		this.requests = requests;
		this.desk = desk;
		this.timeline = timeline;
		this.views = views;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.read = new TransactionTemplate(transactions);
		this.read.setReadOnly(true);
	}

	/** Granted exceptions whose date has come, oldest first. */
	@Transactional(readOnly = true)
	public List<Long> dueToExpire() {
		return requests.findGrantedExpiringBy(RequestStatus.APPROVED, clock.instant())
			.stream()
			.map(ExceptionRequest::getId)
			.toList();
	}

	/** Expires a granted exception whose date has come; does nothing for any other. */
	@Transactional
	public void expire(Long id) {
		ExceptionRequest request = requests.findById(id).orElseThrow();
		if (!request.isDueToExpire(clock.instant())) {
			return;
		}
		request.expire(clock.instant());
		timeline.record(id, Timeline.SYSTEM, "EXPIRED", Facts.of());
		requests.saveAndFlush(request);
	}

	/**
	 * A request a declared emergency covers: waiting for a person, granted, or suspended.
	 */
	public record InScope(Long id, String reference, String requester, RequestStatus status, String product,
			Instant expiresAt) {
	}

	/**
	 * The waiting, granted and suspended requests for one of these standards (keys) or products (names, any case).
	 */
	@Transactional(readOnly = true)
	public List<InScope> inScope(java.util.Collection<String> standardKeys, java.util.Collection<String> products) {
		java.util.Set<String> standards = new java.util.HashSet<>(standardKeys);
		java.util.Set<String> names = new java.util.HashSet<>();
		products.forEach(product -> names.add(product.trim().toLowerCase(java.util.Locale.ROOT)));
		return requests
			.findByStatusInOrderByWaitingSinceAscIdAsc(List.of(RequestStatus.ESCALATED, RequestStatus.IN_REVIEW,
					RequestStatus.APPROVED, RequestStatus.SUSPENDED))
			.stream()
			.filter(request -> standards.contains(request.getStandardKey())
					|| names.contains(request.getProduct().trim().toLowerCase(java.util.Locale.ROOT)))
			.map(request -> new InScope(request.getId(), request.reference(), request.getRequester(),
					request.getStatus(), request.getProduct(), request.getExpiresAt()))
			.toList();
	}

	/** One request as {@link #inScope} shows it. */
	@Transactional(readOnly = true)
	public java.util.Optional<InScope> inScopeById(Long id) {
		return requests.findById(id)
			.map(request -> new InScope(request.getId(), request.reference(), request.getRequester(),
					request.getStatus(), request.getProduct(), request.getExpiresAt()));
	}

	/**
	 * Puts a granted exception on hold because a declared emergency covers it; does nothing to one that is no
	 * longer granted. Returns whether it was suspended.
	 */
	@Transactional
	public boolean suspend(Long id, String reason) {
		ExceptionRequest request = requests.findById(id)
			.orElseThrow(() -> new UserFacingException.NotFound("request.notFound", id));
		if (request.getStatus() != RequestStatus.APPROVED) {
			return false;
		}
		request.suspend(reason);
		timeline.record(id, Timeline.SYSTEM, "SUSPENDED", Facts.of("reason", reason));
		requests.saveAndFlush(request);
		return true;
	}

	/** Grants a suspended exception again; does nothing to one that is not suspended. */
	@Transactional
	public boolean restore(Long id) {
		ExceptionRequest request = requests.findById(id)
			.orElseThrow(() -> new UserFacingException.NotFound("request.notFound", id));
		if (request.getStatus() != RequestStatus.SUSPENDED) {
			return false;
		}
		request.restore();
		timeline.record(id, Timeline.SYSTEM, "RESTORED", Facts.of("until", request.getExpiresAt()));
		requests.saveAndFlush(request);
		return true;
	}

	/** Managers of the department and IT staff may revoke a granted exception, with a written reason. */
	@Transactional
	public RequestView revoke(Long id, Actor actor, String reason) {
		ExceptionRequest request = requests.findById(id)
			.orElseThrow(() -> new UserFacingException.NotFound("request.notFound", id));
		RequestPolicy.revoke(actor, request.standing()).orThrow();
		if (reason == null || reason.isBlank()) {
			throw InvalidInput.of("reason", "revocation.reason.required");
		}
		if (reason.length() > MAX_REVOCATION_REASON) {
			throw InvalidInput.of("reason", "revocation.reason.size");
		}
		if (!InvalidInput.isPlainText(reason)) {
			throw InvalidInput.of("reason", "text.controlCharacters");
		}
		request.revoke(actor, reason.trim(), clock.instant());
		timeline.record(id, actor.username(), "REVOKED", Facts.of("reason", reason.trim()));
		requests.saveAndFlush(request);
		return views.of(request, RequestViews.Detail.FULL);
	}

	/**
	 * Asks again for an exception that was granted (or has expired or is about to): a new request with the same
	 * facts, the new duration and what changed, which the rules see as renewal number n.
	 * <p>
	 * Reads the original, lets the rules rule with no transaction open, then stores the renewal and both timeline
	 * entries in one transaction. An exception is renewed at most once: the database refuses a second renewal of
	 * the same request even when two arrive at the same moment, and the loser is told, with nothing stored.
	 */
	public RequestView renew(Long id, Actor actor, RenewRequest renewal) {
		ExceptionRequest original = read.execute(status -> renewable(id, actor));
		SubmitRequest again = new SubmitRequest(original.getStandardKey(), original.getProduct(),
				original.getProductVersion(),
				original.getJustification() + "\n\nWhat changed since " + original.reference() + ": "
						+ renewal.whatChanged().trim(),
				renewal.durationDays(), original.getUsersAffected(), original.getDataClassification().name(),
				original.getCompensatingControls(), original.getEstimatedCost());
		if (again.justification().length() > 4000) {
			throw InvalidInput.of("whatChanged", "request.justification.size");
		}
		RequestDesk.Ruled ruled = desk.rule(again, actor, original.getRenewalCount() + 1,
				original.getStatus().name());
		try {
			return transaction.execute(status -> {
				// Checked again: the original may have changed while the rules ruled.
				ExceptionRequest current = renewable(id, actor);
				// Answered with its timeline, from the same transaction: nothing is read back.
				return views.of(desk.store(ruled, actor, current), RequestViews.Detail.FULL);
			});
		}
		catch (DataAccessException ex) {
			// Another renewal of the same request was stored first and the unique index refused this one.
			if (Boolean.TRUE.equals(read.execute(status -> requests.existsByRenewalOfId(id)))) {
				throw new UserFacingException.Conflict("renewal.alreadyRenewed", original.reference());
			}
			throw ex;
		}
	}

	/**
	 * The requester's own granted or expired exception, not renewed yet. A quick, friendly check: the unique index
	 * on renewal_of_id has the last word.
	 */
	private ExceptionRequest renewable(Long id, Actor actor) {
		ExceptionRequest original = requests.findById(id)
			.orElseThrow(() -> new UserFacingException.NotFound("request.notFound", id));
		RequestPolicy.renew(actor, original.standing()).orThrow();
		return original;
	}

}
