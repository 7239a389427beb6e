package com.leeway.ruleset;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RuleSetFileEntries extends JpaRepository<RuleSetFileEntry, Long> {

	List<RuleSetFileEntry> findByVersionIdOrderByPathAsc(Long versionId);

}
