package com.leeway.administration.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.leeway.account.AdministrativeChange;
import com.leeway.account.ChangeLog;
import com.leeway.account.Department;
import com.leeway.account.Deputies;
import com.leeway.account.Employee;
import com.leeway.account.Organisation;
import com.leeway.account.People;
import com.leeway.account.SignedInUser;
import com.leeway.administration.web.Views.ChangePage;
import com.leeway.administration.web.Views.DepartmentView;
import com.leeway.administration.web.Views.DeputyView;
import com.leeway.administration.web.Views.Person;
import com.leeway.administration.web.Views.PersonPage;
import com.leeway.administration.web.Views.TopLevel;

/**
 * The administration API: people, departments, the top level, deputies and the record of changes. For
 * administrators only (the security configuration answers 401 to nobody and 403 to everybody else before any of
 * this runs). See {@code docs/administration.md}.
 */
@RestController
@RequestMapping("/api/v1/admin")
class AdminApiController {

	private final People people;

	private final Organisation organisation;

	private final Deputies deputies;

	private final ChangeLog changes;

	AdminApiController(People people, Organisation organisation, Deputies deputies, ChangeLog changes) {
		this.people = people;
		this.organisation = organisation;
		this.deputies = deputies;
		this.changes = changes;
	}

	@GetMapping("/people")
	PersonPage people(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		Page<Employee> found = people.search(q, page, size);
		return new PersonPage(found.map(Person::of).getContent(), found.getNumber(), found.getSize(),
				found.getTotalElements());
	}

	@GetMapping("/people/{username}")
	Person person(@PathVariable String username) {
		return Person.of(people.person(username));
	}

	@PostMapping("/people")
	ResponseEntity<Person> create(@AuthenticationPrincipal SignedInUser admin,
			@RequestBody People.NewPerson person) {
		Employee created = people.create(admin.getUsername(), person);
		return ResponseEntity.created(URI.create("/api/v1/admin/people/" + created.getUsername()))
			.body(Person.of(created));
	}

	@PatchMapping("/people/{username}")
	Person change(@AuthenticationPrincipal SignedInUser admin, @PathVariable String username,
			@RequestBody PersonChange change) {
		return Person.of(people.change(admin.getUsername(), username, change.displayName(), change.email(),
				change.role(), change.department()));
	}

	@PostMapping("/people/{username}/deactivate")
	Person deactivate(@AuthenticationPrincipal SignedInUser admin, @PathVariable String username) {
		return Person.of(people.setActive(admin.getUsername(), username, false));
	}

	@PostMapping("/people/{username}/reactivate")
	Person reactivate(@AuthenticationPrincipal SignedInUser admin, @PathVariable String username) {
		return Person.of(people.setActive(admin.getUsername(), username, true));
	}

	@PostMapping("/people/import")
	ResponseEntity<Map<String, Object>> importPeople(@AuthenticationPrincipal SignedInUser admin,
			@RequestBody CsvImport body) {
		List<Person> created = people.importCsv(admin.getUsername(), body.csv()).stream().map(Person::of).toList();
		return ResponseEntity.status(201).body(Map.of("created", created.size(), "people", created));
	}

	@GetMapping("/departments")
	List<DepartmentView> departments() {
		return organisation.departments().stream().map(this::view).toList();
	}

	@GetMapping("/departments/{id}")
	DepartmentView department(@PathVariable long id) {
		return view(organisation.department(id));
	}

	@PostMapping("/departments")
	ResponseEntity<DepartmentView> createDepartment(@AuthenticationPrincipal SignedInUser admin,
			@RequestBody DepartmentBody body) {
		Department created = organisation.create(admin.getUsername(), body.name(),
				body.managers() == null ? List.of() : body.managers(), body.nextLevel());
		return ResponseEntity.created(URI.create("/api/v1/admin/departments/" + created.getId())).body(view(created));
	}

	@PatchMapping("/departments/{id}")
	DepartmentView changeDepartment(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id,
			@RequestBody DepartmentBody body) {
		return view(organisation.update(admin.getUsername(), id, body.name(), body.managers(), body.nextLevel()));
	}

	@DeleteMapping("/departments/{id}")
	ResponseEntity<Void> deleteDepartment(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id) {
		organisation.delete(admin.getUsername(), id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/top-level")
	TopLevel topLevel() {
		return new TopLevel(organisation.topLevel().orElse(null));
	}

	@PutMapping("/top-level")
	TopLevel setTopLevel(@AuthenticationPrincipal SignedInUser admin, @RequestBody TopLevel body) {
		organisation.setTopLevel(admin.getUsername(), body.username());
		return topLevel();
	}

	@GetMapping("/deputies")
	List<DeputyView> deputies(@RequestParam(defaultValue = "false") boolean all) {
		return deputies.list(all).stream().map(DeputyView::of).toList();
	}

	@PostMapping("/deputies")
	ResponseEntity<DeputyView> createDeputy(@AuthenticationPrincipal SignedInUser admin,
			@RequestBody DeputyBody body) {
		DeputyView created = DeputyView.of(deputies.create(admin.actor(), body.manager(), body.deputy(), body.from(),
				body.to(), body.reason()));
		return ResponseEntity.created(URI.create("/api/v1/admin/deputies/" + created.id())).body(created);
	}

	@PostMapping("/deputies/{id}/end")
	DeputyView endDeputy(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id) {
		return DeputyView.of(deputies.end(admin.actor(), id));
	}

	@GetMapping("/changes")
	ChangePage changes(@RequestParam(required = false) String person, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		Page<AdministrativeChange> found = changes.list(person, page, size);
		return new ChangePage(found.map(Views.Change::of).getContent(), found.getNumber(), found.getSize(),
				found.getTotalElements());
	}

	private DepartmentView view(Department department) {
		return DepartmentView.of(department, organisation.peopleIn(department));
	}

	record PersonChange(String displayName, String email, String role, String department) {
	}

	record CsvImport(String csv) {
	}

	record DepartmentBody(String name, List<String> managers, String nextLevel) {
	}

	record DeputyBody(String manager, String deputy, LocalDate from, LocalDate to, String reason) {
	}

}
