package com.leeway.account;

/**
 * The first administrator's account as the person setting Leeway up enters it, with the one-time setup code.
 */
public record NewAdministrator(String setupCode, String username, String displayName, String email, String password,
		String repeatedPassword) {

	@Override
	public String toString() {
		return "NewAdministrator[" + username + "]";
	}

}
