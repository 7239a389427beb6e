package com.leeway.conversation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.leeway.account.Actor;
import com.leeway.request.RequestPageSection;
import com.leeway.request.RequestView;

/**
 * Appeals on the request page ({@code templates/conversation/appeal.html}): the appeals so far, the form to appeal
 * for the requester of a request the rules themselves decided, and the decision form for IT staff.
 */
@Component
@Order(30)
class AppealSection implements RequestPageSection {

	private final Appeals appeals;

	AppealSection(Appeals appeals) {
		this.appeals = appeals;
	}

	@Override
	public Optional<Section> sectionFor(RequestView request, Actor reader) {
		List<AppealView> all = appeals.of(request.id(), reader);
		boolean mayAppeal = appeals.mayAppeal(request, reader);
		boolean mayDecide = reader.seesEverything() && !reader.username().equals(request.requester())
				&& all.stream().anyMatch(AppealView::isOpen);
		if (all.isEmpty() && !mayAppeal) {
			return Optional.empty();
		}
		Map<String, Object> model = new HashMap<>();
		model.put("requestId", request.id());
		model.put("appeals", all);
		model.put("mayAppeal", mayAppeal);
		model.put("mayDecide", mayDecide);
		model.put("status", request.status().name());
		return Optional.of(new Section("conversation/appeal", "appeal", model));
	}

}
