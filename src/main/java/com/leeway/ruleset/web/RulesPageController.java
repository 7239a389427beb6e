package com.leeway.ruleset.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.leeway.account.SignedInUser;
import com.leeway.request.PastRequests;
import com.leeway.ruleset.CandidateFiles;
import com.leeway.ruleset.CandidateCheck;
import com.leeway.ruleset.ImpactPreview;
import com.leeway.ruleset.RuleChangeSets;
import com.leeway.ruleset.RuleChanges;
import com.leeway.ruleset.RuleSetDiff;
import com.leeway.ruleset.RuleSetLibrary;
import com.leeway.ruleset.RuleSetManager;
import com.leeway.ruleset.RuleSetPublication;
import com.leeway.ruleset.RuleSetRejected;
import com.leeway.ruling.RuleProblem;
import com.leeway.ruling.RuleSetFiles;
import com.leeway.system.InvalidInput;
import com.leeway.system.UserFacingException;

/**
 * The rules pages for IT staff: the files of the active rule set, an editor that checks, tests and previews a
 * change before publishing it, the history with file-by-file differences, and roll back. Every change goes
 * through the same pipeline as a hand edit of the rules folder.
 */
@Controller
class RulesPageController {

	static final String VIEW_LIST = "rules/list";

	static final String VIEW_EDIT = "rules/edit";

	static final String VIEW_HISTORY = "rules/history";

	static final String VIEW_VERSION = "rules/version";

	private final RuleSetManager manager;

	private final RuleSetLibrary library;

	private final PastRequests pastRequests;

	private final MessageSource messages;

	private final RuleChangeSets changeSets;

	RulesPageController(RuleSetManager manager, RuleSetLibrary library, PastRequests pastRequests,
			MessageSource messages, RuleChangeSets changeSets) {
		this.manager = manager;
		this.library = library;
		this.pastRequests = pastRequests;
		this.messages = messages;
		this.changeSets = changeSets;
	}

