package com.leeway.ruleset.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.leeway.account.Actor;
import com.leeway.account.SignedInUser;
import com.leeway.ruleset.CandidateFiles;
import com.leeway.ruleset.ActiveRuleSet;
import com.leeway.ruleset.CandidateCheck;
import com.leeway.ruleset.ImpactPreview;
import com.leeway.ruleset.RuleChangeSets;
import com.leeway.ruleset.RuleSetDiff;
import com.leeway.ruleset.RuleSetDraft;
import com.leeway.ruleset.RuleSetManager;
import com.leeway.ruleset.RuleSetRejected;
import com.leeway.ruling.RuleSetFiles;
import com.leeway.system.InvalidInput;
import com.leeway.system.UserFacingException;

/**
 * Change sets in the browser: my drafts and the changes waiting for my sign-off; a draft of several files
 * (rules, decision tables, standards.yaml, rule tests) that survives leaving the page, checked and tested as a
 * whole, previewed, submitted; and for a manager or an administrator other than the author, the differences,
 * the test results and the impact, then sign-off or sending it back. {@code GET /rules/drafts/new?file=&content=}
 * opens a new draft with one file filled in (other pages link to it).
 */
@Controller
class RuleChangeSetPageController {

	static final String VIEW_LIST = "rules/drafts";

	static final String VIEW_DRAFT = "rules/draft";

	private final RuleChangeSets changeSets;

	private final RuleSetManager manager;

	private final MessageSource messages;

	RuleChangeSetPageController(RuleChangeSets changeSets, RuleSetManager manager, MessageSource messages) {
		this.changeSets = changeSets;
		this.manager = manager;
		this.messages = messages;
	}

