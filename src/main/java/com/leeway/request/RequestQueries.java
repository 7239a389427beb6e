package com.leeway.request;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leeway.account.Actor;
import com.leeway.account.Directory;
import com.leeway.account.Role;
import com.leeway.audit.Timeline;
import com.leeway.ruling.Ruling;
import com.leeway.system.UserFacingException;

/**
 * Reads requests, only ever those the person asking may see.
 */
@Service
@Transactional(readOnly = true)
public class RequestQueries {

	private final ExceptionRequests requests;

	private final Timeline timeline;

	private final Directory directory;

	RequestQueries(ExceptionRequests requests, Timeline timeline, Directory directory) {
		this.requests = requests;
		this.timeline = timeline;
		this.directory = directory;
	}

	/** One request with its timeline; someone who may not see it learns nothing, not even that it exists. */
	public RequestView view(Long id, Actor actor) {
		return toView(visible(id, actor), true, new HashMap<>());
	}

	/** One request with its timeline, for Leeway's own follow-through (notices, jobs), not for people. */
	public RequestView viewAsSystem(Long id) {
		return toView(requests.findById(id).orElseThrow(), true, new HashMap<>());
	}

	public ExceptionRequest visible(Long id, Actor actor) {
		return requests.findById(id)
			.filter(request -> RequestAccess.canSee(actor, request))
			.orElseThrow(() -> new UserFacingException.NotFound("request.notFound", id));
	}

	public Page<RequestView> list(Actor actor, RequestFilter filter, Pageable pageable) {
		Map<String, String> names = new HashMap<>();
		return requests.findAll(visibleTo(actor, filter), pageable).map(request -> toView(request, false, names));
	}

	/** Escalated requests a manager decides, oldest first. */
	public List<RequestView> inboxOf(Actor manager) {
		Map<String, String> names = new HashMap<>();
		return requests.findByStatusAndDepartmentOrderBySubmittedAtAsc(RequestStatus.ESCALATED, manager.department())
			.stream()
			.map(request -> toView(request, false, names))
			.toList();
	}

	/** Requests no rule decided, oldest first. */
	public List<RequestView> reviewQueue() {
		Map<String, String> names = new HashMap<>();
		return requests.findByStatusOrderBySubmittedAtAsc(RequestStatus.IN_REVIEW)
			.stream()
			.map(request -> toView(request, false, names))
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
		Map<String, String> names = new HashMap<>();
		ExceptionRequest current = request;
		while (current != null) {
			chain.add(toView(current, false, names));
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

	RequestView toView(ExceptionRequest request, boolean withTimeline, Map<String, String> names) {
		List<RequestView.Event> events = null;
		if (withTimeline) {
			events = timeline.of(request.getId())
				.stream()
				.map(entry -> new RequestView.Event(entry.getAt(), entry.getActor(),
						names.computeIfAbsent(entry.getActor(), directory::nameOf), entry.getType(), entry.getText()))
				.toList();
		}
		RequestView.DecisionView decision = request.getDecision() == null ? null
				: new RequestView.DecisionView(request.getDecision(), request.getDecidedBy(),
						names.computeIfAbsent(request.getDecidedBy(), directory::nameOf), request.getDecidedAt(),
						request.getDecisionJustification());
		Ruling ruling = new Ruling(request.getRulingOutcome(), request.getRulingFindings(),
				request.getRulingConditions(), null, request.getRulesetVersion());
		return new RequestView(request.getId(), request.reference(), request.getStatus(), request.getRequester(),
				names.computeIfAbsent(request.getRequester(), directory::nameOf), request.getDepartment(),
				request.getStandardKey(), request.getStandardName(), request.getProduct(),
				request.getProductVersion(), request.getJustification(), request.getDurationDays(),
				request.getUsersAffected(), request.getDataClassification(), request.getCompensatingControls(),
				request.getEstimatedCost(), request.getSubmittedAt(), request.getAcknowledgedAt(),
				request.getClosedAt(), RequestView.RulingView.of(ruling), request.getExpiresAt(), decision,
				request.getRenewalOfId(), request.getRenewalCount(), events);
	}

}
