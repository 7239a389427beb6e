package com.leeway.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs people in against the employee table. People of the identity provider have no Leeway password and are
 * not found here.
 */
@Service
class EmployeeUserDetailsService implements UserDetailsService {

	private final Employees employees;

	EmployeeUserDetailsService(Employees employees) {
		this.employees = employees;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return employees.findByUsername(username)
			.filter(Employee::isLocal)
			.map(SignedInUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("No account " + username));
	}

}
