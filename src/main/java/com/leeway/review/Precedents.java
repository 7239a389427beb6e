package com.leeway.review;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leeway.account.Actor;
import com.leeway.request.RequestPolicy;
import com.leeway.request.RequestQueries;
import com.leeway.request.RequestView;
import com.leeway.system.UserFacingException;

/**
 * Earlier decisions by people on similar requests, for whoever decides one now: the same standard and product
 * first (the product compared ignoring case and extra spaces), then other products of the same standard; each
 * group newest decision first; at most {@link #LIMIT}.
 */
@Service
@Transactional(readOnly = true)
public class Precedents {

	public static final int LIMIT = 10;

	private final ReviewReadModel model;

	private final RequestQueries queries;

	Precedents(ReviewReadModel model, RequestQueries queries) {
		this.model = model;
		this.queries = queries;
	}

	/**
	 * The precedents for a request, for its holders, IT staff and administrators: someone who may not see the
	 * request hears it does not exist (404), someone who may see it but not decide it that it is not theirs (403).
	 */
	public List<Precedent> of(Long requestId, Actor actor) {
		RequestView request = queries.view(requestId, actor);
		if (!mayConsult(request, actor)) {
			throw new UserFacingException.Forbidden("review.precedents.notYours", request.reference());
		}
		return of(request);
	}

	/** Whether this person decides the request now, or is IT staff or an administrator. */
	static boolean mayConsult(RequestView request, Actor actor) {
		return actor.seesEverything() || request.isWaiting() && request.agenda() != null
				&& RequestPolicy.decide(actor, request.standing(), request.agenda()).isAllowed();
	}

	/** The precedents for a request already read. */
	List<Precedent> of(RequestView request) {
		String product = Products.normalised(request.product());
		List<Precedent> same = new ArrayList<>();
		List<Precedent> other = new ArrayList<>();
		for (ReviewReadModel.RequestRow row : model.decidedByPeople(request.standardKey())) {
			if (row.id() == request.id()) {
				continue;
			}
			boolean sameProduct = Products.normalised(row.product()).equals(product);
			(sameProduct ? same : other).add(new Precedent(row.id(), row.reference(), row.standardKey(),
					row.standardName(), row.product(), sameProduct, row.decision(), row.decisionJustification(),
					row.decidedAt(), row.department()));
		}
		same.addAll(other);
		return List.copyOf(same.subList(0, Math.min(LIMIT, same.size())));
	}

}
