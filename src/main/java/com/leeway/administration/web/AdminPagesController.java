package com.leeway.administration.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.leeway.account.AdministrationRefused;
import com.leeway.account.AdministrativeChange;
import com.leeway.account.ChangeLog;
import com.leeway.account.Department;
import com.leeway.account.Deputies;
import com.leeway.account.Employee;
import com.leeway.account.Organisation;
import com.leeway.account.People;
import com.leeway.account.Role;
import com.leeway.account.SignedInUser;

/**
 * The administration pages: people (find, create, change, switch off with a confirmation, import), departments
 * and the top level, deputies, and the record of changes. For administrators only (the security configuration
 * sends nobody to sign in and answers everybody else with the "not allowed" page).
 */
@Controller
class AdminPagesController {

	private static final int PAGE_SIZE = 50;

	private final People people;

	private final Organisation organisation;

	private final Deputies deputies;

	private final ChangeLog changes;

	private final Refusals refusals;

	AdminPagesController(People people, Organisation organisation, Deputies deputies, ChangeLog changes,
			Refusals refusals) {
		this.people = people;
		this.organisation = organisation;
		this.deputies = deputies;
		this.changes = changes;
		this.refusals = refusals;
	}

	@GetMapping("/admin")
	String start() {
		return "redirect:/admin/people";
	}

	// people

	@GetMapping("/admin/people")
	String people(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		Page<Employee> found = people.search(q, page, PAGE_SIZE);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("people", found);
		return "admin/people";
	}

	@GetMapping("/admin/people/new")
	String newPerson(Model model) {
		return personForm(model, new LinkedHashMap<>(Map.of("role", Role.REQUESTER.name())), Map.of());
	}

	@PostMapping("/admin/people")
	String createPerson(@AuthenticationPrincipal SignedInUser admin, @RequestParam Map<String, String> form,
			Model model, RedirectAttributes redirect) {
		try {
			Employee created = people.create(admin.getUsername(), new People.NewPerson(form.get("username"),
					form.get("displayName"), form.get("email"), form.get("role"), form.get("department"),
					form.get("password")));
			redirect.addFlashAttribute("flashSuccess", refusals.text("admin.person.created", created.getUsername()));
			return "redirect:/admin/people/" + created.getUsername();
		}
		catch (AdministrationRefused refused) {
			form.remove("password");
			return personForm(model, form, refusals.byField(refusals.forForm(refused)));
		}
	}

	private String personForm(Model model, Map<String, String> form, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("roles", Role.values());
		model.addAttribute("departments", organisation.departments());
		return "admin/person-new";
	}

	@GetMapping("/admin/people/{username}")
	String person(@PathVariable String username, Model model) {
		Employee person = found(() -> people.person(username));
		Map<String, String> form = new LinkedHashMap<>();
		form.put("displayName", person.getDisplayName());
		form.put("email", person.getEmail());
		form.put("role", person.getRole().name());
		form.put("department", person.getDepartment());
		return editForm(model, person, form, Map.of());
	}

	@PostMapping("/admin/people/{username}")
	String changePerson(@AuthenticationPrincipal SignedInUser admin, @PathVariable String username,
			@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		try {
			people.change(admin.getUsername(), username, form.get("displayName"), form.get("email"), form.get("role"),
					form.get("department"));
			redirect.addFlashAttribute("flashSuccess", refusals.text("admin.person.saved"));
			return "redirect:/admin/people/" + username;
		}
		catch (AdministrationRefused refused) {
			return editForm(model, found(() -> people.person(username)), form,
					refusals.byField(refusals.forForm(refused)));
		}
	}

	private String editForm(Model model, Employee person, Map<String, String> form, Map<String, String> errors) {
		model.addAttribute("person", person);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("roles", Role.values());
		model.addAttribute("departments", organisation.departments());
		return "admin/person";
	}

	@GetMapping("/admin/people/{username}/deactivate")
	String confirmDeactivation(@PathVariable String username, Model model) {
		model.addAttribute("person", found(() -> people.person(username)));
		return "admin/deactivate";
	}

