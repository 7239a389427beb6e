package com.leeway.emergency;

/** What happens to a new request an emergency covers. */
public enum Effect {

	/** Refused at once, with the emergency's reason. */
	DENY,
	/** Held for IT staff to review, whatever the rules say (a denial stays a denial). */
	HOLD

}
