package com.leeway.request;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.leeway.account.Actor;

/**
 * {@link People} that asks the directory each question once: a list of requests names the same few deciders again
 * and again, and a page asks once per department and requester instead of once per row.
 */
final class RememberingPeople implements People {

	private final People people;

	private final Map<String, List<Actor>> deciders = new HashMap<>();

	private final Map<String, Optional<Actor>> found = new HashMap<>();

	private final Map<String, Optional<Actor>> nextLevels = new HashMap<>();

	private List<Actor> itStaff;

	RememberingPeople(People people) {
		this.people = people;
	}

	@Override
	public List<Actor> decidersFor(String department, String requester) {
		return deciders.computeIfAbsent(department + '\n' + requester,
				ignored -> people.decidersFor(department, requester));
	}

	@Override
	public List<Actor> itStaff() {
		if (itStaff == null) {
			itStaff = people.itStaff();
		}
		return itStaff;
	}

	@Override
	public Optional<Actor> find(String username) {
		return found.computeIfAbsent(username, people::find);
	}

	@Override
	public Optional<Actor> nextLevelAbove(String department, String requester) {
		return nextLevels.computeIfAbsent(department + '\n' + requester,
				ignored -> people.nextLevelAbove(department, requester));
	}

}
