package com.leeway.conversation;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A comment as people and other systems read it.
 *
 * @param internal a note for IT staff only (never shown to the requester)
 * @param addressedTo the e-mail address of the standard's owner a call was asked of, if any
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommentView(Long id, Long requestId, String author, String authorName, Instant writtenAt, String body,
		boolean internal, String addressedTo) {

	/** The body as plain text and links (http and https addresses only), for a page to show safely. */
	@JsonIgnore
	public List<TextWithLinks.Part> parts() {
		return TextWithLinks.parts(body);
	}

}
