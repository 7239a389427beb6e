package com.leeway.conversation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.leeway.account.Actor;
import com.leeway.request.RequestPageSection;
import com.leeway.request.RequestView;
import com.leeway.ruling.RuleEvaluator;

/**
 * "Who to talk to about this standard" on the request page ({@code templates/conversation/owner.html}): the owner
 * the active rule set names for the request's standard, with working e-mail, telephone and chat links, and a form
 * to ask them for a call (a comment addressed to them, of which they are told).
 */
@Component
@Order(5)
class OwnerSection implements RequestPageSection {

	private final RuleEvaluator rulings;

	OwnerSection(RuleEvaluator rulings) {
		this.rulings = rulings;
	}

	@Override
	public Optional<Section> sectionFor(RequestView request, Actor reader) {
		return rulings.standards().find(request.standardKey()).filter(standard -> standard.owner() != null).map(standard -> {
			Map<String, Object> model = new HashMap<>();
			model.put("requestId", request.id());
			model.put("owner", standard.owner());
			model.put("standardName", standard.name());
			model.put("mayAskForCall", standard.owner().email() != null);
			return new Section("conversation/owner", "owner", model);
		});
	}

}
