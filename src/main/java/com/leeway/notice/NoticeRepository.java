package com.leeway.notice;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NoticeRepository extends JpaRepository<Notice, Long> {

	boolean existsByDedupKey(String dedupKey);

	List<Notice> findTop200ByRecipientOrderByIdDesc(String recipient);

	long countByRecipientAndReadAtIsNull(String recipient);

	List<Notice> findTop100ByEmailedAtIsNullOrderByIdAsc();

	List<Notice> findByRecipientAndRequestIdAndReadAtIsNull(String recipient, Long requestId);

	@Modifying
	@Query("update Notice n set n.readAt = :at where n.recipient = :recipient and n.readAt is null")
	int markAllRead(@Param("recipient") String recipient, @Param("at") Instant at);

}
