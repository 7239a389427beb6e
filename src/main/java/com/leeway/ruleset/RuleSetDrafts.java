package com.leeway.ruleset;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RuleSetDrafts extends JpaRepository<RuleSetDraft, Long> {

	List<RuleSetDraft> findByAuthorAndStateInOrderByUpdatedAtDescIdDesc(String author,
			Collection<RuleSetDraft.State> states);

	List<RuleSetDraft> findByStateOrderBySubmittedAtAscIdAsc(RuleSetDraft.State state);

}