	@PostMapping("/admin/people/{username}/deactivate")
	String deactivate(@AuthenticationPrincipal SignedInUser admin, @PathVariable String username,
			RedirectAttributes redirect) {
		return activation(admin, username, false, redirect);
	}

	@PostMapping("/admin/people/{username}/reactivate")
	String reactivate(@AuthenticationPrincipal SignedInUser admin, @PathVariable String username,
			RedirectAttributes redirect) {
		return activation(admin, username, true, redirect);
	}

	private String activation(SignedInUser admin, String username, boolean active, RedirectAttributes redirect) {
		try {
			people.setActive(admin.getUsername(), username, active);
			redirect.addFlashAttribute("flashSuccess",
					refusals.text(active ? "admin.person.reactivated" : "admin.person.deactivated", username));
		}
		catch (AdministrationRefused refused) {
			redirect.addFlashAttribute("flashError", String.join(" ", refusals.all(refusals.forForm(refused))));
		}
		return "redirect:/admin/people/" + username;
	}

	@GetMapping("/admin/people/import")
	String importForm(Model model) {
		model.addAttribute("csv", "");
		model.addAttribute("problems", List.of());
		model.addAttribute("columns", String.join(",", People.CSV_COLUMNS));
		return "admin/import";
	}

	@PostMapping("/admin/people/import")
	String importPeople(@AuthenticationPrincipal SignedInUser admin, @RequestParam(required = false) String csv,
			Model model, RedirectAttributes redirect) {
		try {
			int created = people.importCsv(admin.getUsername(), csv).size();
			redirect.addFlashAttribute("flashSuccess", refusals.text("admin.import.done", created));
			return "redirect:/admin/people";
		}
		catch (AdministrationRefused refused) {
			model.addAttribute("csv", csv == null ? "" : csv);
			model.addAttribute("problems", refusals.all(refusals.forForm(refused)));
			model.addAttribute("columns", String.join(",", People.CSV_COLUMNS));
			return "admin/import";
		}
	}

	// departments

	@GetMapping("/admin/departments")
	String departments(Model model) {
		return departmentsPage(model, new LinkedHashMap<>(), Map.of());
	}

	private String departmentsPage(Model model, Map<String, String> form, Map<String, String> errors) {
		List<Department> all = organisation.departments();
		model.addAttribute("departments", all);
		model.addAttribute("peopleIn", all.stream()
			.collect(java.util.stream.Collectors.toMap(Department::getId, organisation::peopleIn)));
		model.addAttribute("topLevel", organisation.topLevel().orElse(""));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "admin/departments";
	}

	@PostMapping("/admin/departments")
	String createDepartment(@AuthenticationPrincipal SignedInUser admin, @RequestParam Map<String, String> form,
			Model model, RedirectAttributes redirect) {
		try {
			Department created = organisation.create(admin.getUsername(), form.get("name"),
					names(form.get("managers")), form.get("nextLevel"));
			redirect.addFlashAttribute("flashSuccess", refusals.text("admin.department.created", created.getName()));
			return "redirect:/admin/departments";
		}
		catch (AdministrationRefused refused) {
			return departmentsPage(model, form, refusals.byField(refusals.forForm(refused)));
		}
	}

	@PostMapping("/admin/top-level")
	String setTopLevel(@AuthenticationPrincipal SignedInUser admin, @RequestParam(required = false) String topLevel,
			Model model, RedirectAttributes redirect) {
		try {
			organisation.setTopLevel(admin.getUsername(), topLevel);
			redirect.addFlashAttribute("flashSuccess", refusals.text("admin.topLevel.saved"));
			return "redirect:/admin/departments";
		}
		catch (AdministrationRefused refused) {
			redirect.addFlashAttribute("flashError", String.join(" ", refusals.all(refusals.forForm(refused))));
			return "redirect:/admin/departments";
		}
	}

