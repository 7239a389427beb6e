package com.leeway.account;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The security principal of a signed-in person, carrying who they are for the use cases.
 */
public class SignedInUser extends User {

	private final Actor actor;

	SignedInUser(Employee employee) {
		super(employee.getUsername(), employee.getPasswordHash(), employee.isEnabled(), true, true, true,
				List.of(new SimpleGrantedAuthority(employee.getRole().authority())));
		this.actor = Actor.of(employee);
	}

	public Actor actor() {
		return actor;
	}

}