	/** Keeps the file as a draft change set the author can come back to (and add more files to). */
	@PostMapping(path = "/rules/edit", params = "action=draft")
	String processDraft(@RequestParam String path, @RequestParam String content,
			@RequestParam(required = false) String note, @RequestParam(defaultValue = "false") boolean creating,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		String refused = refusal(path, content, creating, model);
		if (refused != null) {
			return refused;
		}
		try {
			var draft = changeSets.create(user.actor(), note == null || note.isBlank() ? path : note,
					Map.of(path, content.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8)), Set.of());
			redirect.addFlashAttribute("flashSuccess", text("rules.draft.saved"));
			return "redirect:/rules/drafts/" + draft.getId();
		}
		catch (InvalidInput ex) {
			model.addAttribute("noteError", text(ex.problems().get(0).messageKey()));
			return editor(path, content, creating, model);
		}
	}

	@GetMapping("/rules")
	String list(Model model) {
		RuleSetFiles files = manager.activeFiles();
		Map<String, Integer> sizes = new TreeMap<>();
		files.files().forEach((path, content) -> sizes.put(path, content.length));
		model.addAttribute("files", sizes);
		model.addAttribute("active", manager.active().orElse(null));
		manager.lastFolderCheck().filter(check -> !check.publishable()).ifPresent(check -> {
			model.addAttribute("folderCheck", check);
			model.addAttribute("folderVerdict", verdict(check));
		});
		return VIEW_LIST;
	}

	@GetMapping("/rules/edit")
	String initEdit(@RequestParam(required = false) String path, Model model) {
		String content = path == null ? "" : manager.activeFiles().text(path);
		if (path != null && content == null) {
			throw new UserFacingException.NotFound("rules.file.notFound", path);
		}
		return editor(path == null ? "" : path, content == null ? newFileTemplate() : content, path == null, model);
	}

	@PostMapping(path = "/rules/edit", params = "action=check")
	String processCheck(@RequestParam String path, @RequestParam String content,
			@RequestParam(defaultValue = "false") boolean creating, Model model) {
		String refused = refusal(path, content, creating, model);
		if (refused != null) {
			return refused;
		}
		CandidateCheck check = manager.check(withFile(path, content));
		model.addAttribute("check", check);
		model.addAttribute(check.publishable() ? "flashSuccess" : "flashError",
				check.publishable() ? text("rules.check.passed", testSummary(check)) : verdict(check));
		return editor(path, content, creating, model, errorLines(check, path));
	}

	@PostMapping(path = "/rules/edit", params = "action=preview")
	String processPreview(@RequestParam String path, @RequestParam String content,
			@RequestParam(defaultValue = "false") boolean creating, Model model) {
		String refused = refusal(path, content, creating, model);
		if (refused != null) {
			return refused;
		}
		try {
			ImpactPreview preview = manager.preview(withFile(path, content), Instant.EPOCH,
					Instant.parse("9999-01-01T00:00:00Z"));
			model.addAttribute("preview", preview);
			return editor(path, content, creating, model);
		}
		catch (RuleSetRejected ex) {
			return rejected(ex, path, content, creating, model);
		}
	}

	@PostMapping(path = "/rules/edit", params = "action=publish")
	String processPublish(@RequestParam String path, @RequestParam String content,
			@RequestParam(required = false) String note, @RequestParam(defaultValue = "false") boolean creating,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		String refused = refusal(path, content, creating, model);
		if (refused != null) {
			return refused;
		}
		if (changeSets.signOffRequired()) {
			return submitForSignOff(Map.of(path, content.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8)),
					Set.of(), note, user, model, redirect, path, content, creating);
		}
		try {
			var active = manager.publish(withFile(path, content), user.getUsername(), note);
			redirect.addFlashAttribute("flashSuccess",
					text("rules.published", active.version().substring(0, 12), active.ruleCount()));
			return "redirect:/rules";
		}
		catch (RuleSetRejected ex) {
			return rejected(ex, path, content, creating, model);
		}
		catch (InvalidInput ex) {
			model.addAttribute("noteError", text(ex.problems().get(0).messageKey()));
			return editor(path, content, creating, model);
		}
	}

	/** With sign-off on, publishing from the editor saves the change as a draft and submits it for sign-off. */
	private String submitForSignOff(Map<String, byte[]> files, Set<String> deleted, String note, SignedInUser user,
			Model model, RedirectAttributes redirect, String path, String content, boolean creating) {
		com.leeway.ruleset.RuleSetDraft draft;
		try {
			draft = changeSets.create(user.actor(), note, files, deleted);
		}
		catch (InvalidInput ex) {
			model.addAttribute("noteError", text(ex.problems().get(0).messageKey()));
			return editor(path, content, creating, model);
		}
		try {
			changeSets.submit(draft.getId(), user.actor());
			redirect.addFlashAttribute("flashSuccess", text("rules.draft.submitted"));
		}
		catch (RuleSetRejected ex) {
			redirect.addFlashAttribute("flashError", verdict(ex.check()));
		}
		return "redirect:/rules/drafts/" + draft.getId();
	}

	/** The editor again with a plain message when the path or the size of the file is not acceptable; else null. */
	private String refusal(String path, String content, boolean creating, Model model) {
		if (!validPath(path)) {
			model.addAttribute("flashError", text("ruleset.path.invalid"));
			return editor(path, content, creating, model);
		}
		if (content.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > CandidateFiles.MAX_FILE_BYTES) {
			model.addAttribute("flashError", text("ruleset.file.tooLarge", path, CandidateFiles.MAX_FILE_BYTES));
			return editor(path, "", creating, model);
		}
		return null;
	}

	private String rejected(RuleSetRejected ex, String path, String content, boolean creating, Model model) {
		model.addAttribute("check", ex.check());
		model.addAttribute("flashError", verdict(ex.check()));
		return editor(path, content, creating, model, errorLines(ex.check(), path));
	}

	@PostMapping("/rules/delete")
	String delete(@RequestParam String path, @RequestParam String note, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		if (changeSets.signOffRequired()) {
			try {
				var draft = changeSets.create(user.actor(), note, Map.of(), Set.of(path));
				changeSets.submit(draft.getId(), user.actor());
				redirect.addFlashAttribute("flashSuccess", text("rules.draft.submitted"));
				return "redirect:/rules/drafts/" + draft.getId();
			}
			catch (RuleSetRejected ex) {
				redirect.addFlashAttribute("flashError", verdict(ex.check()));
			}
			catch (InvalidInput ex) {
				redirect.addFlashAttribute("flashError", text(ex.problems().get(0).messageKey()));
			}
			return "redirect:/rules";
		}
		Map<String, byte[]> files = new TreeMap<>(manager.activeFiles().files());
		files.remove(path);
		try {
			manager.publish(new RuleSetFiles(files), user.getUsername(), note);
			redirect.addFlashAttribute("flashSuccess", text("rules.deleted", path));
		}
		catch (RuleSetRejected ex) {
			redirect.addFlashAttribute("flashError", verdict(ex.check()));
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("flashError", text("ruleset.note.required"));
		}
		return "redirect:/rules";
	}

	@GetMapping("/rules/history")
	String history(Model model) {
		List<RuleSetPublication> publications = library.history();
		Map<String, Long> rulings = new LinkedHashMap<>();
		publications.forEach(publication -> rulings.computeIfAbsent(publication.getContentHash(), pastRequests::countRuledBy));
		model.addAttribute("publications", publications);
		model.addAttribute("rulings", rulings);
		model.addAttribute("active", manager.active().orElse(null));
		return VIEW_HISTORY;
	}

	@PostMapping("/rules/versions/{version}/rollback")
	String rollBack(@PathVariable String version, @RequestParam String note, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		try {
			manager.rollBack(version, user.getUsername(), note);
			redirect.addFlashAttribute("flashSuccess", text("rules.rolledBack", version.substring(0, 12)));
		}
		catch (RuleSetRejected ex) {
			redirect.addFlashAttribute("flashError", verdict(ex.check()));
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("flashError", text("ruleset.note.required"));
		}
		return "redirect:/rules/history";
	}

	/** The exact rule text of a version, with the differences from the version published before it. */
	@GetMapping("/rules/versions/{version}")
	String version(@PathVariable String version, Model model) {
		RuleSetFiles files = library.filesOf(version)
			.orElseThrow(() -> new UserFacingException.NotFound("ruleset.versionNotFound", version));
		RuleSetFiles previous = previousOf(version);
		List<FileView> views = new ArrayList<>();
		for (RuleSetDiff.FileDiff diff : RuleSetDiff.between(previous, files)) {
			byte[] content = files.content(diff.path());
			views.add(new FileView(diff.path(), diff.change().key(),
					content == null ? List.of() : Highlighter.lines(diff.path(), textOf(diff.path(), content), Set.of()),
					diff.hunks()));
		}
		model.addAttribute("version", version);
		model.addAttribute("files", views);
		model.addAttribute("hasPrevious", previous != null);
		// Named by when, by whom and why; the content hash is a detail for IT staff.
		model.addAttribute("publication", library.history()
			.stream()
			.filter(publication -> publication.getContentHash().equals(version))
			.reduce((newer, older) -> older)
			.orElse(null));
		model.addAttribute("changes", RuleChanges.between(previous, files));
		model.addAttribute("isActive", manager.active().map(active -> active.version().equals(version)).orElse(false));
		model.addAttribute("rulings", pastRequests.countRuledBy(version));
		return VIEW_VERSION;
	}

	/** A file of a version: its highlighted text, and the hunks that changed since the version before. */
	record FileView(String path, String state, List<Highlighter.Line> lines, List<RuleSetDiff.Hunk> hunks) {
	}

	private RuleSetFiles previousOf(String version) {
		List<RuleSetPublication> publications = library.history();
		for (int i = 0; i < publications.size(); i++) {
			if (publications.get(i).getContentHash().equals(version)) {
				for (int j = i + 1; j < publications.size(); j++) {
					if (!publications.get(j).getContentHash().equals(version)) {
						return library.filesOf(publications.get(j).getContentHash()).orElse(null);
					}
				}
				return null;
			}
		}
		return null;
	}

	private String editor(String path, String content, boolean creating, Model model) {
		return editor(path, content, creating, model, Set.of());
	}

	private String editor(String path, String content, boolean creating, Model model, Set<Integer> errorLines) {
		if (model.getAttribute("check") instanceof CandidateCheck check && check.tests() != null) {
			model.addAttribute("testSummary", testSummary(check));
		}
		model.addAttribute("path", path);
		model.addAttribute("ruleText", content);
		model.addAttribute("creating", creating);
		model.addAttribute("lines", Highlighter.lines(path, content, errorLines));
		return VIEW_EDIT;
	}

	private RuleSetFiles withFile(String path, String content) {
		Map<String, byte[]> files = new TreeMap<>(manager.activeFiles().files());
		files.put(path, content.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
		return new RuleSetFiles(files);
	}

	private static Set<Integer> errorLines(CandidateCheck check, String path) {
		Set<Integer> lines = new HashSet<>();
		for (RuleProblem problem : check.errors()) {
			if (problem.file().equals(path) && problem.line() > 0) {
				lines.add(problem.line());
			}
		}
		return lines;
	}

	private static boolean validPath(String path) {
		try {
			CandidateFiles.checkedPath(path);
			return !path.endsWith(".xlsx");
		}
		catch (InvalidInput ex) {
			return false;
		}
	}

	private static String textOf(String path, byte[] content) {
		return path.endsWith(".xlsx") ? "(spreadsheet: " + content.length + " bytes)" : new String(content, StandardCharsets.UTF_8);
	}

	private static String newFileTemplate() {
		return """
				// Standard: <which standard this file enforces>. Why: <the company interest, in plain words>.
				package leeway.rules

				import com.leeway.ruling.facts.Request
				global com.leeway.ruling.facts.RulingSheet ruling

				// <One line: the business reason for this rule.>
				rule "<A business sentence, unique in the rule set>"
				when
				    Request( standard == "WORD_PROCESSING", productStatus == "NOT_LISTED" )
				then
				    ruling.note("<What the rule found, in plain words.>");
				end
				""";
	}

	private String verdict(CandidateCheck check) {
		return CheckWords.verdict(messages, LocaleContextHolder.getLocale(), check);
	}

	private String testSummary(CandidateCheck check) {
		return check.tests() == null ? "" : CheckWords.summary(messages, LocaleContextHolder.getLocale(), check.tests());
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
