package com.leeway.request;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.leeway.account.Actor;
import com.leeway.account.Directory;
import com.leeway.account.Role;

/** {@link People} answered by the account module's directory. */
@Component
class DirectoryPeople implements People {

	private final Directory directory;

	DirectoryPeople(Directory directory) {
		this.directory = directory;
	}

	@Override
	public List<Actor> decidersFor(String department, String requester) {
		return directory.decidersFor(department, requester);
	}

	@Override
	public List<Actor> itStaff() {
		return directory.withRole(Role.IT_STAFF);
	}

	@Override
	public Optional<Actor> find(String username) {
		return directory.find(username);
	}

	@Override
	public Optional<Actor> nextLevelAbove(String department, String requester) {
		return directory.nextLevelAbove(department, requester);
	}

}
