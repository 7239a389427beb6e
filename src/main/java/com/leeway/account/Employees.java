package com.leeway.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Employees extends JpaRepository<Employee, Long> {

	Optional<Employee> findByUsername(String username);

	List<Employee> findByEmailIgnoreCase(String email);

	Optional<Employee> findByIdentitySourceAndSubject(String identitySource, String subject);

	List<Employee> findByRoleAndDepartment(Role role, String department);

	List<Employee> findByRole(Role role);

	boolean existsByRole(Role role);

	boolean existsByUsernameIgnoreCase(String username);

	long countByDepartmentIgnoreCase(String department);

	@org.springframework.data.jpa.repository.Query("""
			select e from Employee e
			where lower(e.username) like ?1 or lower(e.displayName) like ?1 or lower(e.email) like ?1
			   or lower(e.department) like ?1
			order by e.username""")
	org.springframework.data.domain.Page<Employee> search(String pattern,
			org.springframework.data.domain.Pageable page);

	List<Employee> findByDepartmentIgnoreCase(String department);

}
