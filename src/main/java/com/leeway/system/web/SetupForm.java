package com.leeway.system.web;

import com.leeway.account.NewAdministrator;

/**
 * What the setup page posts: the one-time code and the first administrator's account.
 */
public class SetupForm {

	private String setupCode;

	private String username;

	private String displayName;

	private String email;

	private String password;

	private String repeatedPassword;

	NewAdministrator toCommand() {
		return new NewAdministrator(setupCode, username, displayName, email, password, repeatedPassword);
	}

	/** Passwords are never sent back to the browser. */
	void forgetPasswords() {
		password = "";
		repeatedPassword = "";
	}

	public String getSetupCode() {
		return setupCode;
	}

	public void setSetupCode(String setupCode) {
		this.setupCode = setupCode;
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getRepeatedPassword() {
		return repeatedPassword;
	}

	public void setRepeatedPassword(String repeatedPassword) {
		this.repeatedPassword = repeatedPassword;
	}

}
