package com.leeway.audit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TimelineEntries extends JpaRepository<TimelineEntry, Long> {

	List<TimelineEntry> findByRequestIdOrderByIdAsc(Long requestId);

	boolean existsByRequestIdAndType(Long requestId, String type);

}
