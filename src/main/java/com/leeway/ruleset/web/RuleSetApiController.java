package com.leeway.ruleset.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.leeway.account.SignedInUser;
import com.leeway.request.PastRequests;
import com.leeway.ruleset.ActiveRuleSet;
import com.leeway.ruleset.CandidateCheck;
import com.leeway.ruleset.CandidateFiles;
import com.leeway.ruleset.ImpactPreview;
import com.leeway.ruleset.RuleChangeSets;
import com.leeway.ruleset.RuleSetLibrary;
import com.leeway.ruleset.RuleSetManager;
import com.leeway.ruleset.RuleSetPublication;
import com.leeway.ruleset.RuleSetRejected;
import com.leeway.ruleset.RuleTestReport;
import com.leeway.ruling.RuleProblem;
import com.leeway.ruling.RuleSetFiles;
import com.leeway.system.UserFacingException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Rule sets over the API, for IT staff and their tools: validate, test and preview a candidate, publish it,
 * list and fetch versions, roll back. A candidate is the active rule set with the files in the body laid over it
 * (and {@code deleted} paths removed), or exactly the files in the body when {@code replaceAll} is true.
 */
@RestController
@RequestMapping("/api/v1/rulesets")
@Tag(name = "Rule sets")
class RuleSetApiController {

	private final RuleSetManager manager;

	private final RuleSetLibrary library;

	private final PastRequests pastRequests;

	private final MessageSource messages;

	private final RuleChangeSets changeSets;

	RuleSetApiController(RuleSetManager manager, RuleSetLibrary library, PastRequests pastRequests,
			MessageSource messages, RuleChangeSets changeSets) {
		this.manager = manager;
		this.library = library;
		this.pastRequests = pastRequests;
		this.messages = messages;
		this.changeSets = changeSets;
	}

	/**
	 * A candidate rule set. {@code files}: path → text; {@code binaryFiles}: path → base64 (for .drl.xlsx).
	 */
	record Candidate(Map<String, String> files, Map<String, String> binaryFiles, List<String> deleted,
			Boolean replaceAll, String note, Instant from, Instant to) {
	}

	@GetMapping("/active")
	@Operation(summary = "The rule set deciding now: its version (content hash), when it was activated, its rules and files")
	ActiveBody active() {
		ActiveRuleSet active = manager.active()
			.orElseThrow(() -> new UserFacingException.NotFound("ruleset.noneActive"));
		return ActiveBody.of(active);
	}

	@GetMapping("/folder")
	@Operation(summary = "The last check of the rules folder on disk: whether a hand edit was activated, and if not why")
	CheckBody folder() {
		return manager.lastFolderCheck()
			.map(check -> CheckBody.of(check, true))
			.orElseThrow(() -> new UserFacingException.NotFound("ruleset.noneActive"));
	}

	@PostMapping("/validate")
	@Operation(summary = "Compile a candidate: errors and warnings with file, line and column")
	CheckBody validate(@RequestBody Candidate candidate) {
		return CheckBody.of(manager.check(files(candidate)), false);
	}

	@PostMapping("/tests")
	@Operation(summary = "Compile a candidate and run its rule tests: failures show expected versus actual")
	CheckBody test(@RequestBody Candidate candidate) {
		return CheckBody.of(manager.check(files(candidate)), true);
	}

	@PostMapping("/preview")
	@Operation(summary = "Replay stored requests (optionally from/to) against a candidate: which rulings would change")
	ImpactPreview preview(@RequestBody Candidate candidate) {
		Instant from = candidate.from() == null ? Instant.EPOCH : candidate.from();
		Instant to = candidate.to() == null ? Instant.parse("9999-01-01T00:00:00Z") : candidate.to();
		return manager.preview(files(candidate), from, to);
	}

	@PostMapping
	@Operation(summary = "Publish a candidate with a required note; only one that compiles and passes its tests. "
			+ "With sign-off on (leeway.rules.sign-off), 409: save it as a change set (POST /api/v1/rulesets/drafts), "
			+ "submit it, and a second person approves it")
	ResponseEntity<ActiveBody> publish(@RequestBody Candidate candidate, @AuthenticationPrincipal SignedInUser user) {
		if (changeSets.signOffRequired()) {
			throw new UserFacingException.Conflict("ruleset.signOff.required");
		}
		ActiveRuleSet active = manager.publish(files(candidate), user.getUsername(), candidate.note());
		return ResponseEntity.created(URI.create("/api/v1/rulesets/" + active.version())).body(ActiveBody.of(active));
	}

