package com.leeway.request;

/** Who holds a request now, as far as deciding it goes: an {@link Agenda} or its view. */
public interface Holding {

	/** Held by nobody: the request waits for no person. */
	Holding NOBODY = username -> false;

	/** Whether this person holds the request now. */
	boolean isHeldBy(String username);

}
