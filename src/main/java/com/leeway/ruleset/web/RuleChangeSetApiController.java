package com.leeway.ruleset.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.leeway.account.SignedInUser;
import com.leeway.ruleset.CandidateFiles;
import com.leeway.ruleset.ActiveRuleSet;
import com.leeway.ruleset.ImpactPreview;
import com.leeway.ruleset.RuleChangeSets;
import com.leeway.ruleset.RuleSetDiff;
import com.leeway.ruleset.RuleSetDraft;
import com.leeway.ruleset.RuleSetManager;
import com.leeway.ruling.RuleSetFiles;
import com.leeway.system.InvalidInput;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Change sets over the API: IT staff and administrators save several files as one draft, check and preview it and
 * submit it; with sign-off on, a manager or an administrator (never the author) approves it, which publishes it, or
 * sends it back. The approver reads the differences, the test results and the impact here first.
 */
@RestController
@RequestMapping("/api/v1/rulesets/drafts")
@Tag(name = "Rule sets")
class RuleChangeSetApiController {

	private final RuleChangeSets changeSets;

	private final RuleSetManager manager;

	private final org.springframework.context.MessageSource messages;

	RuleChangeSetApiController(RuleChangeSets changeSets, RuleSetManager manager,
			org.springframework.context.MessageSource messages) {
		this.changeSets = changeSets;
		this.manager = manager;
		this.messages = messages;
	}

	@org.springframework.web.bind.annotation.ExceptionHandler(com.leeway.ruleset.RuleSetRejected.class)
	ResponseEntity<org.springframework.http.ProblemDetail> rejected(com.leeway.ruleset.RuleSetRejected ex) {
		return RuleSetApiController.rejected(messages, ex);
	}

	/** A change set as sent: new contents by path (text, or base64 for spreadsheets), deleted paths and a note. */
	record ChangeSetBody(Map<String, String> files, Map<String, String> binaryFiles, List<String> deleted,
			String note) {
	}

	record DraftSummary(Long id, String author, String note, String state, Instant updatedAt, Instant submittedAt,
			List<String> files, List<String> deleted, String decidedBy, String decisionNote, String publishedVersion) {

		static DraftSummary of(RuleSetDraft draft) {
			return new DraftSummary(draft.getId(), draft.getAuthor(), draft.getNote(), draft.getState().name(),
					draft.getUpdatedAt(), draft.getSubmittedAt(),
					draft.getFiles().stream().filter(file -> !file.isDeleted()).map(RuleSetDraft.DraftFile::getPath).toList(),
					draft.getFiles().stream().filter(RuleSetDraft.DraftFile::isDeleted).map(RuleSetDraft.DraftFile::getPath).toList(),
					draft.getDecidedBy(), draft.getDecisionNote(), draft.getPublishedVersion());
		}

	}

	record DraftDetail(DraftSummary draft, Map<String, String> files, RuleSetApiController.CheckBody check,
			List<RuleSetDiff.FileDiff> diff, boolean signOffRequired) {
	}

	record Lists(List<DraftSummary> mine, List<DraftSummary> waitingForSignOff, boolean signOffRequired) {
	}

	@GetMapping
	@Operation(summary = "My open change sets, and those waiting for my sign-off")
	Lists list(@AuthenticationPrincipal SignedInUser user) {
		return new Lists(changeSets.mine(user.actor()).stream().map(DraftSummary::of).toList(),
				changeSets.waiting(user.actor()).stream().map(DraftSummary::of).toList(), changeSets.signOffRequired());
	}

