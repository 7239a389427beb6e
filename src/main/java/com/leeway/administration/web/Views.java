package com.leeway.administration.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.leeway.account.AdministrativeChange;
import com.leeway.account.Department;
import com.leeway.account.Deputy;
import com.leeway.account.Employee;

/** What the administration API answers: plain records, never a password hash. */
final class Views {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Views() {
	}

	record Person(String username, String displayName, String email, String role, String department, boolean active,
			String signsInWith) {

		static Person of(Employee employee) {
			return new Person(employee.getUsername(), employee.getDisplayName(), employee.getEmail(),
					employee.getRole().name(), employee.getDepartment(), employee.isEnabled(),
					employee.isLocal() ? "password" : "identity provider");
		}

	}

	record PersonPage(List<Person> items, int page, int size, long total) {
	}

	record DepartmentView(Long id, String name, List<String> managers, String nextLevel, long people) {

		static DepartmentView of(Department department, long people) {
			return new DepartmentView(department.getId(), department.getName(), department.getManagersSorted(),
					department.getNextLevel(), people);
		}

	}

	record DeputyView(Long id, String manager, String deputy, LocalDate from, LocalDate to, String reason,
			String createdBy, Instant created, Instant ended, String endedBy) {

		static DeputyView of(Deputy deputy) {
			return new DeputyView(deputy.getId(), deputy.getManager(), deputy.getDeputy(), deputy.getFromDate(),
					deputy.getToDate(), deputy.getReason(), deputy.getCreatedBy(), deputy.getCreatedAt(),
					deputy.getEndedAt(), deputy.getEndedBy());
		}

	}

	record Change(Long id, Instant at, String by, String subjectType, String subject, String action, JsonNode before,
			JsonNode after) {

		static Change of(AdministrativeChange change) {
			return new Change(change.getId(), change.getChangedAt(), change.getChangedBy(), change.getSubjectType(),
					change.getSubject(), change.getAction(), json(change.getBefore()), json(change.getAfter()));
		}

		private static JsonNode json(String text) {
			if (text == null) {
				return null;
			}
			try {
				return JSON.readTree(text);
			}
			catch (RuntimeException ex) {
				return JSON.getNodeFactory().stringNode(text);
			}
		}

	}

	record ChangePage(List<Change> items, int page, int size, long total) {
	}

	record TopLevel(String username) {
	}

}
