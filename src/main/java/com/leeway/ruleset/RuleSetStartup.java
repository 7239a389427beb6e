package com.leeway.ruleset;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import com.leeway.ruling.RuleSetCompilation;
import com.leeway.ruling.RuleSetCompiler;
import com.leeway.ruling.RuleSetFiles;

/**
 * Chooses the rule set to serve when the service starts. A rule set that was good enough to publish is good
 * enough to start: the latest publication is compiled, without running its rule tests again, and serves. A rules
 * folder that differs from it is then checked like any hand edit (compile and tests) and published only if it
 * passes. Only on the very first start, with nothing published yet, does the folder have to pass its tests to
 * serve. Nothing in the rules folder can stop the service from starting: at worst every request goes to IT staff
 * for review until the rules are fixed.
 */
@Component
class RuleSetStartup implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(RuleSetStartup.class);

	/** How many earlier versions are tried when the latest publication no longer compiles. */
	private static final int EARLIER_VERSIONS_TRIED = 10;

	private final RulesFolder folder;

	private final RuleSetLibrary library;

	private final RuleSetCompiler compiler;

	private final RuleSetPublisher publisher;

	private final RulesFolderWatcher watcher;

	private final ActiveRuleSetHolder holder;

	RuleSetStartup(RulesFolder folder, RuleSetLibrary library, RuleSetCompiler compiler, RuleSetPublisher publisher,
			RulesFolderWatcher watcher, ActiveRuleSetHolder holder) {
		this.folder = folder;
		this.library = library;
		this.compiler = compiler;
		this.publisher = publisher;
		this.watcher = watcher;
		this.holder = holder;
	}

	@Override
	public void afterSingletonsInstantiated() {
		try {
			holder.whileChanging(this::start);
		}
		catch (RuntimeException ex) {
			log.error("No rule set could be activated at start-up; every request goes to IT staff for review until the rules are fixed.",
					ex);
		}
	}

	private void start() {
		Optional<RuleSetFiles> files = readFolder();
		Optional<RuleSetPublication> latest = library.latestPublication();
		if (latest.isEmpty()) {
			files.ifPresent(this::startFromFolder);
			return;
		}
		Optional<CandidateCheck> served = servePublished(latest.get());
		if (files.isPresent() && served.isPresent() && files.get().hash().equals(served.get().version())) {
			watcher.seen(files.get(), served.get());
		}
		else if (files.isPresent()) {
			log.info("The rules folder {} differs from the published rule set; it is checked like a hand edit.",
					folder.path().toAbsolutePath());
		}
	}

	/** The first start: nothing is published yet, so the folder must compile and pass its tests. */
	private void startFromFolder(RuleSetFiles files) {
		CandidateCheck check = publisher.check(files);
		watcher.seen(files, check);
		if (check.publishable()) {
			publisher.publishFromFolder(check, "Loaded from the rules folder at start-up");
			return;
		}
		log.error("The rules folder cannot be activated: {}", check.verdict());
		check.errors().forEach(problem -> log.error("  {}", problem));
		log.error("No earlier rule set exists: every request goes to IT staff for review until the rules are fixed.");
	}

	/**
	 * Serves the latest publication, compiled without its tests; should it no longer compile (say, after an
	 * upgrade), the newest earlier version that does.
	 */
	private Optional<CandidateCheck> servePublished(RuleSetPublication latest) {
		Optional<CandidateCheck> served = compile(latest).map(check -> {
			holder.swap(check, latest);
			return check;
		});
		if (served.isPresent()) {
			return served;
		}
		log.error("The latest published rule set {} does not compile; looking for the newest earlier version that does.",
				latest.getContentHash());
		Set<String> tried = new HashSet<>(Set.of(latest.getContentHash()));
		for (RuleSetPublication publication : library.history()) {
			if (tried.size() > EARLIER_VERSIONS_TRIED) {
				break;
			}
			if (tried.add(publication.getContentHash())) {
				Optional<CandidateCheck> earlier = compile(publication);
				if (earlier.isPresent()) {
					log.warn("The earlier rule set {} serves.", publication.getContentHash());
					holder.swap(earlier.get(), publication);
					return earlier;
				}
			}
		}
		log.error("No published rule set compiles: every request goes to IT staff for review until the rules are fixed.");
		return Optional.empty();
	}

	private Optional<CandidateCheck> compile(RuleSetPublication publication) {
		Optional<RuleSetCompilation> compilation = library.filesOf(publication.getContentHash()).map(compiler::compile);
		return compilation.filter(RuleSetCompilation::succeeded).map(CandidateCheck::ofPublished);
	}

	private Optional<RuleSetFiles> readFolder() {
		try {
			RuleSetFiles files = folder.read();
			log.info("Loading rules from {} ({} files)", folder.path().toAbsolutePath(), files.paths().size());
			return Optional.of(files);
		}
		catch (RuntimeException ex) {
			log.error("The rules folder {} could not be read.", folder.path().toAbsolutePath(), ex);
			return Optional.empty();
		}
	}

}
