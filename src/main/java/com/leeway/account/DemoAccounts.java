package com.leeway.account;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo accounts (password = user name) in the demo run only: {@code leeway.demo.enabled=true}, which the
 * {@code demo} profile of {@code ./mvnw spring-boot:run} sets. A plain start of the jar seeds no account at all
 * (see {@link FirstAdministrator}); the {@code prod} profile keeps it off even when combined with others.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "leeway.demo.enabled", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private record Demo(String username, String displayName, Role role, String department) {
	}

	private static final List<Demo> ACCOUNTS = List.of(new Demo("alice", "Alice Martin", Role.REQUESTER, "Marketing"),
			new Demo("bob", "Bob Keller", Role.REQUESTER, "Finance"),
			new Demo("ian", "Ian Novak", Role.IT_STAFF, "IT"),
			new Demo("maria", "Maria Rossi", Role.MANAGER, "Marketing"),
			new Demo("frank", "Frank Weber", Role.MANAGER, "Finance"),
			new Demo("admin", "Ada Admin", Role.ADMIN, "IT"));

	private final Employees employees;

	private final PasswordEncoder passwordEncoder;

	private final Organisation organisation;

	DemoAccounts(Employees employees, PasswordEncoder passwordEncoder, Organisation organisation) {
		this.employees = employees;
		this.passwordEncoder = passwordEncoder;
		this.organisation = organisation;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		for (Demo demo : ACCOUNTS) {
			if (employees.findByUsername(demo.username()).isEmpty()) {
				String department = organisation.follow(demo.username(), null, null, demo.role(), demo.department());
				employees.save(new Employee(demo.username(), demo.displayName(), demo.username() + "@leeway.example",
						passwordEncoder.encode(demo.username()), demo.role(), department));
				log.info("Demo account {} ({}, {}) created; its password is its user name.", demo.username(),
						demo.role(), demo.department());
			}
		}
	}

}
