package com.leeway.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.leeway.FormClient;
import com.leeway.LeewayApi;

/**
 * Demo accounts exist only in the demo run (the test profile turns it on, as the demo profile does), never with the
 * production profile, and no password is ever stored as typed. Where demo accounts exist, so does an
 * administrator, and there is nothing to set up.
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
			assertThat(new FormClient(port).get("/setup").statusCode()).isEqualTo(404);
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
			assertThat(employees.count()).isZero();
			assertThat(new LeewayApi(port).get("alice", "/api/v1/standards").status()).isEqualTo(401);
			assertThat(new LeewayApi(port).get("admin", "/api/v1/standards").status()).isEqualTo(401);
			assertThat(new FormClient(port).get("/setup").statusCode()).isEqualTo(200);
		}

	}

}
