package com.leeway.ruleset;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RuleSetPublications extends JpaRepository<RuleSetPublication, Long> {

	Optional<RuleSetPublication> findFirstByOrderByIdDesc();

	List<RuleSetPublication> findAllByOrderByIdDesc();

}
