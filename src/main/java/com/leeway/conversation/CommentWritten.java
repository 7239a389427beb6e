package com.leeway.conversation;

import java.util.List;

/**
 * Someone wrote a comment on a request; {@code recipients} are the others who may read it and are told (for an
 * internal note, IT staff only; never the requester).
 *
 * @param addressedTo the owner's e-mail address when the comment asks a standard's owner for a call
 */
public record CommentWritten(Long requestId, Long commentId, String author, boolean internal, List<String> recipients,
		String addressedTo) {

	public CommentWritten {
		recipients = List.copyOf(recipients);
	}

}
