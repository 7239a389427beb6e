package com.leeway.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person with a Leeway account.
 */
@Entity
@Table(name = "employee")
public class Employee {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String username;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(nullable = false)
	private String email;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@Column(nullable = false)
	private String department;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "email_non_essential", nullable = false)
	private boolean emailNonEssential = true;

	/** The issuer of the identity provider the person signs in with; null for a local account. */
	@Column(name = "identity_source")
	private String identitySource;

	/** The provider's id of the person ({@code sub}); null for a local account. */
	@Column(name = "subject")
	private String subject;

	/** The language the person chose for the pages (a language tag such as "de"); null for the browser's. */
	@Column(name = "locale", length = 16)
	private String locale;

	protected Employee() {
	}

	public Employee(String username, String displayName, String email, String passwordHash, Role role,
			String department) {
		this.username = username;
		this.displayName = displayName;
		this.email = email;
		this.passwordHash = passwordHash;
		this.role = role;
		this.department = department;
	}

	/** A person known from the identity provider: no Leeway password, details taken from the provider. */
	static Employee fromProvider(String identitySource, String subject, String username, String displayName,
			String email, Role role, String department) {
		Employee employee = new Employee(username, displayName, email, NO_PASSWORD, role, department);
		employee.identitySource = identitySource;
		employee.subject = subject;
		return employee;
	}

	/** Marks a person of the identity provider: no password matches it, and local sign-in skips such people. */
	static final String NO_PASSWORD = "{provider}-";

	/** Takes over what the identity provider says of the person at sign-in (the user name never changes). */
	void updateFromProvider(String displayName, String email, Role role, String department) {
		this.displayName = displayName;
		this.email = email;
		this.role = role;
		this.department = department;
	}

	/** An administrator's change of the person's details; null leaves a detail as it is. */
	void change(String displayName, String email, Role role, String department) {
		if (displayName != null) {
			this.displayName = displayName;
		}
		if (email != null) {
			this.email = email;
		}
		if (role != null) {
			this.role = role;
		}
		if (department != null) {
			this.department = department;
		}
	}

	/** Switches the account on or off; a person switched off cannot sign in in any way and decides nothing. */
	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	/** Whether the person signs in with a Leeway password (not with the identity provider). */
	public boolean isLocal() {
		return identitySource == null;
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getEmail() {
		return email;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public Role getRole() {
		return role;
	}

	public String getDepartment() {
		return department;
	}

	/** Whether the person wants every notice by e-mail, not only the essential ones. */
	public boolean isEmailNonEssential() {
		return emailNonEssential;
	}

	public void setEmailNonEssential(boolean emailNonEssential) {
		this.emailNonEssential = emailNonEssential;
	}

	public String getLocale() {
		return locale;
	}

	public void setLocale(String locale) {
		this.locale = locale;
	}

	public boolean isEnabled() {
		return enabled;
	}

}
