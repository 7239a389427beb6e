package com.leeway.ruleset;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import com.leeway.ruling.RuleProblem;
import com.leeway.ruling.RuleSetFiles;

/**
 * What the rest of the application asks of rule sets, whether IT staff edit the rules folder by hand or in the
 * browser: check, preview, publish and roll back ({@link RuleSetPublisher}), what is active
 * ({@link ActiveRuleSetHolder}) and what is wrong with the rules folder ({@link RulesFolderWatcher}). Start-up
 * ({@link RuleSetStartup}) and following other instances ({@link PublicationFollower}) run on their own.
 */
@Service
public class RuleSetManager {

	/** The author recorded for versions that came from editing the rules folder by hand. */
	public static final String FOLDER_AUTHOR = RuleSetPublisher.FOLDER_AUTHOR;

	private final RuleSetPublisher publisher;

	private final RulesFolderWatcher watcher;

	private final ActiveRuleSetHolder holder;

	private final RulesFolder folder;

	RuleSetManager(RuleSetPublisher publisher, RulesFolderWatcher watcher, ActiveRuleSetHolder holder,
			RulesFolder folder) {
		this.publisher = publisher;
		this.watcher = watcher;
		this.holder = holder;
		this.folder = folder;
	}

	/** Compiles a candidate and, when it compiles, runs its rule tests. Nothing changes. */
	public CandidateCheck check(RuleSetFiles files) {
		return publisher.check(files);
	}

	/** What the candidate would rule on the stored requests of a period; nothing changes. */
	public ImpactPreview preview(RuleSetFiles files, Instant from, Instant to) {
		return publisher.preview(files, from, to);
	}

	/** Publishes a candidate that compiles and passes its tests, with a note saying why. */
	public ActiveRuleSet publish(RuleSetFiles files, String author, String note) {
		return publisher.publish(files, author, note);
	}

	/** Publishes the content of an earlier version again, through the same checks. */
	public ActiveRuleSet rollBack(String version, String author, String note) {
		return publisher.rollBack(version, author, note);
	}

	public Optional<ActiveRuleSet> active() {
		return holder.active();
	}

	/** The files of the active rule set: the base every browser edit starts from. */
	public RuleSetFiles activeFiles() {
		return holder.activeFiles().orElseGet(folder::read);
	}

	/** The result of the last check of the rules folder, for IT staff to see what is wrong with a hand edit. */
	public Optional<CandidateCheck> lastFolderCheck() {
		return watcher.lastFolderCheck();
	}

	public List<RuleProblem> folderErrors() {
		return watcher.folderErrors();
	}

}
