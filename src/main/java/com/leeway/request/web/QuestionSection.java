package com.leeway.request.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.leeway.account.Actor;
import com.leeway.request.RequestPageSection;
import com.leeway.request.RequestPolicy;
import com.leeway.request.RequestView;

/**
 * Questions that pause the clock, on the request page ({@code templates/request/conversation.html}): the open
 * question for everyone who sees the request, the answer form (which may change what is asked for) for the
 * requester, and the "ask the requester" form for whoever holds the request.
 */
@Component
@Order(10)
class QuestionSection implements RequestPageSection {

	@Override
	public Optional<Section> sectionFor(RequestView request, Actor reader) {
		RequestPolicy.Allowed may = request.allowedFor(reader);
		if (request.question() == null && !may.ask() && !may.answer()) {
			return Optional.empty();
		}
		Map<String, Object> model = new HashMap<>();
		model.put("request", request);
		model.put("mayAsk", may.ask());
		model.put("mayAnswer", may.answer());
		return Optional.of(new Section("request/conversation", "question", model));
	}

}
