package com.leeway.ruleset;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.leeway.ruling.RuleSetCompilation;
import com.leeway.ruling.RuleSetCompiler;
import com.leeway.ruling.RuleSetFiles;

/**
 * Follows versions published by another instance sharing the database: the latest publication is compiled (its
 * tests ran when it was published), written to this instance's rules folder and swapped in.
 */
@Component
class PublicationFollower {

	private static final Logger log = LoggerFactory.getLogger(PublicationFollower.class);

	private final RuleSetLibrary library;

	private final RuleSetCompiler compiler;

	private final RulesFolder folder;

	private final ActiveRuleSetHolder holder;

	/** A publication that did not compile here, so it is not compiled again every few seconds. */
	private volatile Long failedPublicationId;

	PublicationFollower(RuleSetLibrary library, RuleSetCompiler compiler, RulesFolder folder,
			ActiveRuleSetHolder holder) {
		this.library = library;
		this.compiler = compiler;
		this.folder = folder;
		this.holder = holder;
	}

	@Scheduled(fixedDelayString = "${leeway.rules.sync-interval:3s}", initialDelayString = "${leeway.rules.sync-interval:3s}")
	void followDatabase() {
		Optional<RuleSetPublication> latest = library.latestPublication();
		if (latest.isEmpty() || holder.isActivePublication(latest.get().getId())
				|| latest.get().getId().equals(failedPublicationId)) {
			return;
		}
		holder.whileChanging(this::followLatest);
	}

	private void followLatest() {
		RuleSetPublication publication = library.latestPublication().orElseThrow();
		if (holder.isActivePublication(publication.getId())) {
			return;
		}
		if (holder.isActive(publication.getContentHash())) {
			holder.adopt(publication);
			return;
		}
		Optional<RuleSetFiles> files = library.filesOf(publication.getContentHash());
		RuleSetCompilation compilation = files.map(compiler::compile).orElse(null);
		if (compilation == null || !compilation.succeeded()) {
			failedPublicationId = publication.getId();
			log.error("Rule set {} published by {} on another instance does not compile here; the active rule set keeps serving.",
					publication.getContentHash(), publication.getPublishedBy());
			return;
		}
		folder.write(files.get());
		holder.swap(CandidateCheck.ofPublished(compilation), publication);
		log.info("Followed rule set {} published by {} on another instance.", publication.getContentHash(),
				publication.getPublishedBy());
	}

}
