package com.leeway.notice;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeRepository extends JpaRepository<Notice, Long> {

	boolean existsByDedupKey(String dedupKey);

	List<Notice> findTop200ByRecipientOrderByIdDesc(String recipient);

	long countByRecipientAndReadAtIsNull(String recipient);

	List<Notice> findTop100ByEmailedAtIsNullOrderByIdAsc();

	List<Notice> findByRecipientAndRequestIdAndReadAtIsNull(String recipient, Long requestId);

}
