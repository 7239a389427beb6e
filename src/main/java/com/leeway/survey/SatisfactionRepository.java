package com.leeway.survey;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SatisfactionRepository extends JpaRepository<Satisfaction, Long> {

	/** Replaces the stored answer for a request, if there is one; returns how many answers changed (0 or 1). */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Satisfaction s set s.rating = :rating, s.comment = :comment, s.answeredAt = :at where s.requestId = :requestId")
	int change(@Param("requestId") Long requestId, @Param("rating") int rating, @Param("comment") String comment,
			@Param("at") Instant at);

}