	@GetMapping
	@Operation(summary = "Every publication, newest first, with author, time, note and how many rulings each version made")
	List<PublicationBody> history() {
		Map<String, Long> counts = new TreeMap<>();
		return library.history()
			.stream()
			.map(publication -> PublicationBody.of(publication,
					counts.computeIfAbsent(publication.getContentHash(), pastRequests::countRuledBy)))
			.toList();
	}

	@GetMapping("/{version}/files")
	@Operation(summary = "The exact files of a published version")
	Map<String, String> filesOf(@PathVariable String version) {
		RuleSetFiles files = library.filesOf(version)
			.orElseThrow(() -> new UserFacingException.NotFound("ruleset.versionNotFound", version));
		Map<String, String> body = new LinkedHashMap<>();
		files.files().forEach((path, content) -> body.put(path, RuleSetFiles.isDecisionTable(path) && path.endsWith(".xlsx")
				? Base64.getEncoder().encodeToString(content) : new String(content, StandardCharsets.UTF_8)));
		return body;
	}

	@PostMapping("/{version}/rollback")
	@Operation(summary = "Publish an earlier version again (a new publication, through the same checks)")
	ActiveBody rollBack(@PathVariable String version, @RequestBody Map<String, String> body,
			@AuthenticationPrincipal SignedInUser user) {
		CandidateFiles.checkNote(body.get("note"));
		return ActiveBody.of(manager.rollBack(version, user.getUsername(), body.get("note")));
	}

	@ExceptionHandler(RuleSetRejected.class)
	ResponseEntity<ProblemDetail> rejected(RuleSetRejected ex) {
		return rejected(messages, ex);
	}

	/** A candidate that may not be published: 422 with its errors and test results. */
	static ResponseEntity<ProblemDetail> rejected(MessageSource messages, RuleSetRejected ex) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				CheckWords.verdict(messages, locale, ex.check()));
		problem.setTitle(messages.getMessage("problem.title.ruleSetRejected", null, locale));
		CheckBody check = CheckBody.of(ex.check(), true);
		problem.setProperty("errors", check.errors());
		problem.setProperty("warnings", check.warnings());
		problem.setProperty("tests", check.tests());
		return ResponseEntity.unprocessableContent().body(problem);
	}

	/** The candidate rule set the body describes, laid over the active one and checked field by field. */
	private RuleSetFiles files(Candidate candidate) {
		CandidateFiles.checkNote(candidate.note());
		return CandidateFiles.assemble(manager.activeFiles().files(), candidate.files(), candidate.binaryFiles(),
				candidate.deleted(), Boolean.TRUE.equals(candidate.replaceAll()));
	}

	record ActiveBody(String version, Instant activatedAt, int ruleCount, List<String> files, List<String> rules,
			String publishedBy, String note) {

		static ActiveBody of(ActiveRuleSet active) {
			return new ActiveBody(active.version(), active.activatedAt(), active.ruleCount(), active.files(),
					active.rules(), active.publishedBy(), active.note());
		}

	}

	record PublicationBody(String version, Instant publishedAt, String publishedBy, String note, int ruleCount,
			long rulings, String approvedBy, Instant approvedAt) {

		static PublicationBody of(RuleSetPublication publication, long rulings) {
			return new PublicationBody(publication.getContentHash(), publication.getPublishedAt(),
					publication.getPublishedBy(), publication.getNote(), publication.getRuleCount(), rulings,
					publication.getApprovedBy(), publication.getApprovedAt());
		}

	}

	record CheckBody(String version, boolean compiles, Boolean testsPass, boolean publishable, String verdict,
			List<RuleProblem> errors, List<RuleProblem> warnings, List<RuleTestReport.Result> tests,
			List<String> testWarnings) {

		static CheckBody of(CandidateCheck check, boolean withTests) {
			RuleTestReport tests = check.tests();
			return new CheckBody(check.version(), check.compilation().succeeded(),
					withTests && tests != null ? tests.passed() : null, check.publishable(), check.verdict(),
					check.errors(), check.warnings(), withTests && tests != null ? tests.results() : List.of(),
					tests == null ? List.of() : tests.warnings());
		}

	}

}
