package com.leeway.account;

/**
 * The signed-in person a use case acts for: a plain snapshot, safe to pass between modules.
 */
public record Actor(String username, String displayName, Role role, String department, String email) {

	public static Actor of(Employee employee) {
		return new Actor(employee.getUsername(), employee.getDisplayName(), employee.getRole(),
				employee.getDepartment(), employee.getEmail());
	}

	public boolean is(Role wanted) {
		return role == wanted;
	}

	/** IT staff and administrators see every request. */
	public boolean seesEverything() {
		return role == Role.IT_STAFF || role == Role.ADMIN;
	}

}
