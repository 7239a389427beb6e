package com.leeway.account;

import static com.leeway.account.ChangeLog.state;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leeway.account.AdministrationRefused.Kind;
import com.leeway.account.AdministrationRefused.Problem;

/**
 * Deputies: a person acting for a manager (or a next level, or the top level) between two dates, both included.
 * A manager chooses and ends their own; an administrator anybody's. Every change is recorded in the
 * {@link ChangeLog}; {@link Directory#decidersFor} lets a deputy decide while acting.
 */
@Service
public class Deputies {

	public static final int LONGEST_REASON = 500;

	/** A deputy is chosen for at most this many days at a time. */
	public static final int LONGEST_DAYS = 366;

	private final DeputyAssignments deputies;

	private final Employees employees;

	private final Departments departments;

	private final OrganisationSettings settings;

	private final ChangeLog changes;

	private final Clock clock;

	Deputies(DeputyAssignments deputies, Employees employees, Departments departments, OrganisationSettings settings,
			ChangeLog changes, Clock clock) {
		this.deputies = deputies;
		this.employees = employees;
		this.departments = departments;
		this.settings = settings;
		this.changes = changes;
		this.clock = clock;
	}

	/** Everybody's deputies that are not over, soonest last; with {@code all}, also ended and past ones. */
	@Transactional(readOnly = true)
	public List<Deputy> list(boolean all) {
		LocalDate today = today();
		return deputies.findAllByOrderByFromDateDesc().stream()
			.filter(deputy -> all || deputy.isCurrentOrComingOn(today))
			.toList();
	}

	/** The deputies a person has chosen or been given, newest first, including past ones. */
	@Transactional(readOnly = true)
	public List<Deputy> of(String manager) {
		return deputies.findByManagerOrderByFromDateDesc(manager);
	}

	/** Whether the person decides for others (manages a department, is a next level or the top level, or is a MANAGER). */
	@Transactional(readOnly = true)
	public boolean decidesForOthers(Actor person) {
		return person.role() == Role.MANAGER || !departments.findManagedBy(person.username()).isEmpty()
				|| !departments.findByNextLevel(person.username()).isEmpty()
				|| settings.get(OrganisationSettings.TOP_LEVEL).filter(person.username()::equals).isPresent();
	}

	/**
	 * Chooses a deputy. An administrator may choose one for anybody; anybody else only for themselves, and only if
	 * they decide for others.
	 */
	@Transactional
	public Deputy create(Actor by, String manager, String deputy, LocalDate from, LocalDate to, String reason) {
		String forWhom = manager == null || manager.isBlank() ? by.username() : manager.strip();
		if (by.role() != Role.ADMIN && (!forWhom.equals(by.username()) || !decidesForOthers(by))) {
			throw AdministrationRefused.of(Kind.FORBIDDEN, "admin.deputy.onlyYourOwn");
		}
		List<Problem> problems = new ArrayList<>();
		Optional<Employee> managerPerson = employees.findByUsername(forWhom);
		if (managerPerson.isEmpty()) {
			problems.add(new Problem("manager", "admin.person.unknown", forWhom));
		}
		String deputyName = deputy == null ? "" : deputy.strip();
		Optional<Employee> deputyPerson = employees.findByUsername(deputyName);
		if (deputyName.isEmpty()) {
			problems.add(new Problem("deputy", "admin.deputy.deputy.required"));
		}
		else if (deputyPerson.isEmpty()) {
			problems.add(new Problem("deputy", "admin.person.unknown", deputyName));
		}
		else if (!deputyPerson.get().isEnabled()) {
			problems.add(new Problem("deputy", "admin.deputy.deputy.inactive", deputyName));
		}
		else if (deputyName.equals(forWhom)) {
			problems.add(new Problem("deputy", "admin.deputy.deputy.self"));
		}
		LocalDate today = today();
		if (from == null) {
			problems.add(new Problem("from", "admin.deputy.date.required"));
		}
		if (to == null) {
			problems.add(new Problem("to", "admin.deputy.date.required"));
		}
		if (from != null && to != null) {
			if (to.isBefore(from)) {
				problems.add(new Problem("to", "admin.deputy.to.beforeFrom"));
			}
			else if (to.isBefore(today)) {
				problems.add(new Problem("to", "admin.deputy.to.past"));
			}
			else if (from.plusDays(LONGEST_DAYS).isBefore(to)) {
				problems.add(new Problem("to", "admin.deputy.to.tooLong", LONGEST_DAYS));
			}
		}
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > LONGEST_REASON || !why.matches("[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*")) {
			problems.add(new Problem("reason", "admin.deputy.reason.invalid", LONGEST_REASON));
		}
		if (!problems.isEmpty()) {
			throw new AdministrationRefused(Kind.INPUT, problems);
		}
		Deputy saved = deputies.save(new Deputy(forWhom, deputyName, from, to, why, by.username(), clock.instant()));
		changes.record(by.username(), "deputy", forWhom, "created", null, stateOf(saved));
		return saved;
	}

	/** Ends a deputy at once. Only the manager it acts for, or an administrator, may. */
	@Transactional
	public Deputy end(Actor by, long id) {
		Deputy deputy = deputies.findById(id)
			.orElseThrow(() -> AdministrationRefused.of(Kind.NOT_FOUND, "admin.deputy.notFound", id));
		if (by.role() != Role.ADMIN && !deputy.getManager().equals(by.username())) {
			throw AdministrationRefused.of(Kind.FORBIDDEN, "admin.deputy.onlyYourOwn");
		}
		if (deputy.getEndedAt() != null) {
			throw AdministrationRefused.of(Kind.CONFLICT, "admin.deputy.alreadyEnded");
		}
		Map<String, Object> before = stateOf(deputy);
		deputy.end(by.username(), clock.instant());
		changes.record(by.username(), "deputy", deputy.getManager(), "ended", before, stateOf(deputy));
		return deputy;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	static Map<String, Object> stateOf(Deputy deputy) {
		return state("id", deputy.getId(), "manager", deputy.getManager(), "deputy", deputy.getDeputy(), "from",
				deputy.getFromDate().toString(), "to", deputy.getToDate().toString(), "reason", deputy.getReason(),
				"ended", deputy.getEndedAt() == null ? null : deputy.getEndedAt().toString());
	}

}
