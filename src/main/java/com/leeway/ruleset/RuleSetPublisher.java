package com.leeway.ruleset;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;

import com.leeway.ruling.CompiledRuleSet;
import com.leeway.ruling.RuleSetCompilation;
import com.leeway.ruling.RuleSetCompiler;
import com.leeway.ruling.RuleSetFiles;
import com.leeway.system.InvalidInput;
import com.leeway.system.UserFacingException;

/**
 * The one way a candidate becomes active: check (compile, then run the rule tests), publish (record who, when and
 * why with the full content, write the files to the rules folder, swap), or roll back to an earlier version
 * through the same checks. A candidate that does not compile or fails a test never replaces the active rule set.
 */
@Service
class RuleSetPublisher {

	/** The author recorded for versions that came from editing the rules folder by hand. */
	static final String FOLDER_AUTHOR = "rules folder";

	private final RuleSetCompiler compiler;

	private final RuleSetLibrary library;

	private final ImpactReplayer replayer;

	private final RulesFolder folder;

	private final ActiveRuleSetHolder holder;

	RuleSetPublisher(RuleSetCompiler compiler, RuleSetLibrary library, ImpactReplayer replayer, RulesFolder folder,
			ActiveRuleSetHolder holder) {
		this.compiler = compiler;
		this.library = library;
		this.replayer = replayer;
		this.folder = folder;
		this.holder = holder;
	}

	/** Compiles a candidate and, when it compiles, runs its rule tests. Nothing changes. */
	CandidateCheck check(RuleSetFiles files) {
		RuleSetCompilation compilation = compiler.compile(files);
		RuleTestReport tests = compilation.ruleSet().map(RuleTestRunner::run).orElse(null);
		return new CandidateCheck(compilation, tests);
	}

	/** What the candidate would rule on the stored requests of a period; nothing changes. */
	ImpactPreview preview(RuleSetFiles files, Instant from, Instant to) {
		CandidateCheck check = check(files);
		if (!check.compilation().succeeded()) {
			throw new RuleSetRejected(check);
		}
		return replayer.preview(check.compilation().ruleSet().get(), from, to);
	}

	/**
	 * Publishes a candidate: only one that compiles and passes its tests, and only with a note saying why. The
	 * files are written to the rules folder, so the folder and the active rule set stay one truth.
	 */
	ActiveRuleSet publish(RuleSetFiles files, String author, String note) {
		return publish(files, author, note, null);
	}

	/** Publishes a candidate a second person signed off (approver null: without sign-off). */
	ActiveRuleSet publish(RuleSetFiles files, String author, String note, String approver) {
		if (note == null || note.isBlank()) {
			throw InvalidInput.of("note", "ruleset.note.required");
		}
		if (note.length() > 2000) {
			throw InvalidInput.of("note", "ruleset.note.size");
		}
		CandidateCheck check = check(files);
		if (!check.publishable()) {
			throw new RuleSetRejected(check);
		}
		return holder.whileChanging(() -> {
			folder.write(files);
			RuleSetPublication publication = library.record(check.compilation().ruleSet().get(), author, note.trim(),
					approver);
			return holder.swap(check, publication);
		});
	}

	/** Publishes the content of an earlier version again, through the same checks. */
	ActiveRuleSet rollBack(String version, String author, String note) {
		RuleSetFiles files = library.filesOf(version)
			.orElseThrow(() -> new UserFacingException.NotFound("ruleset.versionNotFound", version));
		return publish(files, author, note);
	}

	/**
	 * Activates the rules folder's content after it passed its check, as a publication by the rules folder —
	 * unless it is the content of the latest publication already.
	 */
	ActiveRuleSet publishFromFolder(CandidateCheck check, String note) {
		if (!check.publishable()) {
			throw new RuleSetRejected(check);
		}
		return holder.whileChanging(() -> {
			CompiledRuleSet ruleSet = check.compilation().ruleSet().get();
			Optional<RuleSetPublication> latest = library.latestPublication();
			RuleSetPublication publication = latest.isPresent()
					&& latest.get().getContentHash().equals(ruleSet.version()) ? latest.get()
							: library.record(ruleSet, FOLDER_AUTHOR, note);
			return holder.swap(check, publication);
		});
	}

}
