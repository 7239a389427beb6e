package com.leeway.request;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leeway.account.Actor;
import com.leeway.account.Role;
import com.leeway.system.UserFacingException;

/**
 * Reads requests, only ever those the person asking may see ({@link RequestPolicy#see}).
 */
@Service
@Transactional(readOnly = true)
public class RequestQueries {

	private final ExceptionRequests requests;

	private final RequestViews views;

	RequestQueries(ExceptionRequests requests, RequestViews views) {
		this.requests = requests;
		this.views = views;
	}

	/** One request with its agenda and timeline; someone who may not see it learns nothing, not even that it exists. */
	public RequestView view(Long id, Actor actor) {
		return views.of(visible(id, actor), RequestViews.Detail.FULL);
	}

	/** One request with its agenda and timeline, for Leeway's own follow-through (notices, jobs), not for people. */
	public RequestView viewAsSystem(Long id) {
		return views.of(requests.findById(id).orElseThrow(() -> new UserFacingException.NotFound("request.notFound", id)),
				RequestViews.Detail.FULL);
	}

	/** The facts the policy decides from, for another module asking the policy about one request (no people). */
	public RequestStanding standingAsSystem(Long id) {
		return requests.findById(id)
			.orElseThrow(() -> new UserFacingException.NotFound("request.notFound", id))
			.standing();
	}

	private ExceptionRequest visible(Long id, Actor actor) {
		ExceptionRequest request = requests.findById(id)
			.orElseThrow(() -> new UserFacingException.NotFound("request.notFound", id));
		RequestPolicy.see(actor, request.standing()).orThrow();
		return request;
	}

	public Page<RequestView> list(Actor actor, RequestFilter filter, Pageable pageable) {
		RequestViews.Names names = views.names();
		return requests.findAll(visibleTo(actor, filter), pageable)
			.map(request -> views.of(request, RequestViews.Detail.BRIEF, names));
	}

	/** What waits for this manager's decision now, longest waiting first. */
	public List<RequestView> inboxOf(Actor manager) {
		return heldBy(manager, RequestStatus.ESCALATED);
	}

	/**
	 * What waits for this member of IT staff now, longest waiting first. An administrator, who reviews nothing
	 * unless it was passed on to them, sees every request in review (to reassign one that is stuck) and what was
	 * passed on to them.
	 */
	public List<RequestView> reviewQueue(Actor reviewer) {
		if (!reviewer.is(Role.ADMIN)) {
			return heldBy(reviewer, RequestStatus.IN_REVIEW);
		}
		RequestViews.Names names = views.names();
		return requests.findByStatusInOrderByWaitingSinceAscIdAsc(List.of(RequestStatus.ESCALATED, RequestStatus.IN_REVIEW))
			.stream()
			.filter(request -> request.getStatus() == RequestStatus.IN_REVIEW
					|| reviewer.username().equals(request.getAssignedTo()))
			.map(request -> views.of(request, RequestViews.Detail.AGENDA, names))
			.toList();
	}

	/**
	 * Waiting requests of this kind the person holds, and any other waiting request reassigned or passed to them.
	 * Cheap checks first (an assigned request is only its holder's; an escalation without one only its department's
	 * managers'); the agenda has the last word.
	 */
	private List<RequestView> heldBy(Actor actor, RequestStatus usually) {
		RequestViews.Names names = views.names();
		return requests.findByStatusInOrderByWaitingSinceAscIdAsc(List.of(RequestStatus.ESCALATED, RequestStatus.IN_REVIEW))
			.stream()
			.filter(request -> request.getAssignedTo() != null ? actor.username().equals(request.getAssignedTo())
					: request.getStatus() == usually && (usually != RequestStatus.ESCALATED
							|| request.getDepartment().equals(actor.department())))
			.map(request -> views.of(request, RequestViews.Detail.AGENDA, names))
			.filter(view -> view.agenda().isHeldBy(actor.username()))
			.toList();
	}

	/** The renewal chain a request belongs to, first request first. */
	public List<RequestView> renewalChain(Long id, Actor actor) {
		ExceptionRequest request = visible(id, actor);
		while (request.getRenewalOfId() != null) {
			ExceptionRequest earlier = requests.findById(request.getRenewalOfId()).orElse(null);
			if (earlier == null) {
				break;
			}
			request = earlier;
		}
		List<RequestView> chain = new ArrayList<>();
		RequestViews.Names names = views.names();
		ExceptionRequest current = request;
		while (current != null) {
			chain.add(views.of(current, RequestViews.Detail.BRIEF, names));
			List<ExceptionRequest> next = requests.findByRenewalOfIdOrderBySubmittedAtAsc(current.getId());
			current = next.isEmpty() ? null : next.get(0);
		}
		return chain;
	}

	private static Specification<ExceptionRequest> visibleTo(Actor actor, RequestFilter filter) {
		return (root, query, builder) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (Boolean.TRUE.equals(filter.mineOnly()) || actor.is(Role.REQUESTER)) {
				predicates.add(builder.equal(root.get("requester"), actor.username()));
			}
			else if (actor.is(Role.MANAGER)) {
				predicates.add(builder.or(builder.equal(root.get("department"), actor.department()),
						builder.equal(root.get("requester"), actor.username())));
			}
			if (filter.status() != null) {
				predicates.add(builder.equal(root.get("status"), filter.status()));
			}
			if (filter.standardKey() != null && !filter.standardKey().isBlank()) {
				predicates.add(builder.equal(root.get("standardKey"), filter.standardKey()));
			}
			if (filter.department() != null && !filter.department().isBlank()) {
				predicates.add(builder.equal(root.get("department"), filter.department()));
			}
			return builder.and(predicates.toArray(Predicate[]::new));
		};
	}

}
