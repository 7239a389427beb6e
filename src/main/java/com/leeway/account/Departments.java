package com.leeway.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Departments extends JpaRepository<Department, Long> {

	Optional<Department> findByNameKey(String nameKey);

	List<Department> findAllByOrderByNameKeyAsc();

	@Query("select d from Department d join d.managers m where m = ?1")
	List<Department> findManagedBy(String username);

	List<Department> findByNextLevel(String username);

}
