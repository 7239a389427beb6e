package com.leeway.emergency;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EmergencyRecords extends JpaRepository<Emergency, Long> {

	@Query("select e from Emergency e where e.endedAt is null and e.endsAt > :now order by e.declaredAt, e.id")
	List<Emergency> lastingAt(@Param("now") Instant now);

	@Query("select e from Emergency e where e.endedAt is null and e.endsAt <= :now order by e.id")
	List<Emergency> dueToEndAt(@Param("now") Instant now);

	List<Emergency> findAllByOrderByDeclaredAtDescIdDesc();

}
