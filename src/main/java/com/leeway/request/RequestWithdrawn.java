package com.leeway.request;

import java.util.List;

/**
 * The requester withdrew a request that was still waiting for a person.
 *
 * @param holders who held it when it was withdrawn (they are told, and it leaves their inbox)
 * @param reason why, if the requester said
 */
public record RequestWithdrawn(Long requestId, String reference, String requester, RequestStatus wasWaitingAs,
		List<String> holders, String reason) {

	public RequestWithdrawn {
		holders = holders == null ? List.of() : List.copyOf(holders);
	}

	public RequestWithdrawn(Long requestId, String reference, String requester, RequestStatus wasWaitingAs) {
		this(requestId, reference, requester, wasWaitingAs, List.of(), null);
	}

}
