package com.leeway.followup;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.leeway.account.Actor;
import com.leeway.request.RequestPageSection;
import com.leeway.request.RequestPolicy;
import com.leeway.request.RequestView;

/**
 * The satisfaction question on the request page, for its requester once it no longer waits.
 */
@Component
class SatisfactionSection implements RequestPageSection {

	private final Surveys surveys;

	SatisfactionSection(Surveys surveys) {
		this.surveys = surveys;
	}

	@Override
	public Optional<Section> sectionFor(RequestView request, Actor reader) {
		if (!RequestPolicy.rate(reader, request.standing()).isAllowed()) {
			return Optional.empty();
		}
		Map<String, Object> model = new HashMap<>();
		model.put("requestId", request.id());
		model.put("rating", surveys.answerOf(request.id(), reader).map(Satisfaction::getRating).orElse(null));
		return Optional.of(new Section("followup/sections", "satisfaction", model));
	}

}
