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

	public boolean isEnabled() {
		return enabled;
	}

}
