package com.leeway.survey;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.leeway.account.Actor;
import com.leeway.request.RequestPageSection;
import com.leeway.request.RequestView;

/**
 * The question "how did it go?" on the page of a closed request, for its requester only, with their answer once
 * given ({@code templates/survey/section.html}).
 */
@Component
class SatisfactionSection implements RequestPageSection {

	private final SatisfactionRepository answers;

	SatisfactionSection(SatisfactionRepository answers) {
		this.answers = answers;
	}

	@Override
	public Optional<Section> sectionFor(RequestView request, Actor reader) {
		if (!reader.username().equals(request.requester()) || !Surveys.isClosedForSurvey(request.status())) {
			return Optional.empty();
		}
		Map<String, Object> model = new HashMap<>();
		model.put("requestId", request.id());
		model.put("rating", answers.findById(request.id()).map(Satisfaction::getRating).orElse(null));
		return Optional.of(new Section("survey/section", "satisfaction", model));
	}

}
