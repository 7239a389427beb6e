package com.leeway.request;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A status as a message argument, worded in the reader's language where the message is ({@code status.words.*}).
 */
final class StatusWords {

	private StatusWords() {
	}

	static MessageSourceResolvable of(RequestStatus status) {
		return new DefaultMessageSourceResolvable(new String[] { "status.words." + status.name() }, status.words());
	}

}
