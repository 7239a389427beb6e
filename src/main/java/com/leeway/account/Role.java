package com.leeway.account;

/**
 * What a person may do in Leeway.
 */
public enum Role {

	/** Any employee: asks for exceptions and follows their own requests. */
	REQUESTER,
	/** Owns the rule files and reviews requests no rule decided. */
	IT_STAFF,
	/** Decides escalated requests of their own department. */
	MANAGER,
	/** Manages people and configuration; sees everything. */
	ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
