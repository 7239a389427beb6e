package com.leeway.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.leeway.LeewayApi;

/**
 * Demo accounts exist only in the demo run, and no password is ever stored as typed.
 */
class AccountsIntegrationTests {

	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@ActiveProfiles("test")
	class DemoRun {

		@Autowired
		Employees employees;

		@LocalServerPort
		int port;

		@Test
		void seedsTheSixDemoAccountsWithHashedPasswords() {
			assertThat(employees.findAll()).extracting(Employee::getUsername)
				.contains("alice", "bob", "ian", "maria", "frank", "admin");
			Employee alice = employees.findByUsername("alice").orElseThrow();
			assertThat(alice.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("alice");
			assertThat(alice.getRole()).isEqualTo(Role.REQUESTER);
			assertThat(alice.getDepartment()).isEqualTo("Marketing");
			assertThat(new LeewayApi(port).get("alice", "/api/v1/standards").status()).isEqualTo(200);
		}

		@Test
		void aCallWithoutSigningInIsRejected() {
			assertThat(new LeewayApi(port).send(null, "GET", "/api/v1/standards", null).status()).isEqualTo(401);
		}

	}

	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@ActiveProfiles({ "test", "prod" })
	class ProductionRun {

		@Autowired
		Employees employees;

		@LocalServerPort
		int port;

		@Test
		void seedsNoAccountsSoDemoPasswordsDoNotWork() {
			assertThat(employees.findByUsername("alice")).isEmpty();
			assertThat(new LeewayApi(port).get("alice", "/api/v1/standards").status()).isEqualTo(401);
		}

	}

}
