package com.leeway.ruleset;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.leeway.ruling.RuleProblem;
import com.leeway.ruling.RuleSetFiles;

/**
 * Notices hand edits of the rules folder: a changed folder is checked like any candidate and published when it
 * passes (with sign-off on, it becomes a change waiting for sign-off instead); otherwise the active rule set keeps serving and IT staff see what is wrong. When the folder holds the
 * active version again (the edit was undone, or published from the browser), there is nothing wrong to show.
 */
@Component
class RulesFolderWatcher {

	private static final Logger log = LoggerFactory.getLogger(RulesFolderWatcher.class);

	private final RulesFolder folder;

	private final RuleSetPublisher publisher;

	private final ActiveRuleSetHolder holder;

	/** The folder content last looked at, so only a change to the folder triggers a check. */
	private volatile String lastSeenFolderHash;

	private volatile CandidateCheck lastFolderCheck;

	private final RulesProperties properties;

	/** Where a passing hand edit goes while sign-off is on: a change waiting for sign-off. */
	private final org.springframework.beans.factory.ObjectProvider<RuleChangeSets> changeSets;

	RulesFolderWatcher(RulesFolder folder, RuleSetPublisher publisher, ActiveRuleSetHolder holder,
			RulesProperties properties, org.springframework.beans.factory.ObjectProvider<RuleChangeSets> changeSets) {
		this.folder = folder;
		this.publisher = publisher;
		this.holder = holder;
		this.properties = properties;
		this.changeSets = changeSets;
	}

	@Scheduled(fixedDelayString = "${leeway.rules.watch-interval:2s}", initialDelayString = "${leeway.rules.watch-interval:2s}")
	void watchFolder() {
		try {
			if (folder.read().hash().equals(lastSeenFolderHash)) {
				return;
			}
			holder.whileChanging(this::checkFolder);
		}
		catch (RuntimeException ex) {
			// Whatever is in the folder, the active rule set keeps serving; the next change is looked at again.
			log.error("The rules folder {} could not be checked; the active rule set keeps serving.",
					folder.path().toAbsolutePath(), ex);
		}
	}

	/** Checks the folder as it is now (a publication may just have rewritten it), holding the change lock. */
	private void checkFolder() {
		RuleSetFiles files = folder.read();
		lastSeenFolderHash = files.hash();
		if (holder.isActive(files.hash())) {
			lastFolderCheck = holder.activeCheck().orElse(null);
			return;
		}
		CandidateCheck check = publisher.check(files);
		lastFolderCheck = check;
		if (check.publishable() && properties.signOff() && holder.active().isPresent()) {
			// Sign-off is on: the hand edit waits for a second person like any other change.
			changeSets.getObject().fromFolder(files);
			log.info("The edited rules folder passed its check and waits for sign-off; the active rule set keeps serving.");
		}
		else if (check.publishable()) {
			publisher.publishFromFolder(check, "Edited in the rules folder");
		}
		else {
			log.error("The edited rules folder was not activated; the active rule set keeps serving. {}",
					check.verdict());
			check.errors().forEach(problem -> log.error("  {}", problem));
		}
	}

	/** Records a check of the folder made at start-up, so the watcher looks again only when the folder changes. */
	void seen(RuleSetFiles files, CandidateCheck check) {
		lastSeenFolderHash = files.hash();
		lastFolderCheck = check;
	}

	/** The result of the last check of the rules folder, for IT staff to see what is wrong with a hand edit. */
	Optional<CandidateCheck> lastFolderCheck() {
		return Optional.ofNullable(lastFolderCheck);
	}

	List<RuleProblem> folderErrors() {
		CandidateCheck check = lastFolderCheck;
		return check == null ? List.of() : check.errors();
	}

}
