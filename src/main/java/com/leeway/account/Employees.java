package com.leeway.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Employees extends JpaRepository<Employee, Long> {

	Optional<Employee> findByUsername(String username);

	Optional<Employee> findByIdentitySourceAndSubject(String identitySource, String subject);

	List<Employee> findByRoleAndDepartment(Role role, String department);

	List<Employee> findByRole(Role role);

	boolean existsByRole(Role role);

	boolean existsByUsernameIgnoreCase(String username);

}
