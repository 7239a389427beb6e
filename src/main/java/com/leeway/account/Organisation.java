package com.leeway.account;

import static com.leeway.account.ChangeLog.state;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leeway.account.AdministrationRefused.Kind;

/**
 * Departments as administrators keep them — name, managers, the next level above the managers — and the company's
 * top level. Every change is recorded in the {@link ChangeLog}.
 * <p>
 * People keep following their role: whoever becomes a MANAGER in a department (created, changed by an
 * administrator, or so at their sign-in with the identity provider) is added to its managers, and removed when
 * they stop being a MANAGER there. Administrators may add or remove further managers; that stays as they set it
 * until the person's role or department changes again.
 */
@Service
public class Organisation {

	static final int LONGEST_NAME = 64;

	private final Departments departments;

	private final Employees employees;

	private final OrganisationSettings settings;

	private final ChangeLog changes;

	Organisation(Departments departments, Employees employees, OrganisationSettings settings, ChangeLog changes) {
		this.departments = departments;
		this.employees = employees;
		this.settings = settings;
		this.changes = changes;
	}

	@Transactional(readOnly = true)
	public List<Department> departments() {
		return departments.findAllByOrderByNameKeyAsc();
	}

	@Transactional(readOnly = true)
	public Department department(long id) {
		return departments.findById(id)
			.orElseThrow(() -> AdministrationRefused.of(Kind.NOT_FOUND, "admin.department.notFound", id));
	}

	/** How many people are in each department (by name, in lower case). */
	@Transactional(readOnly = true)
	public long peopleIn(Department department) {
		return employees.countByDepartmentIgnoreCase(department.getName());
	}

	@Transactional
	public Department create(String by, String name, Collection<String> managers, String nextLevel) {
		String checked = checkName(name);
		if (departments.findByNameKey(Department.keyOf(checked)).isPresent()) {
			throw AdministrationRefused.input("name", "admin.department.name.taken", checked);
		}
		Set<String> managerNames = checkManagers(managers);
		String next = checkNextLevel(nextLevel, managerNames);
		Department department = new Department(checked);
		department.setManagers(managerNames);
		department.setNextLevel(next);
		departments.save(department);
		changes.record(by, "department", department.getName(), "created", null, stateOf(department));
		return department;
	}

	/**
	 * Changes a department's managers and next level (and the capitals of its name; a department keeps its name,
	 * because requests refer to it). Null managers or next level leave them as they are; an empty next level
	 * removes it.
	 */
	@Transactional
	public Department update(String by, long id, String name, Collection<String> managers, String nextLevel) {
		Department department = department(id);
		Map<String, Object> before = stateOf(department);
		if (name != null) {
			String checked = checkName(name);
			if (!Department.keyOf(checked).equals(Department.keyOf(department.getName()))) {
				throw AdministrationRefused.input("name", "admin.department.name.fixed", department.getName());
			}
			department.rename(checked);
		}
		Set<String> managerNames = managers == null ? department.getManagers() : checkManagers(managers);
		String next = nextLevel == null ? department.getNextLevel() : checkNextLevel(nextLevel, managerNames);
		department.setManagers(managerNames);
		department.setNextLevel(next);
		Map<String, Object> after = stateOf(department);
		if (!before.equals(after)) {
			changes.record(by, "department", department.getName(), "changed", before, after);
		}
		return department;
	}

	/** Removes a department nobody is in any more. */
	@Transactional
	public void delete(String by, long id) {
		Department department = department(id);
		long people = peopleIn(department);
		if (people > 0) {
			throw AdministrationRefused.of(Kind.CONFLICT, "admin.department.inUse", department.getName(), people);
		}
		changes.record(by, "department", department.getName(), "deleted", stateOf(department), null);
		departments.delete(department);
	}

	/** The person above every department's next level (the head of IT, say), if administrators chose one. */
	@Transactional(readOnly = true)
	public Optional<String> topLevel() {
		return settings.get(OrganisationSettings.TOP_LEVEL);
	}

	/** Chooses the company's top level; blank removes it (the administrators are then the last level). */
	@Transactional
	public void setTopLevel(String by, String username) {
		String wanted = username == null || username.isBlank() ? null : username.strip();
		if (wanted != null && employees.findByUsername(wanted).isEmpty()) {
			throw AdministrationRefused.input("topLevel", "admin.person.unknown", wanted);
		}
		String before = topLevel().orElse(null);
		if (java.util.Objects.equals(before, wanted)) {
			return;
		}
		settings.set(OrganisationSettings.TOP_LEVEL, wanted);
		changes.record(by, "setting", OrganisationSettings.TOP_LEVEL, "changed", state("topLevel", before),
				state("topLevel", wanted));
	}

	/**
	 * Keeps departments following a person's role and department: the new department exists afterwards, a new
	 * MANAGER there is one of its managers, and someone who stops being a MANAGER there is no longer. The name the
	 * department is known by is returned, so the person's department is written with the same capitals.
	 */
	@Transactional
	String follow(String username, Role roleBefore, String departmentBefore, Role role, String department) {
		Department now = departments.findByNameKey(Department.keyOf(department))
			.orElseGet(() -> departments.save(new Department(department)));
		boolean wasManager = roleBefore == Role.MANAGER && departmentBefore != null;
		boolean sameDepartment = departmentBefore != null
				&& Department.keyOf(departmentBefore).equals(Department.keyOf(department));
		boolean isManager = role == Role.MANAGER;
		if (wasManager && !(isManager && sameDepartment)) {
			departments.findByNameKey(Department.keyOf(departmentBefore))
				.ifPresent(old -> old.removeManager(username));
		}
		if (isManager && !(wasManager && sameDepartment)) {
			now.addManager(username);
		}
		return now.getName();
	}

	static Map<String, Object> stateOf(Department department) {
		return state("name", department.getName(), "managers", department.getManagersSorted(), "nextLevel",
				department.getNextLevel());
	}

	static String checkName(String name) {
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty() || trimmed.length() > LONGEST_NAME || !trimmed.matches("[^\\p{Cntrl}]*")) {
			throw AdministrationRefused.input("name", "admin.department.name.invalid", LONGEST_NAME);
		}
		return trimmed;
	}

	private Set<String> checkManagers(Collection<String> managers) {
		Set<String> names = new TreeSet<>();
		List<String> unknown = new ArrayList<>();
		for (String manager : new LinkedHashSet<>(managers)) {
			if (manager == null || manager.isBlank()) {
				continue;
			}
			String name = manager.strip();
			if (employees.findByUsername(name).isEmpty()) {
				unknown.add(name);
			}
			names.add(name);
		}
		if (!unknown.isEmpty()) {
			throw AdministrationRefused.input("managers", "admin.person.unknown", String.join(", ", unknown));
		}
		return names;
	}

	private String checkNextLevel(String nextLevel, Set<String> managers) {
		if (nextLevel == null || nextLevel.isBlank()) {
			return null;
		}
		String name = nextLevel.strip();
		if (employees.findByUsername(name).isEmpty()) {
			throw AdministrationRefused.input("nextLevel", "admin.person.unknown", name);
		}
		if (managers.contains(name)) {
			throw AdministrationRefused.input("nextLevel", "admin.department.nextLevel.isManager", name);
		}
		return name;
	}

}
