package com.leeway.ruleset;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.leeway.ruling.CompiledRuleSet;
import com.leeway.ruling.RuleSetFiles;
import com.leeway.ruling.RuleEvaluator;

/**
 * The rule set that decides right now, the publication that made it active and the check it passed, and the one
 * lock every change of the active rule set takes: publishing, a hand edit of the folder and following another
 * instance never interleave.
 */
@Component
class ActiveRuleSetHolder {

	private static final Logger log = LoggerFactory.getLogger(ActiveRuleSetHolder.class);

	private final RuleEvaluator rulings;

	private final Clock clock;

	private final ReentrantLock changing = new ReentrantLock();

	private volatile Active current;

	ActiveRuleSetHolder(RuleEvaluator rulings, Clock clock) {
		this.rulings = rulings;
		this.clock = clock;
	}

	/** What is active, held together so readers never see the rule set of one publication with another's details. */
	private record Active(ActiveRuleSet info, Long publicationId, CandidateCheck check) {
	}

	/** Runs a change of the active rule set while no other change runs. */
	<T> T whileChanging(Supplier<T> change) {
		changing.lock();
		try {
			return change.get();
		}
		finally {
			changing.unlock();
		}
	}

	void whileChanging(Runnable change) {
		whileChanging(() -> {
			change.run();
			return null;
		});
	}

	/**
	 * Makes a compiled rule set the one that decides, recorded as made active by the given publication. The
	 * check must have compiled.
	 */
	ActiveRuleSet swap(CandidateCheck check, RuleSetPublication publication) {
		CompiledRuleSet ruleSet = check.compilation().ruleSet().orElseThrow();
		rulings.activate(ruleSet);
		ActiveRuleSet info = new ActiveRuleSet(ruleSet.version(), clock.instant(), ruleSet.ruleCount(),
				ruleSet.files().paths(), ruleSet.ruleNames(), publication.getPublishedBy(), publication.getNote());
		current = new Active(info, publication.getId(), check);
		log.info("Rule set {} is active: {} rules from {} files", ruleSet.version(), ruleSet.ruleCount(),
				ruleSet.files().paths().size());
		return info;
	}

	/** Records that a later publication of the same content is the one behind the active rule set. */
	void adopt(RuleSetPublication publication) {
		Active active = current;
		if (active != null && active.info().version().equals(publication.getContentHash())) {
			current = new Active(active.info(), publication.getId(), active.check());
		}
	}

	Optional<ActiveRuleSet> active() {
		Active active = current;
		return active == null ? Optional.empty() : Optional.of(active.info());
	}

	boolean isActive(String version) {
		Active active = current;
		return active != null && active.info().version().equals(version);
	}

	boolean isActivePublication(Long publicationId) {
		Active active = current;
		return active != null && Objects.equals(active.publicationId(), publicationId);
	}

	/** The check the active rule set passed: what the rules folder shows when it holds the active version. */
	Optional<CandidateCheck> activeCheck() {
		Active active = current;
		return active == null ? Optional.empty() : Optional.of(active.check());
	}

	Optional<RuleSetFiles> activeFiles() {
		return rulings.active().map(CompiledRuleSet::files);
	}

}
