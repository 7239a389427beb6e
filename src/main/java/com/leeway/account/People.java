package com.leeway.account;

import static com.leeway.account.ChangeLog.state;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leeway.account.AdministrationRefused.Kind;
import com.leeway.account.AdministrationRefused.Problem;

/**
 * People as administrators manage them: find, create local accounts (with the {@link PasswordRules}), change
 * name, e-mail address, role and department, switch accounts off and on again, and import many local accounts
 * from CSV at once. Every change is recorded in the {@link ChangeLog}. A person switched off cannot sign in by
 * form, HTTP Basic, access key or the identity provider, and decides nothing.
 */
@Service
public class People {

	static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{2,64}");

	static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

	/** The columns of a CSV import, in this order, in its first line. */
	public static final List<String> CSV_COLUMNS = List.of("username", "displayName", "email", "role", "department",
			"password");

	public static final int MOST_IMPORTED = 5000;

	public static final int LONGEST_IMPORT = 1_000_000;

	private final Employees employees;

	private final Organisation organisation;

	private final PasswordEncoder passwordEncoder;

	private final ChangeLog changes;

	People(Employees employees, Organisation organisation, PasswordEncoder passwordEncoder, ChangeLog changes) {
		this.employees = employees;
		this.organisation = organisation;
		this.passwordEncoder = passwordEncoder;
		this.changes = changes;
	}

