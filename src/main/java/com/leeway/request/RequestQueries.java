package com.leeway.request;

import java.util.ArrayList;
import java.util.List;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leeway.account.Actor;
import com.leeway.system.UserFacingException;

/**
 * Reads requests, only ever those the person asking may see ({@link RequestPolicy#see}).
 */
@Service
@Transactional(readOnly = true)
public class RequestQueries {

	private final ExceptionRequests requests;

	private final RequestViews views;

	private final RequestSearch search;

	RequestQueries(ExceptionRequests requests, RequestViews views, RequestSearch search) {
		this.requests = requests;
		this.views = views;
		this.search = search;
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

	/** A page of the list with its exact count (API v1 promises {@code totalElements}). */
	public Page<RequestView> list(Actor actor, RequestFilter filter, Pageable pageable) {
		List<RequestView> content = viewsOf(search.ids(actor, filter, pageable.getOffset(), pageable.getPageSize()),
				RequestViews.Detail.BRIEF, null);
		return new PageImpl<>(content, pageable, search.countAll(actor, filter));
	}

	/**
	 * A page of the list as pages show it, its count stopped at {@link RequestListPage#COUNT_CAP}. The requester's
	 * own list carries who holds each request and by when, the directory asked once per department, not per row.
	 */
	public RequestListPage page(Actor actor, RequestFilter filter, int page, int size) {
		int number = Math.max(0, Math.min(page, MAX_PAGE));
		List<Long> ids = search.ids(actor, filter, (long) number * size, size + 1);
		boolean hasNext = ids.size() > size;
		List<RequestView> content = viewsOf(hasNext ? ids.subList(0, size) : ids,
				Boolean.TRUE.equals(filter.mineOnly()) ? RequestViews.Detail.AGENDA : RequestViews.Detail.BRIEF, null);
		long count = number == 0 && !hasNext ? content.size()
				: search.count(actor, filter, RequestListPage.COUNT_CAP);
		return new RequestListPage(content, number, size, count, hasNext);
	}

	/** The deepest page a list offers; further pages are narrowed with the filters and the search instead. */
	public static final int MAX_PAGE = 2_000;

	/**
	 * The list's rows in its order, at most {@code limit}, each handed on as it is read (exports). Rows of the
	 * requester's own list carry their agenda.
	 */
	public void rows(Actor actor, RequestFilter filter, int limit, Consumer<RequestRow> each) {
		RequestAgenda agendas = Boolean.TRUE.equals(filter.mineOnly()) ? views.listAgenda() : null;
		search.rows(actor, filter, limit,
				row -> each.accept(agendas == null ? row : row.with(views.agendaOf(row, agendas))));
	}

	private List<RequestView> viewsOf(List<Long> ids, RequestViews.Detail detail, String heldBy) {
		Map<Long, ExceptionRequest> found = new HashMap<>();
		requests.findAllById(ids).forEach(request -> found.put(request.getId(), request));
		RequestViews.Names names = views.names();
		RequestAgenda agendas = views.listAgenda();
		return ids.stream()
			.map(found::get)
			.filter(Objects::nonNull)
			.map(request -> views.of(request, detail, names, agendas))
			.filter(view -> heldBy == null || view.agenda().isHeldBy(heldBy))
			.toList();
	}

	/** What waits for this manager's decision now, longest waiting first. */
	public List<RequestView> inboxOf(Actor manager) {
		return inboxOf(manager, RequestFilter.none());
	}

	/** What waits for this manager's decision now, searched and sorted like any list (longest waiting first). */
	public List<RequestView> inboxOf(Actor manager, RequestFilter filter) {
		return heldBy(manager, RequestSearch.Scope.INBOX, filter);
	}

	/**
	 * What waits for this member of IT staff now, longest waiting first. An administrator, who reviews nothing
	 * unless it was passed on to them, sees every request in review (to reassign one that is stuck) and what was
	 * passed on to them.
	 */
	public List<RequestView> reviewQueue(Actor reviewer) {
		return reviewQueue(reviewer, RequestFilter.none());
	}

	public List<RequestView> reviewQueue(Actor reviewer, RequestFilter filter) {
		return heldBy(reviewer, RequestSearch.Scope.REVIEW, filter);
	}

	/** How many rows a decider's queue shows at most; the search narrows a longer one. */
	public static final int QUEUE_LIMIT = 200;

	/**
	 * Waiting requests of this kind the person holds, and any other waiting request reassigned or passed to them.
	 * Cheap checks first, in the database (an assigned request is only its holder's; an escalation without one only
	 * its department's managers'); the agenda has the last word.
	 */
	private List<RequestView> heldBy(Actor actor, RequestSearch.Scope scope, RequestFilter filter) {
		RequestFilter sorted = filter.sort() != null ? filter
				: new RequestFilter(filter.status(), filter.standardKey(), filter.department(), filter.mineOnly(),
						filter.q(), filter.from(), filter.to(), filter.validFrom(), filter.validTo(),
						RequestSort.LONGEST_WAITING, filter.zone());
		return viewsOf(search.ids(actor, sorted, scope, 0, QUEUE_LIMIT), RequestViews.Detail.AGENDA, actor.username());
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

}
