package com.leeway.account;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks people up: who someone is, and who manages a department.
 */
@Service
@Transactional(readOnly = true)
public class Directory {

	private final Employees employees;

	Directory(Employees employees) {
		this.employees = employees;
	}

	public Optional<Actor> find(String username) {
		return employees.findByUsername(username).map(Actor::of);
	}

	/** The managers who decide escalations for a department. */
	public List<Actor> managersOf(String department) {
		return employees.findByRoleAndDepartment(Role.MANAGER, department).stream().map(Actor::of).toList();
	}

	/**
	 * Who may decide an escalation from this department for this requester now: the department's managers, never
	 * the requester. Every question "who decides this escalation" is answered here, so deputies and the next level
	 * above a department are added in one place.
	 */
	public List<Actor> decidersFor(String department, String requester) {
		return managersOf(department).stream().filter(manager -> !manager.username().equals(requester)).toList();
	}

	public List<Actor> withRole(Role role) {
		return employees.findByRole(role).stream().map(Actor::of).toList();
	}

	/** Whether the person wants non-essential notices by e-mail as well as in the app. */
	public boolean wantsEveryNoticeByEmail(String username) {
		return employees.findByUsername(username).map(Employee::isEmailNonEssential).orElse(false);
	}

	@Transactional
	public void setEmailForEveryNotice(String username, boolean wanted) {
		employees.findByUsername(username).ifPresent(employee -> employee.setEmailNonEssential(wanted));
	}

	/** The language tag the person chose for the pages, if they chose one. */
	public Optional<String> languageOf(String username) {
		return employees.findByUsername(username).map(Employee::getLocale);
	}

	/** Keeps the person's choice of language (a language tag), or forgets it (null: the browser's language). */
	@Transactional
	public void setLanguage(String username, String languageTag) {
		employees.findByUsername(username).ifPresent(employee -> employee.setLocale(languageTag));
	}

	/** The display name of a user, or the user name itself for someone unknown (such as the system). */
	public String nameOf(String username) {
		return employees.findByUsername(username).map(Employee::getDisplayName).orElse(username);
	}

}
