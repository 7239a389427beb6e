package com.leeway.request;

/**
 * Optional filters for request lists; {@code null} means "any".
 */
public record RequestFilter(RequestStatus status, String standardKey, String department, Boolean mineOnly) {

	public static RequestFilter none() {
		return new RequestFilter(null, null, null, null);
	}

}
