package com.leeway.request;

/**
 * What a person decides about a request that waits for them.
 */
public enum Decision {

	APPROVE, DENY, ESCALATE;

}
