package com.leeway.account;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks people up: who someone is, who manages a department, and — the one answer every module uses — who may
 * decide an escalation from a department for a requester now.
 * <p>
 * Who decides is worked out level by level, going up until a level has somebody who may decide:
 * <ol>
 * <li>the department's managers, with the deputies acting for them today;</li>
 * <li>the department's next level (a person such as the department head), with their acting deputies; when that
 * person cannot decide (it is their own request, or their account is switched off), whoever decides for them in
 * their own department, and so on up;</li>
 * <li>the company's top level (the head of IT, say), chosen by administrators, with their acting deputies;</li>
 * <li>the administrators; and if there is none, any manager.</li>
 * </ol>
 * Nobody ever decides their own request, nobody switched off decides, and a deputy acts only between their dates
 * (by {@link Clock}'s day, in UTC). A level is passed over when everybody on it was already on an earlier one.
 */
@Service
@Transactional(readOnly = true)
public class Directory {

	private final Employees employees;

	private final Departments departments;

	private final DeputyAssignments deputies;

	private final OrganisationSettings settings;

	private final Clock clock;

	Directory(Employees employees, Departments departments, DeputyAssignments deputies, OrganisationSettings settings,
			Clock clock) {
		this.employees = employees;
		this.departments = departments;
		this.deputies = deputies;
		this.settings = settings;
		this.clock = clock;
	}

	public Optional<Actor> find(String username) {
		return employees.findByUsername(username).map(Actor::of);
	}

	/** The one active person with this e-mail address, if exactly one has it. */
	public Optional<Actor> findByEmail(String email) {
		List<Employee> found = email == null ? List.of()
				: employees.findByEmailIgnoreCase(email.trim()).stream().filter(Employee::isEnabled).toList();
		return found.size() == 1 ? Optional.of(Actor.of(found.get(0))) : Optional.empty();
	}

	/**
	 * The managers of a department, as administrators set them (people whose account is switched off left out).
	 * A department Leeway does not know yet (a new one from the identity provider) has the people with the role
	 * MANAGER in it as managers, as before departments were kept.
	 */
	public List<Actor> managersOf(String department) {
		if (department == null) {
			return List.of();
		}
		Optional<Department> known = departments.findByNameKey(Department.keyOf(department));
		if (known.isEmpty()) {
			return employees.findByRoleAndDepartment(Role.MANAGER, department)
				.stream()
				.filter(Employee::isEnabled)
				.map(Actor::of)
				.toList();
		}
		return people(known.get().getManagersSorted());
	}

	/**
	 * Who may decide an escalation from this department for this requester now: the department's managers other
	 * than the requester and the deputies acting for them today; if there is nobody, the next level above them,
	 * going up as far as needed (see the class description). Never the requester; empty only when nobody at all
	 * could decide.
	 */
	public List<Actor> decidersFor(String department, String requester) {
		return decidersAt(department, requester, 0);
	}

	/**
	 * The person an overdue decision passes to: the principal of the first level above the one
	 * {@link #decidersFor} answers (the department head above the managers, the top level above the department
	 * head). Never the requester, nor one of those who could decide it until now. Empty when there is no level
	 * above.
	 */
	public Optional<Actor> nextLevelAbove(String department, String requester) {
		List<Level> levels = levels(department, requester, 2);
		return levels.size() < 2 ? Optional.empty() : levels.get(1).principals().stream().findFirst();
	}

	/**
	 * Who may decide an overdue escalation once it has passed up: the level above {@link #decidersFor}, that is
	 * {@link #nextLevelAbove}'s person with the deputies acting for them today. Never the requester.
	 */
	public List<Actor> decidersAbove(String department, String requester) {
		return decidersAt(department, requester, 1);
	}

	/**
	 * Who decides after an escalation has passed up {@code levelsUp} times (0 is {@link #decidersFor}, 1
	 * {@link #decidersAbove}); empty when there are not that many levels above.
	 */
	public List<Actor> decidersAt(String department, String requester, int levelsUp) {
		if (levelsUp < 0) {
			throw new IllegalArgumentException("levelsUp must not be negative");
		}
		List<Level> levels = levels(department, requester, levelsUp + 1);
		return levels.size() <= levelsUp ? List.of() : levels.get(levelsUp).deciders();
	}

	/** The person administrators chose as the company's top level, if any. */
	public Optional<Actor> topLevel() {
		return settings.get(OrganisationSettings.TOP_LEVEL).flatMap(this::find);
	}

	/** The deputies acting today for this person. */
	public List<Actor> deputiesActingFor(String username) {
		return deputies.actingFor(List.of(username), today()).stream().map(Deputy::getDeputy)
			.distinct()
			.map(employees::findByUsername)
			.flatMap(Optional::stream)
			.filter(Employee::isEnabled)
			.map(Actor::of)
			.toList();
	}

	/** One level of who decides: the people it stands for, and who decides on it (them and their deputies). */
	private record Level(List<Actor> principals, List<Actor> deciders) {
	}

	/** The first {@code wanted} levels with somebody who may decide, each with people no earlier level had. */
	private List<Level> levels(String department, String requester, int wanted) {
		List<Level> found = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		Set<String> excluded = new HashSet<>();
		if (requester != null) {
			excluded.add(requester);
		}
		LocalDate today = today();
		Set<String> visitedDepartments = new HashSet<>();
		String current = department;
		while (current != null && visitedDepartments.add(Department.keyOf(current)) && found.size() < wanted) {
			addLevel(found, seen, excluded, managerNames(current), today);
			String next = nextLevelOf(current).orElse(null);
			if (next == null || found.size() >= wanted) {
				break;
			}
			// the next level decides unless it is their own request or they are switched off; either way the level
			// above them is whoever decides for them in their own department
			addLevel(found, seen, excluded, List.of(next), today);
			current = employees.findByUsername(next).map(Employee::getDepartment).orElse(null);
		}
		if (found.size() < wanted) {
			settings.get(OrganisationSettings.TOP_LEVEL)
				.ifPresent(top -> addLevel(found, seen, excluded, List.of(top), today));
		}
		if (found.size() < wanted) {
			addLevel(found, seen, excluded, employees.findByRole(Role.ADMIN).stream().map(Employee::getUsername)
				.sorted()
				.toList(), today);
		}
		if (found.size() < wanted) {
			addLevel(found, seen, excluded, employees.findByRole(Role.MANAGER).stream().map(Employee::getUsername)
				.sorted()
				.toList(), today);
		}
		return found;
	}

	/** Adds a level for these people when it has somebody new who may decide. */
	private void addLevel(List<Level> found, Set<String> seen, Set<String> excluded, List<String> names,
			LocalDate today) {
		List<String> principals = names.stream().filter(name -> !excluded.contains(name) && !seen.contains(name))
			.toList();
		List<String> deputyNames = deputies.actingFor(names.stream().filter(name -> !excluded.contains(name)).toList(),
				today).stream().map(Deputy::getDeputy).toList();
		Map<String, Actor> deciders = new LinkedHashMap<>();
		for (String name : concat(principals, deputyNames)) {
			if (!excluded.contains(name) && !seen.contains(name) && !deciders.containsKey(name)) {
				employees.findByUsername(name).filter(Employee::isEnabled)
					.ifPresent(employee -> deciders.put(name, Actor.of(employee)));
			}
		}
		if (deciders.isEmpty()) {
			return;
		}
		seen.addAll(deciders.keySet());
		found.add(new Level(principals.stream().filter(deciders::containsKey).map(deciders::get).toList(),
				List.copyOf(deciders.values())));
	}

	private static List<String> concat(Collection<String> first, Collection<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

	private List<String> managerNames(String department) {
		if (department == null) {
			return List.of();
		}
		return departments.findByNameKey(Department.keyOf(department))
			.map(Department::getManagersSorted)
			.orElseGet(() -> employees.findByRoleAndDepartment(Role.MANAGER, department)
				.stream()
				.map(Employee::getUsername)
				.sorted()
				.toList());
	}

	private Optional<String> nextLevelOf(String department) {
		return departments.findByNameKey(Department.keyOf(department)).map(Department::getNextLevel);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private List<Actor> people(Collection<String> usernames) {
		return usernames.stream()
			.map(employees::findByUsername)
			.flatMap(Optional::stream)
			.filter(Employee::isEnabled)
			.map(Actor::of)
			.toList();
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
