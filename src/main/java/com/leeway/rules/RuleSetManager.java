package com.leeway.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import com.leeway.ruling.CompiledRuleSet;
import com.leeway.ruling.RuleProblem;
import com.leeway.ruling.RuleSetCompilation;
import com.leeway.ruling.RuleSetCompiler;
import com.leeway.ruling.RuleSetFiles;
import com.leeway.ruling.Rulings;
import com.leeway.system.InvalidInput;

/**
 * The one way a rule set becomes active, whether IT staff edit the rules folder by hand or in the browser:
 * compile, run the rule tests, then publish — record who, when and why with the full content, write the files to
 * the rules folder, and swap atomically. A candidate that does not compile or fails a test never replaces the
 * active rule set. The folder is watched for hand edits, and the database for versions another instance
 * published.
 */
@Service
public class RuleSetManager implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(RuleSetManager.class);

	/** The author recorded for versions that came from editing the rules folder by hand. */
	public static final String FOLDER_AUTHOR = "rules folder";

	private final RulesProperties properties;

	private final RuleSetCompiler compiler;

	private final Rulings rulings;

	private final RuleSetLibrary library;

	private final ImpactReplayer replayer;

	private final Clock clock;

	private final ReentrantLock publishing = new ReentrantLock();

	private volatile ActiveRuleSet active;

	private volatile Long activePublicationId;

	/** The folder content last looked at, so only a change to the folder triggers the pipeline. */
	private volatile String lastSeenFolderHash;

	private volatile CandidateCheck lastFolderCheck;

	RuleSetManager(RulesProperties properties, RuleSetCompiler compiler, Rulings rulings, RuleSetLibrary library,
			ImpactReplayer replayer, Clock clock) {
		this.properties = properties;
		this.compiler = compiler;
		this.rulings = rulings;
		this.library = library;
		this.replayer = replayer;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		RuleSetFiles files = RuleSetFiles.readFolder(properties.dir());
		log.info("Loading rules from {} ({} files)", properties.dir().toAbsolutePath(), files.paths().size());
		lastSeenFolderHash = files.hash();
		CandidateCheck check = check(files);
		lastFolderCheck = check;
		if (check.publishable()) {
			activateFromFolder(check, "Loaded from the rules folder at start-up");
			return;
		}
		log.error("The rules folder cannot be activated: {}", check.verdict());
		check.errors().forEach(problem -> log.error("  {}", problem));
		Optional<RuleSetPublication> latest = library.latestPublication();
		Optional<CompiledRuleSet> previous = latest.flatMap(publication -> library.filesOf(publication.getContentHash()))
			.flatMap(stored -> compiler.compile(stored).ruleSet());
		if (previous.isPresent()) {
			log.warn("The last published rule set {} keeps serving.", previous.get().version());
			swap(previous.get(), latest.get());
		}
		else {
			log.error("No earlier rule set exists: every request goes to IT staff for review until the rules are fixed.");
		}
	}

	/** Compiles a candidate and, when it compiles, runs its rule tests. Nothing changes. */
	public CandidateCheck check(RuleSetFiles files) {
		RuleSetCompilation compilation = compiler.compile(files);
		RuleTestReport tests = compilation.ruleSet().map(RuleTestRunner::run).orElse(null);
		return new CandidateCheck(compilation, tests);
	}

	/** What the candidate would rule on the stored requests of a period; nothing changes. */
	public ImpactPreview preview(RuleSetFiles files, Instant from, Instant to) {
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
	public ActiveRuleSet publish(RuleSetFiles files, String author, String note) {
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
		publishing.lock();
		try {
			writeFolder(files);
			RuleSetPublication publication = library.record(check.compilation().ruleSet().get(), author, note.trim());
			return swap(check.compilation().ruleSet().get(), publication);
		}
		finally {
			publishing.unlock();
		}
	}

	/** Publishes the content of an earlier version again, through the same checks. */
	public ActiveRuleSet rollBack(String version, String author, String note) {
		RuleSetFiles files = library.filesOf(version)
			.orElseThrow(() -> new com.leeway.system.UserFacingException.NotFound("ruleset.versionNotFound", version));
		return publish(files, author, note);
	}

	/** Notices hand edits of the rules folder and publishes them when they pass; otherwise says what is wrong. */
	@Scheduled(fixedDelayString = "${leeway.rules.watch-interval:2s}", initialDelayString = "${leeway.rules.watch-interval:2s}")
	public void watchFolder() {
		RuleSetFiles files = RuleSetFiles.readFolder(properties.dir());
		if (files.hash().equals(lastSeenFolderHash)) {
			return;
		}
		publishing.lock();
		try {
			lastSeenFolderHash = files.hash();
			if (active != null && files.hash().equals(active.version())) {
				return;
			}
			CandidateCheck check = check(files);
			lastFolderCheck = check;
			if (check.publishable()) {
				activateFromFolder(check, "Edited in the rules folder");
			}
			else {
				log.error("The edited rules folder was not activated; the active rule set keeps serving. {}",
						check.verdict());
				check.errors().forEach(problem -> log.error("  {}", problem));
			}
		}
		finally {
			publishing.unlock();
		}
	}

	/** Follows versions published by another instance sharing the database. */
	@Scheduled(fixedDelayString = "${leeway.rules.sync-interval:3s}", initialDelayString = "${leeway.rules.sync-interval:3s}")
	public void followDatabase() {
		Optional<RuleSetPublication> latest = library.latestPublication();
		if (latest.isEmpty() || latest.get().getId().equals(activePublicationId)) {
			return;
		}
		publishing.lock();
		try {
			RuleSetPublication publication = library.latestPublication().orElseThrow();
			if (publication.getId().equals(activePublicationId)) {
				return;
			}
			if (active != null && publication.getContentHash().equals(active.version())) {
				activePublicationId = publication.getId();
				return;
			}
			library.filesOf(publication.getContentHash())
				.flatMap(files -> compiler.compile(files).ruleSet())
				.ifPresent(ruleSet -> {
					writeFolder(ruleSet.files());
					swap(ruleSet, publication);
					log.info("Followed rule set {} published by {} on another instance.", ruleSet.version(),
							publication.getPublishedBy());
				});
		}
		finally {
			publishing.unlock();
		}
	}

	private void activateFromFolder(CandidateCheck check, String note) {
		CompiledRuleSet ruleSet = check.compilation().ruleSet().get();
		Optional<RuleSetPublication> latest = library.latestPublication();
		RuleSetPublication publication = latest.isPresent() && latest.get().getContentHash().equals(ruleSet.version())
				? latest.get() : library.record(ruleSet, FOLDER_AUTHOR, note);
		swap(ruleSet, publication);
	}

	private ActiveRuleSet swap(CompiledRuleSet ruleSet, RuleSetPublication publication) {
		rulings.activate(ruleSet);
		ActiveRuleSet info = new ActiveRuleSet(ruleSet.version(), clock.instant(), ruleSet.ruleCount(),
				ruleSet.files().paths(), ruleSet.ruleNames(), publication.getPublishedBy(), publication.getNote());
		this.active = info;
		this.activePublicationId = publication.getId();
		log.info("Rule set {} is active: {} rules from {} files", ruleSet.version(), ruleSet.ruleCount(),
				ruleSet.files().paths().size());
		return info;
	}

	/** Makes the rules folder hold exactly the given files, each replaced in one move. */
	private void writeFolder(RuleSetFiles files) {
		Path folder = properties.dir();
		try {
			Files.createDirectories(folder);
			RuleSetFiles current = RuleSetFiles.readFolder(folder);
			for (String path : current.paths()) {
				if (files.content(path) == null) {
					Files.deleteIfExists(folder.resolve(path));
				}
			}
			for (var entry : files.files().entrySet()) {
				if (java.util.Arrays.equals(current.content(entry.getKey()), entry.getValue())) {
					continue;
				}
				Path target = folder.resolve(entry.getKey()).normalize();
				if (!target.startsWith(folder.normalize())) {
					throw new IllegalArgumentException("A rule file must stay inside the rules folder: " + entry.getKey());
				}
				Files.createDirectories(target.getParent());
				Path temporary = target.resolveSibling("." + target.getFileName() + ".publishing");
				Files.write(temporary, entry.getValue());
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			lastSeenFolderHash = files.hash();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the rules folder " + folder, ex);
		}
	}

	public Optional<ActiveRuleSet> active() {
		return Optional.ofNullable(active);
	}

	/** The files of the active rule set: the base every browser edit starts from. */
	public RuleSetFiles activeFiles() {
		return rulings.active().map(CompiledRuleSet::files).orElseGet(() -> RuleSetFiles.readFolder(properties.dir()));
	}

	/** The result of the last check of the rules folder, for IT staff to see what is wrong with a hand edit. */
	public Optional<CandidateCheck> lastFolderCheck() {
		return Optional.ofNullable(lastFolderCheck);
	}

	public List<RuleProblem> folderErrors() {
		return lastFolderCheck == null ? List.of() : lastFolderCheck.errors();
	}

}
