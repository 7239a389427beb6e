package com.leeway.rules;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Service;

import com.leeway.ruling.CompiledRuleSet;
import com.leeway.ruling.RuleProblem;
import com.leeway.ruling.RuleSetCompilation;
import com.leeway.ruling.RuleSetCompiler;
import com.leeway.ruling.RuleSetFiles;
import com.leeway.ruling.Rulings;

/**
 * Decides which rule set is active. At start-up the rules folder is compiled; if it is broken, the last
 * published version keeps serving. Only a rule set that compiles is ever activated, and activation is one
 * atomic swap.
 */
@Service
public class RuleSetManager implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(RuleSetManager.class);

	/** The author recorded for versions that came from the rules folder rather than a person in the browser. */
	public static final String FOLDER_AUTHOR = "rules folder";

	private final RulesProperties properties;

	private final RuleSetCompiler compiler;

	private final Rulings rulings;

	private final RuleSetLibrary library;

	private final Clock clock;

	private final ReentrantLock publishing = new ReentrantLock();

	private volatile ActiveRuleSet active;

	private volatile RuleSetCompilation lastFolderCompilation;

	RuleSetManager(RulesProperties properties, RuleSetCompiler compiler, Rulings rulings, RuleSetLibrary library,
			Clock clock) {
		this.properties = properties;
		this.compiler = compiler;
		this.rulings = rulings;
		this.library = library;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		RuleSetFiles files = RuleSetFiles.readFolder(properties.dir());
		log.info("Loading rules from {} ({} files)", properties.dir().toAbsolutePath(), files.paths().size());
		RuleSetCompilation compilation = compiler.compile(files);
		lastFolderCompilation = compilation;
		if (compilation.succeeded()) {
			activate(compilation.ruleSet().get(), FOLDER_AUTHOR, "Loaded from the rules folder at start-up");
			return;
		}
		compilation.errors().forEach(problem -> log.error("Rule set problem: {}", problem));
		Optional<CompiledRuleSet> previous = library.latest().flatMap(version -> compiler.compile(library.filesOf(version)).ruleSet());
		if (previous.isPresent()) {
			log.warn("The rules folder does not compile; the last published rule set {} keeps serving.",
					previous.get().version());
			swap(previous.get(), library.latest().get());
		}
		else {
			log.error("The rules folder does not compile and no earlier rule set exists: every request will go to IT staff for review until the rules are fixed.");
		}
	}

	/** Compiles a candidate; nothing changes. */
	public RuleSetCompilation compile(RuleSetFiles files) {
		return compiler.compile(files);
	}

	/** Makes a compiled rule set active and records it as published. */
	public ActiveRuleSet activate(CompiledRuleSet ruleSet, String author, String note) {
		publishing.lock();
		try {
			RuleSetVersion version = library.record(ruleSet, author, note);
			return swap(ruleSet, version);
		}
		finally {
			publishing.unlock();
		}
	}

	private ActiveRuleSet swap(CompiledRuleSet ruleSet, RuleSetVersion version) {
		rulings.activate(ruleSet);
		Instant now = clock.instant();
		ActiveRuleSet info = new ActiveRuleSet(ruleSet.version(), now, ruleSet.ruleCount(), ruleSet.files().paths(),
				ruleSet.ruleNames(), version.getPublishedBy(), version.getNote());
		this.active = info;
		log.info("Rule set {} is active: {} rules from {} files", ruleSet.version(), ruleSet.ruleCount(),
				ruleSet.files().paths().size());
		return info;
	}

	public Optional<ActiveRuleSet> active() {
		return Optional.ofNullable(active);
	}

	/** The problems found the last time the rules folder was compiled, for IT staff to see. */
	public Optional<RuleSetCompilation> lastFolderCompilation() {
		return Optional.ofNullable(lastFolderCompilation);
	}

	public java.util.List<RuleProblem> folderErrors() {
		return lastFolderCompilation == null ? java.util.List.of() : lastFolderCompilation.errors();
	}

}