	@PostMapping
	@Operation(summary = "Save several files (rules, decision tables, standards.yaml, rule tests) as one draft change set")
	ResponseEntity<DraftSummary> create(@RequestBody ChangeSetBody body, @AuthenticationPrincipal SignedInUser user) {
		RuleSetDraft draft = changeSets.create(user.actor(), body.note(), files(body), deleted(body));
		return ResponseEntity.created(URI.create("/api/v1/rulesets/drafts/" + draft.getId()))
			.body(DraftSummary.of(draft));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A change set with its files, the check of the whole rule set (compile + every rule test) and the differences from the active rule set")
	DraftDetail one(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user) {
		RuleSetDraft draft = changeSets.find(id, user.actor());
		RuleSetFiles candidate = changeSets.candidate(draft);
		Map<String, String> files = new LinkedHashMap<>();
		draft.getFiles()
			.stream()
			.filter(file -> !file.isDeleted())
			.forEach(file -> files.put(file.getPath(), file.getPath().endsWith(".xlsx")
					? Base64.getEncoder().encodeToString(file.getContent())
					: new String(file.getContent(), StandardCharsets.UTF_8)));
		return new DraftDetail(DraftSummary.of(draft), files,
				RuleSetApiController.CheckBody.of(manager.check(candidate), true),
				RuleSetDiff.between(manager.activeFiles(), candidate)
					.stream()
					.filter(diff -> diff.change() != RuleSetDiff.Change.UNCHANGED)
					.toList(),
				changeSets.signOffRequired());
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replace the files and note of my draft")
	DraftSummary update(@PathVariable Long id, @RequestBody ChangeSetBody body,
			@AuthenticationPrincipal SignedInUser user) {
		return DraftSummary.of(changeSets.update(id, user.actor(), body.note(), files(body), deleted(body)));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Discard my draft")
	ResponseEntity<Void> discard(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user) {
		changeSets.discard(id, user.actor());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/preview")
	@Operation(summary = "Replay stored requests against the change set: which rulings would change")
	ImpactPreview preview(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user) {
		RuleSetDraft draft = changeSets.find(id, user.actor());
		return manager.preview(changeSets.candidate(draft), Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"));
	}

	@PostMapping("/{id}/submit")
	@Operation(summary = "Submit my change set: 202 waiting for sign-off when sign-off is on, else 201 published; 422 when it does not compile or a test fails")
	ResponseEntity<?> submit(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user) {
		return changeSets.submit(id, user.actor())
			.<ResponseEntity<?>>map(active -> ResponseEntity.created(URI.create("/api/v1/rulesets/" + active.version()))
				.body(RuleSetApiController.ActiveBody.of(active)))
			.orElseGet(() -> ResponseEntity.accepted()
				.location(URI.create("/api/v1/rulesets/drafts/" + id))
				.body(DraftSummary.of(changeSets.find(id, user.actor()))));
	}

	@PostMapping("/{id}/approval")
	@Operation(summary = "Sign off a change set waiting for it (a manager or an administrator, never its author): it is published with both names")
	ResponseEntity<RuleSetApiController.ActiveBody> approve(@PathVariable Long id,
			@AuthenticationPrincipal SignedInUser user) {
		ActiveRuleSet active = changeSets.approve(id, user.actor());
		return ResponseEntity.created(URI.create("/api/v1/rulesets/" + active.version()))
			.body(RuleSetApiController.ActiveBody.of(active));
	}

	@PostMapping("/{id}/return")
	@Operation(summary = "Send a change set waiting for sign-off back to its author, with a reason")
	DraftSummary sendBack(@PathVariable Long id, @RequestBody Map<String, String> body,
			@AuthenticationPrincipal SignedInUser user) {
		return DraftSummary.of(changeSets.sendBack(id, user.actor(), body == null ? null : body.get("reason")));
	}

	private static Map<String, byte[]> files(ChangeSetBody body) {
		int sent = (body.files() == null ? 0 : body.files().size())
				+ (body.binaryFiles() == null ? 0 : body.binaryFiles().size());
		if (sent > CandidateFiles.MAX_FILES) {
			throw InvalidInput.of("files", "ruleset.files.tooMany", CandidateFiles.MAX_FILES);
		}
		Map<String, byte[]> files = new TreeMap<>();
		if (body.files() != null) {
			body.files().forEach((path, text) -> {
				String field = "files." + CandidateFiles.checkedPath(path, "files");
				if (path.endsWith(".xlsx")) {
					throw InvalidInput.of(field, "ruleset.file.binaryOnly");
				}
				byte[] content = CandidateFiles.checkedContent(field, path,
						text == null ? null : text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
				CandidateFiles.checkYaml(field, path, text);
				files.put(path, content);
			});
		}
		if (body.binaryFiles() != null) {
			body.binaryFiles().forEach((path, base64) -> {
				String field = "binaryFiles." + CandidateFiles.checkedPath(path, "binaryFiles");
				if (!path.endsWith(".xlsx")) {
					throw InvalidInput.of(field, "ruleset.file.binaryOnly");
				}
				files.put(path, CandidateFiles.checkedContent(field, path,
						CandidateFiles.decoded(field, path, base64)));
			});
		}
		long total = files.values().stream().mapToLong(content -> content.length).sum();
		if (total > CandidateFiles.MAX_TOTAL_BYTES) {
			throw InvalidInput.of("files", "ruleset.files.tooLarge", CandidateFiles.MAX_TOTAL_BYTES);
		}
		return files;
	}

	private static Set<String> deleted(ChangeSetBody body) {
		Set<String> deleted = new TreeSet<>();
		if (body.deleted() != null) {
			if (body.deleted().size() > CandidateFiles.MAX_FILES) {
				throw InvalidInput.of("deleted", "ruleset.files.tooMany", CandidateFiles.MAX_FILES);
			}
			for (String path : body.deleted()) {
				if (path == null || path.isBlank()) {
					throw InvalidInput.of("deleted", "ruleset.deleted.invalid");
				}
				deleted.add(path);
			}
		}
		return deleted;
	}

}
