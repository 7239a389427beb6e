package com.leeway.review;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.leeway.account.Actor;
import com.leeway.request.RequestPageSection;
import com.leeway.request.RequestView;

/**
 * Earlier decisions on similar requests, on the page of a waiting request, for the people who decide it now
 * ({@code templates/review/precedents.html}).
 */
@Component
class PrecedentsSection implements RequestPageSection {

	private final Precedents precedents;

	PrecedentsSection(Precedents precedents) {
		this.precedents = precedents;
	}

	@Override
	public Optional<Section> sectionFor(RequestView request, Actor reader) {
		if (!request.isWaiting() || request.agenda() == null
				|| !com.leeway.request.RequestPolicy.decide(reader, request.standing(), request.agenda()).isAllowed()) {
			return Optional.empty();
		}
		Map<String, Object> model = new HashMap<>();
		model.put("precedents", precedents.of(request));
		model.put("product", request.product());
		model.put("standardName", request.standardName());
		return Optional.of(new Section("review/precedents", "precedents", model));
	}

}
