package com.leeway.request;

/** A granted exception was put on hold because a declared emergency covers it. */
public record RequestSuspended(Long requestId, String reference, String requester, String reason) {
}
