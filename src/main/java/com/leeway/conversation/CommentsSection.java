package com.leeway.conversation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.leeway.account.Actor;
import com.leeway.request.RequestPageSection;
import com.leeway.request.RequestView;

/**
 * The comments on the request page ({@code templates/conversation/comments.html}) for everyone who may see the
 * request, with the form to write one; internal notes only for those who read them, clearly marked.
 */
@Component
@Order(20)
class CommentsSection implements RequestPageSection {

	private final Comments comments;

	CommentsSection(Comments comments) {
		this.comments = comments;
	}

	@Override
	public Optional<Section> sectionFor(RequestView request, Actor reader) {
		Map<String, Object> model = new HashMap<>();
		model.put("requestId", request.id());
		model.put("comments", comments.of(request.id(), reader));
		model.put("mayWriteInternal", Comments.readsInternalNotes(reader, request.standing()));
		model.put("maxLength", Comments.MAX_LENGTH);
		return Optional.of(new Section("conversation/comments", "comments", model));
	}

}
