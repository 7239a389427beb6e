package com.leeway.ruleset;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leeway.ruling.CompiledRuleSet;
import com.leeway.ruling.RuleSetFiles;

/**
 * The published rule sets in the database: every version with the full content of its files. Because they live
 * in the database, every Leeway instance sharing it can serve the same version.
 */
@Service
public class RuleSetLibrary {

	private final RuleSetVersions versions;

	private final RuleSetFileEntries files;

	private final RuleSetPublications publications;

	private final Clock clock;

	RuleSetLibrary(RuleSetVersions versions, RuleSetFileEntries files, RuleSetPublications publications, Clock clock) {
		this.versions = versions;
		this.files = files;
		this.publications = publications;
		this.clock = clock;
	}

	/**
	 * Records that a rule set was published now. Its content is stored once; publishing content seen before (a
	 * roll back) adds only a publication.
	 */
	@Transactional
	public RuleSetPublication record(CompiledRuleSet ruleSet, String author, String note) {
		return record(ruleSet, author, note, null);
	}

	/** Records a publication that a second person signed off (approver null: published without sign-off). */
	@Transactional
	public RuleSetPublication record(CompiledRuleSet ruleSet, String author, String note, String approver) {
		if (versions.findByContentHash(ruleSet.version()).isEmpty()) {
			RuleSetVersion version = versions.save(
					new RuleSetVersion(ruleSet.version(), clock.instant(), author, note, ruleSet.ruleCount()));
			ruleSet.files()
				.files()
				.forEach((path, content) -> files.save(new RuleSetFileEntry(version.getId(), path, content)));
		}
		RuleSetPublication publication = new RuleSetPublication(ruleSet.version(), clock.instant(), author, note,
				ruleSet.ruleCount());
		return publications.save(approver == null ? publication : publication.approvedBy(approver, clock.instant()));
	}

	/** The publication that made the current version active. */
	@Transactional(readOnly = true)
	public Optional<RuleSetPublication> latestPublication() {
		return publications.findFirstByOrderByIdDesc();
	}

	@Transactional(readOnly = true)
	public List<RuleSetPublication> history() {
		return publications.findAllByOrderByIdDesc();
	}

	@Transactional(readOnly = true)
	public Optional<RuleSetFiles> filesOf(String contentHash) {
		return versions.findByContentHash(contentHash).map(this::filesOf);
	}

	@Transactional(readOnly = true)
	public Optional<RuleSetVersion> find(String contentHash) {
		return versions.findByContentHash(contentHash);
	}

	@Transactional(readOnly = true)
	public RuleSetFiles filesOf(RuleSetVersion version) {
		Map<String, byte[]> content = new TreeMap<>();
		for (RuleSetFileEntry entry : files.findByVersionIdOrderByPathAsc(version.getId())) {
			content.put(entry.getPath(), entry.getContent());
		}
		return new RuleSetFiles(content);
	}

}
