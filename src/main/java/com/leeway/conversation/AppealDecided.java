package com.leeway.conversation;

/** IT staff upheld or overturned an appeal; {@code outcome} is UPHELD or OVERTURNED. */
public record AppealDecided(Long requestId, Long appealId, String appellant, String decidedBy, String outcome) {
}
