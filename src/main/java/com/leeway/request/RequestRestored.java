package com.leeway.request;

/** A suspended exception is granted again: the emergency that suspended it has ended. */
public record RequestRestored(Long requestId, String reference, String requester) {
}
