package com.leeway.conversation;

import java.time.Instant;

/** A requester appealed against the rules' decision; IT staff decide it by {@code dueAt}. */
public record AppealFiled(Long requestId, Long appealId, String appellant, Instant dueAt) {
}
