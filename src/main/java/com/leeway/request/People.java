package com.leeway.request;

import java.util.List;
import java.util.Optional;

import com.leeway.account.Actor;

/**
 * The people questions the agenda asks, answered by the directory in the application and by a plain list in the
 * agenda's tests.
 */
public interface People {

	/** Who decides an escalation from this department for this requester ({@code Directory.decidersFor}). */
	List<Actor> decidersFor(String department, String requester);

	/** Every member of IT staff. */
	List<Actor> itStaff();

	Optional<Actor> find(String username);

	/** Who an overdue escalation passes to: the level above the department's deciders ({@code Directory.nextLevelAbove}). */
	Optional<Actor> nextLevelAbove(String department, String requester);

}