	@GetMapping("/rules/drafts")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("mine", changeSets.mine(user.actor()));
		model.addAttribute("waiting", changeSets.waiting(user.actor()));
		model.addAttribute("signOff", changeSets.signOffRequired());
		model.addAttribute("mayEdit", RuleChangeSets.mayEdit(user.actor()));
		return VIEW_LIST;
	}

	/** A new draft, not saved yet: one file filled in (an existing file's text when only its name is given). */
	@GetMapping("/rules/drafts/new")
	String newDraft(@RequestParam(required = false) String file, @RequestParam(required = false) String content,
			@RequestParam(required = false) String note, @AuthenticationPrincipal SignedInUser user, Model model) {
		if (!RuleChangeSets.mayEdit(user.actor())) {
			throw new UserFacingException.Forbidden("ruleset.draft.notAllowed");
		}
		List<FileRow> rows = new ArrayList<>();
		if (file != null && !file.isBlank()) {
			String text = content != null ? content : manager.activeFiles().text(file);
			rows.add(new FileRow(file, text == null ? "" : text));
		}
		model.addAttribute("note", note == null ? "" : note);
		return editor(null, rows, model, user.actor());
	}

	@PostMapping("/rules/drafts")
	String create(@RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal SignedInUser user,
			Model model, RedirectAttributes redirect) {
		List<FileRow> rows = rows(form);
		try {
			RuleSetDraft draft = changeSets.create(user.actor(), form.getFirst("note"), contents(rows),
					deleted(form));
			redirect.addFlashAttribute("flashSuccess", text("rules.draft.saved"));
			return "redirect:/rules/drafts/" + draft.getId();
		}
		catch (InvalidInput ex) {
			model.addAttribute("flashError", problem(ex));
			model.addAttribute("note", form.getFirst("note"));
			return editor(null, rows, model, user.actor());
		}
	}

	@GetMapping("/rules/drafts/{id}")
	String show(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		RuleSetDraft draft = changeSets.find(id, user.actor());
		List<FileRow> rows = new ArrayList<>();
		draft.getFiles()
			.stream()
			.filter(file -> !file.isDeleted())
			.forEach(file -> rows.add(new FileRow(file.getPath(), textOf(file.getPath(), file.getContent()))));
		model.addAttribute("note", draft.getNote());
		return draftPage(draft, rows, model, user.actor());
	}

	@PostMapping("/rules/drafts/{id}")
	String act(@PathVariable Long id, @RequestParam MultiValueMap<String, String> form,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		String action = String.valueOf(form.getFirst("action"));
		Actor actor = user.actor();
		try {
			switch (action) {
				case "save", "check", "preview", "submit" -> {
					RuleSetDraft draft = changeSets.find(id, actor);
					if (draft.getState() == RuleSetDraft.State.DRAFT && draft.getAuthor().equals(actor.username())) {
						changeSets.update(id, actor, form.getFirst("note"), contents(rows(form)), deleted(form));
					}
					if (action.equals("submit")) {
						var published = changeSets.submit(id, actor);
						redirect.addFlashAttribute("flashSuccess", published
							.map(active -> text("rules.published", active.version().substring(0, 12), active.ruleCount()))
							.orElseGet(() -> text("rules.draft.submitted")));
						return published.isPresent() ? "redirect:/rules" : "redirect:/rules/drafts/" + id;
					}
					if (action.equals("save")) {
						redirect.addFlashAttribute("flashSuccess", text("rules.draft.saved"));
						return "redirect:/rules/drafts/" + id;
					}
					return show(id, user, model, action);
				}
				case "approve" -> {
					ActiveRuleSet active = changeSets.approve(id, actor);
					redirect.addFlashAttribute("flashSuccess",
							text("rules.draft.approved", active.version().substring(0, 12)));
					return "redirect:/rules/drafts";
				}
				case "return" -> {
					changeSets.sendBack(id, actor, form.getFirst("reason"));
					redirect.addFlashAttribute("flashSuccess", text("rules.draft.returned"));
					return "redirect:/rules/drafts";
				}
				case "discard" -> {
					changeSets.discard(id, actor);
					redirect.addFlashAttribute("flashSuccess", text("rules.draft.discarded"));
					return "redirect:/rules/drafts";
				}
				default -> throw InvalidInput.of("action", "rules.draft.action.unknown");
			}
		}
		catch (RuleSetRejected ex) {
			model.addAttribute("check", ex.check());
			model.addAttribute("flashError", CheckWords.verdict(messages, LocaleContextHolder.getLocale(), ex.check()));
			return show(id, user, model);
		}
		catch (InvalidInput ex) {
			model.addAttribute("flashError", problem(ex));
			return show(id, user, model);
		}
	}

	private String show(Long id, SignedInUser user, Model model, String action) {
		RuleSetDraft draft = changeSets.find(id, user.actor());
		RuleSetFiles candidate = changeSets.candidate(draft);
		if (action.equals("check")) {
			CandidateCheck check = manager.check(candidate);
			model.addAttribute("check", check);
			model.addAttribute(check.publishable() ? "flashSuccess" : "flashError", check.publishable()
					? text("rules.check.passed", CheckWords.summary(messages, LocaleContextHolder.getLocale(), check.tests()))
					: CheckWords.verdict(messages, LocaleContextHolder.getLocale(), check));
		}
		else {
			ImpactPreview preview = manager.preview(candidate, Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"));
			model.addAttribute("preview", preview);
		}
		return show(id, user, model);
	}

	private String draftPage(RuleSetDraft draft, List<FileRow> rows, Model model, Actor actor) {
		boolean author = draft.getAuthor().equals(actor.username());
		boolean editable = author && draft.getState() == RuleSetDraft.State.DRAFT;
		boolean reviewer = !author && RuleChangeSets.maySignOff(actor) && changeSets.signOffRequired()
				&& draft.getState() == RuleSetDraft.State.WAITING;
		RuleSetFiles candidate = changeSets.candidate(draft);
		if (reviewer && model.getAttribute("check") == null) {
			model.addAttribute("check", manager.check(candidate));
		}
		if (model.getAttribute("check") instanceof CandidateCheck check && check.tests() != null) {
			model.addAttribute("testSummary", CheckWords.summary(messages, LocaleContextHolder.getLocale(), check.tests()));
		}
		model.addAttribute("draft", draft);
		model.addAttribute("editable", editable);
		model.addAttribute("reviewer", reviewer);
		model.addAttribute("author", author);
		model.addAttribute("deletedPaths",
				draft.getFiles().stream().filter(RuleSetDraft.DraftFile::isDeleted).map(RuleSetDraft.DraftFile::getPath).toList());
		model.addAttribute("diffs", RuleSetDiff.between(manager.activeFiles(), candidate)
			.stream()
			.filter(diff -> diff.change() != RuleSetDiff.Change.UNCHANGED)
			.toList());
		return editor(draft, rows, model, actor);
	}

	private String editor(RuleSetDraft draft, List<FileRow> rows, Model model, Actor actor) {
		List<FileRow> withEmpty = new ArrayList<>(rows);
		if (draft == null || Boolean.TRUE.equals(model.getAttribute("editable"))) {
			withEmpty.add(new FileRow("", ""));
		}
		model.addAttribute("rows", withEmpty);
		model.addAttribute("activePaths", new TreeSet<>(manager.activeFiles().files().keySet()));
		model.addAttribute("signOff", changeSets.signOffRequired());
		if (draft == null) {
			model.addAttribute("editable", true);
		}
		return VIEW_DRAFT;
	}

	/** One file of the form: its path and text. */
	record FileRow(String path, String content) {
	}

	/** The path/content pairs of the form, in order, blank rows left out. */
	private static List<FileRow> rows(MultiValueMap<String, String> form) {
		List<String> paths = form.getOrDefault("path", List.of());
		List<String> contents = form.getOrDefault("content", List.of());
		List<FileRow> rows = new ArrayList<>();
		for (int i = 0; i < paths.size(); i++) {
			String path = paths.get(i) == null ? "" : paths.get(i).strip();
			String content = i < contents.size() && contents.get(i) != null ? contents.get(i) : "";
			if (!path.isEmpty() || !content.isBlank()) {
				rows.add(new FileRow(path, content));
			}
		}
		return rows;
	}

	private static Map<String, byte[]> contents(List<FileRow> rows) {
		Map<String, byte[]> files = new TreeMap<>();
		for (FileRow row : rows) {
			String field = "files." + CandidateFiles.checkedPath(row.path(), "files");
			if (row.path().endsWith(".xlsx")) {
				throw InvalidInput.of(field, "ruleset.path.invalid");
			}
			byte[] content = CandidateFiles.checkedContent(field, row.path(),
					row.content().replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
			CandidateFiles.checkYaml(field, row.path(), row.content());
			files.put(row.path(), content);
		}
		return files;
	}

	private static Set<String> deleted(MultiValueMap<String, String> form) {
		return new TreeSet<>(form.getOrDefault("deleted", List.of()));
	}

	private String problem(InvalidInput ex) {
		InvalidInput.FieldProblem problem = ex.problems().get(0);
		return messages.getMessage(problem.messageKey(), problem.arguments(), problem.messageKey(),
				LocaleContextHolder.getLocale());
	}

	private static String textOf(String path, byte[] content) {
		return path.endsWith(".xlsx") ? "" : new String(content, StandardCharsets.UTF_8);
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