	@GetMapping("/admin/departments/{id}")
	String department(@PathVariable long id, Model model) {
		Department department = found(() -> organisation.department(id));
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", department.getName());
		form.put("managers", String.join(", ", department.getManagersSorted()));
		form.put("nextLevel", department.getNextLevel() == null ? "" : department.getNextLevel());
		return departmentPage(model, department, form, Map.of());
	}

	private String departmentPage(Model model, Department department, Map<String, String> form,
			Map<String, String> errors) {
		model.addAttribute("department", department);
		model.addAttribute("people", organisation.peopleIn(department));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "admin/department";
	}

	@PostMapping("/admin/departments/{id}")
	String changeDepartment(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id,
			@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		try {
			organisation.update(admin.getUsername(), id, form.get("name"), names(form.get("managers")),
					form.getOrDefault("nextLevel", ""));
			redirect.addFlashAttribute("flashSuccess", refusals.text("admin.department.saved"));
			return "redirect:/admin/departments/" + id;
		}
		catch (AdministrationRefused refused) {
			return departmentPage(model, found(() -> organisation.department(id)), form,
					refusals.byField(refusals.forForm(refused)));
		}
	}

	@PostMapping("/admin/departments/{id}/delete")
	String deleteDepartment(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id,
			RedirectAttributes redirect) {
		try {
			organisation.delete(admin.getUsername(), id);
			redirect.addFlashAttribute("flashSuccess", refusals.text("admin.department.deleted"));
			return "redirect:/admin/departments";
		}
		catch (AdministrationRefused refused) {
			redirect.addFlashAttribute("flashError", String.join(" ", refusals.all(refusals.forForm(refused))));
			return "redirect:/admin/departments/" + id;
		}
	}

	// deputies

	@GetMapping("/admin/deputies")
	String deputies(@RequestParam(defaultValue = "false") boolean all, Model model) {
		return deputiesPage(model, all, new LinkedHashMap<>(), Map.of());
	}

	private String deputiesPage(Model model, boolean all, Map<String, String> form, Map<String, String> errors) {
		model.addAttribute("deputies", deputies.list(all));
		model.addAttribute("all", all);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "admin/deputies";
	}

	@PostMapping("/admin/deputies")
	String createDeputy(@AuthenticationPrincipal SignedInUser admin, @RequestParam Map<String, String> form,
			Model model, RedirectAttributes redirect) {
		try {
			deputies.create(admin.actor(), blankToNull(form.get("manager")), form.get("deputy"),
					date(form.get("from")), date(form.get("to")), form.get("reason"));
			redirect.addFlashAttribute("flashSuccess", refusals.text("admin.deputy.created"));
			return "redirect:/admin/deputies";
		}
		catch (AdministrationRefused refused) {
			return deputiesPage(model, false, form, refusals.byField(refusals.forForm(refused)));
		}
	}

	@PostMapping("/admin/deputies/{id}/end")
	String endDeputy(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, RedirectAttributes redirect) {
		try {
			deputies.end(admin.actor(), id);
			redirect.addFlashAttribute("flashSuccess", refusals.text("admin.deputy.ended"));
		}
		catch (AdministrationRefused refused) {
			redirect.addFlashAttribute("flashError", String.join(" ", refusals.all(refusals.forForm(refused))));
		}
		return "redirect:/admin/deputies";
	}

	// the record of changes

	@GetMapping("/admin/audit")
	String audit(@RequestParam(required = false) String person, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Page<AdministrativeChange> found = changes.list(person, page, PAGE_SIZE);
		model.addAttribute("person", person == null ? "" : person);
		model.addAttribute("changes", found);
		return "admin/audit";
	}

	static List<String> names(String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("[,;\\s]+")).map(String::strip).filter(name -> !name.isEmpty()).toList();
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	/** A date from a form; a missing or unreadable one is null, which the deputies check names. */
	static LocalDate date(String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private <T> T found(java.util.function.Supplier<T> lookup) {
		try {
			return lookup.get();
		}
		catch (AdministrationRefused refused) {
			refusals.forForm(refused);
			throw refused;
		}
	}

}
