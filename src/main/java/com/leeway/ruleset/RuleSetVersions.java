package com.leeway.ruleset;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RuleSetVersions extends JpaRepository<RuleSetVersion, Long> {

	Optional<RuleSetVersion> findByContentHash(String contentHash);


}
