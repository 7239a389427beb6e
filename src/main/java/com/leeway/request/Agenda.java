package com.leeway.request;

import java.time.Instant;
import java.util.List;

import com.leeway.account.Actor;

/**
 * Who holds a request, what it waits for, since when, when it is due and whether it is late. Computed once, by
 * {@link RequestAgenda}, for pages, the API, notices and jobs alike.
 *
 * @param holders the people who may act on it now (empty when it waits for nothing)
 */
public record Agenda(WaitsFor waitsFor, List<Actor> holders, Instant waitingSince, Instant dueAt, boolean late)
		implements Holding {

	public Agenda {
		holders = List.copyOf(holders);
	}

	static Agenda nothing() {
		return new Agenda(WaitsFor.NOTHING, List.of(), null, null, false);
	}

	public boolean isWaiting() {
		return waitsFor != WaitsFor.NOTHING;
	}

	@Override
	public boolean isHeldBy(String username) {
		return holders.stream().anyMatch(holder -> holder.username().equals(username));
	}

	/** The holders' names, "Maria Rossi, Marco Bianchi". */
	public String holderNames() {
		return String.join(", ", holders.stream().map(Actor::displayName).toList());
	}

}
