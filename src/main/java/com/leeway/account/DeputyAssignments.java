package com.leeway.account;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeputyAssignments extends JpaRepository<Deputy, Long> {

	@Query("select d from Deputy d where d.manager in ?1 and d.endedAt is null and d.fromDate <= ?2 and d.toDate >= ?2")
	List<Deputy> actingFor(Collection<String> managers, LocalDate day);

	List<Deputy> findByManagerOrderByFromDateDesc(String manager);

	List<Deputy> findAllByOrderByFromDateDesc();

}
