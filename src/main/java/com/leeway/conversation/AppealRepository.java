package com.leeway.conversation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppealRepository extends JpaRepository<Appeal, Long> {

	List<Appeal> findByRequestIdOrderByIdAsc(Long requestId);

	Optional<Appeal> findByOpenRequestId(Long requestId);

	List<Appeal> findByStatusOrderByFiledAtAsc(Appeal.Status status);

	List<Appeal> findByRuleShouldChangeTrueOrStatusOrderByIdAsc(Appeal.Status status);

}
