package com.leeway.rules;

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

	private final Clock clock;

	RuleSetLibrary(RuleSetVersions versions, RuleSetFileEntries files, Clock clock) {
		this.versions = versions;
		this.files = files;
		this.clock = clock;
	}

	/**
	 * Records a rule set as published now. Content published before becomes the latest again (a roll back), with
	 * the new author and note; its files are already stored.
	 */
	@Transactional
	public RuleSetVersion record(CompiledRuleSet ruleSet, String author, String note) {
		Optional<RuleSetVersion> existing = versions.findByContentHash(ruleSet.version());
		if (existing.isPresent()) {
			existing.get().republish(clock.instant(), author, note);
			return existing.get();
		}
		RuleSetVersion version = versions.save(
				new RuleSetVersion(ruleSet.version(), clock.instant(), author, note, ruleSet.ruleCount()));
		ruleSet.files().files().forEach((path, content) -> files.save(new RuleSetFileEntry(version.getId(), path, content)));
		return version;
	}

	@Transactional(readOnly = true)
	public Optional<RuleSetVersion> latest() {
		return versions.findFirstByOrderByPublishedAtDescIdDesc();
	}

	@Transactional(readOnly = true)
	public Optional<RuleSetVersion> find(String contentHash) {
		return versions.findByContentHash(contentHash);
	}

	@Transactional(readOnly = true)
	public List<RuleSetVersion> all() {
		return versions.findAllByOrderByPublishedAtDescIdDesc();
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