	/** People whose user name, name, e-mail address or department contains the text (everybody for none). */
	@Transactional(readOnly = true)
	public Page<Employee> search(String text, int page, int size) {
		String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace("%", "")) + "%";
		return employees.search(pattern, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200)));
	}

	@Transactional(readOnly = true)
	public Employee person(String username) {
		return employees.findByUsername(username == null ? "" : username)
			.orElseThrow(() -> AdministrationRefused.of(Kind.NOT_FOUND, "admin.person.notFound", username));
	}

	/** A new local account: signs in with the password given, which must follow the password rules. */
	@Transactional
	public Employee create(String by, NewPerson person) {
		List<Problem> problems = check(person, "", new HashSet<>());
		if (!problems.isEmpty()) {
			throw new AdministrationRefused(Kind.INPUT, problems);
		}
		return save(by, person);
	}

	/**
	 * Changes a person's details; a null detail stays as it is. People of the identity provider get their name,
	 * e-mail address, role and department from it again at their next sign-in.
	 */
	@Transactional
	public Employee change(String by, String username, String displayName, String email, String role,
			String department) {
		Employee employee = person(username);
		List<Problem> problems = new ArrayList<>();
		String name = displayName == null ? null : displayName.strip();
		if (name != null && (name.isEmpty() || name.length() > 128 || !plain(name))) {
			problems.add(new Problem("displayName", "setup.displayName.invalid"));
		}
		String address = email == null ? null : email.strip();
		if (address != null && !validEmail(address)) {
			problems.add(new Problem("email", "setup.email.invalid"));
		}
		Role newRole = null;
		if (role != null) {
			newRole = roleOf(role).orElse(null);
			if (newRole == null) {
				problems.add(new Problem("role", "admin.person.role.invalid"));
			}
		}
		String newDepartment = department == null ? null : department.strip();
		if (newDepartment != null && !validDepartment(newDepartment)) {
			problems.add(new Problem("department", "admin.department.name.invalid", Organisation.LONGEST_NAME));
		}
		if (!problems.isEmpty()) {
			throw new AdministrationRefused(Kind.INPUT, problems);
		}
		if (newRole != null && newRole != Role.ADMIN && employee.getRole() == Role.ADMIN) {
			keepAnAdministrator(by, employee);
		}
		Map<String, Object> before = stateOf(employee);
		Role roleBefore = employee.getRole();
		String departmentBefore = employee.getDepartment();
		employee.change(name, address, newRole, newDepartment);
		String known = organisation.follow(employee.getUsername(), roleBefore, departmentBefore, employee.getRole(),
				employee.getDepartment());
		employee.change(null, null, null, known);
		Map<String, Object> after = stateOf(employee);
		if (!before.equals(after)) {
			changes.record(by, "person", employee.getUsername(), "changed", before, after);
		}
		return employee;
	}

	/** Switches an account off (it can no longer sign in) or on again. */
	@Transactional
	public Employee setActive(String by, String username, boolean active) {
		Employee employee = person(username);
		if (employee.isEnabled() == active) {
			return employee;
		}
		if (!active) {
			if (employee.getUsername().equals(by)) {
				throw AdministrationRefused.of(Kind.CONFLICT, "admin.person.notYourself");
			}
			if (employee.getRole() == Role.ADMIN) {
				keepAnAdministrator(by, employee);
			}
		}
		Map<String, Object> before = stateOf(employee);
		employee.setEnabled(active);
		changes.record(by, "person", employee.getUsername(), active ? "reactivated" : "deactivated", before,
				stateOf(employee));
		return employee;
	}

	/**
	 * Creates local accounts from CSV: a first line naming the columns {@link #CSV_COLUMNS}, then one person per
	 * line. Either every line is right and all are created, or nothing is and every problem is named by its line
	 * and field.
	 */
	@Transactional
	public List<Employee> importCsv(String by, String csv) {
		if (csv == null || csv.isBlank()) {
			throw AdministrationRefused.input("csv", "admin.import.empty", String.join(",", CSV_COLUMNS));
		}
		if (csv.length() > LONGEST_IMPORT) {
			throw AdministrationRefused.input("csv", "admin.import.tooLarge", LONGEST_IMPORT);
		}
		List<CsvLines.Line> lines;
		try {
			lines = CsvLines.read(csv);
		}
		catch (CsvLines.Unreadable ex) {
			throw AdministrationRefused.input("line " + ex.line(), "admin.import.quotes", ex.line());
		}
		if (lines.isEmpty() || !lines.get(0).values().stream().map(String::strip).toList().equals(CSV_COLUMNS)) {
			throw AdministrationRefused.input("line 1", "admin.import.header", String.join(",", CSV_COLUMNS));
		}
		List<CsvLines.Line> people = lines.subList(1, lines.size()).stream()
			.filter(line -> !(line.values().size() == 1 && line.values().get(0).isBlank()))
			.toList();
		if (people.isEmpty()) {
			throw AdministrationRefused.input("csv", "admin.import.empty", String.join(",", CSV_COLUMNS));
		}
		if (people.size() > MOST_IMPORTED) {
			throw AdministrationRefused.input("csv", "admin.import.tooMany", MOST_IMPORTED);
		}
		List<Problem> problems = new ArrayList<>();
		List<NewPerson> valid = new ArrayList<>();
		Set<String> usernames = new HashSet<>();
		for (CsvLines.Line line : people) {
			String prefix = "line " + line.number() + ": ";
			if (line.values().size() != CSV_COLUMNS.size()) {
				problems.add(new Problem("line " + line.number(), "admin.import.columns", line.number(),
						line.values().size(), CSV_COLUMNS.size()));
				continue;
			}
			List<String> v = line.values();
			NewPerson person = new NewPerson(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5));
			List<Problem> found = check(person, prefix, usernames);
			found.forEach(problem -> problems.add(new Problem(problem.field(), problem.messageKey(),
					problem.arguments())));
			if (found.isEmpty()) {
				valid.add(person);
			}
		}
		if (!problems.isEmpty()) {
			throw new AdministrationRefused(Kind.INPUT, problems);
		}
		return valid.stream().map(person -> save(by, person)).toList();
	}

	private Employee save(String by, NewPerson person) {
		String username = person.username().strip();
		Role role = roleOf(person.role()).orElseThrow();
		String department = organisation.follow(username, null, null, role, person.department().strip());
		Employee employee = employees.save(new Employee(username, person.displayName().strip(),
				person.email().strip(), passwordEncoder.encode(person.password()), role, department));
		changes.record(by, "person", username, "created", null, stateOf(employee));
		return employee;
	}

	/** The problems of a new person's details, each field named with the prefix (a CSV line, say). */
	private List<Problem> check(NewPerson person, String prefix, Set<String> usernamesSoFar) {
		List<Problem> problems = new ArrayList<>();
		String username = person.username() == null ? "" : person.username().strip();
		if (!USERNAME.matcher(username).matches()) {
			problems.add(new Problem(prefix + "username", "setup.username.invalid"));
		}
		else if (employees.existsByUsernameIgnoreCase(username)
				|| !usernamesSoFar.add(username.toLowerCase(Locale.ROOT))) {
			problems.add(new Problem(prefix + "username", "setup.username.taken"));
		}
		String name = person.displayName() == null ? "" : person.displayName().strip();
		if (name.isEmpty() || name.length() > 128 || !plain(name)) {
			problems.add(new Problem(prefix + "displayName", "setup.displayName.invalid"));
		}
		if (person.email() == null || !validEmail(person.email().strip())) {
			problems.add(new Problem(prefix + "email", "setup.email.invalid"));
		}
		if (roleOf(person.role()).isEmpty()) {
			problems.add(new Problem(prefix + "role", "admin.person.role.invalid"));
		}
		if (person.department() == null || !validDepartment(person.department().strip())) {
			problems.add(new Problem(prefix + "department", "admin.department.name.invalid",
					Organisation.LONGEST_NAME));
		}
		PasswordRules.check(person.password(), username)
			.ifPresent(rule -> problems.add(new Problem(prefix + "password", rule)));
		return problems;
	}

	private void keepAnAdministrator(String by, Employee employee) {
		if (employee.getUsername().equals(by)) {
			throw AdministrationRefused.of(Kind.CONFLICT, "admin.person.notYourself");
		}
		long others = employees.findByRole(Role.ADMIN).stream()
			.filter(admin -> admin.isEnabled() && !admin.getUsername().equals(employee.getUsername()))
			.count();
		if (others == 0) {
			throw AdministrationRefused.of(Kind.CONFLICT, "admin.person.lastAdministrator");
		}
	}

	static Optional<Role> roleOf(String role) {
		if (role == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(Role.valueOf(role.strip().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static boolean validEmail(String email) {
		return email.length() <= 254 && EMAIL.matcher(email).matches();
	}

	private static boolean validDepartment(String department) {
		return !department.isEmpty() && department.length() <= Organisation.LONGEST_NAME && plain(department);
	}

	private static boolean plain(String text) {
		return text.matches("[^\\p{Cntrl}]*");
	}

	static Map<String, Object> stateOf(Employee employee) {
		return state("username", employee.getUsername(), "displayName", employee.getDisplayName(), "email",
				employee.getEmail(), "role", employee.getRole().name(), "department", employee.getDepartment(),
				"active", employee.isEnabled(), "signsInWith", employee.isLocal() ? "password" : "identity provider");
	}

	/** A new local account as an administrator enters it. */
	public record NewPerson(String username, String displayName, String email, String role, String department,
			String password) {

		@Override
		public String toString() {
			return "NewPerson[" + username + "]";
		}

	}

}
