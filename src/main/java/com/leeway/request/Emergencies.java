package com.leeway.request;

import java.time.Instant;
import java.util.Optional;

/**
 * What the request module asks before it stores a new request: does a declared emergency cover this standard or
 * product now, and what does it do to new requests? Another module answers (the request module does not know it);
 * without one, no emergency covers anything.
 */
public interface Emergencies {

	/** The emergency covering a new request for this product under this standard now, if any. */
	Optional<Covering> covering(String standardKey, String product);

	/**
	 * An emergency as a new request meets it.
	 *
	 * @param deny true: new requests in scope are denied with the reason; false: they are held for IT staff review
	 */
	record Covering(long id, String reason, Instant endsAt, boolean deny) {
	}

	/** No emergency, ever. */
	Emergencies NONE = (standardKey, product) -> Optional.empty();

}
