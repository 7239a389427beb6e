package com.leeway.request;

import static com.leeway.LeewayApi.requestBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.leeway.LeewayApi;
import com.leeway.LeewayApi.Response;

/**
 * An exception is renewed once: when many renewals of the same granted exception arrive at the same moment, the
 * database keeps exactly one and every other caller is told, in plain words, that it was already renewed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OneRenewalPerExceptionIntegrationTests {

	static final int RENEWALS_AT_ONCE = 30;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void ofManyRenewalsOfOneExceptionAtOnceExactlyOneIsStoredAndTheOthersAreToldItWasRenewed() throws Exception {
		LeewayApi api = new LeewayApi(port);
		Response granted = api.post("alice", "/api/v1/exception-requests",
				requestBody("WORD_PROCESSING", "WordPerfect", 60, 3, "INTERNAL"));
		assertThat(granted.text("status")).isEqualTo("APPROVED");
		String renewal = "/api/v1/exception-requests/" + granted.id() + "/renewal";
		CyclicBarrier together = new CyclicBarrier(RENEWALS_AT_ONCE);
		ExecutorService callers = Executors.newFixedThreadPool(RENEWALS_AT_ONCE);
		List<Response> answers = new ArrayList<>();
		try {
			List<Future<Response>> sent = new ArrayList<>();
			for (int i = 0; i < RENEWALS_AT_ONCE; i++) {
				int caller = i;
				sent.add(callers.submit(() -> {
					together.await();
					return api.post("alice", renewal,
							Map.of("whatChanged", "Caller " + caller + ": the partner still sends .wpd files.",
									"durationDays", 60));
				}));
			}
			for (Future<Response> answer : sent) {
				answers.add(answer.get());
			}
		}
		finally {
			callers.shutdownNow();
		}

		assertThat(answers).extracting(Response::status).containsOnly(201, 409);
		assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(1);
		assertThat(answers).filteredOn(answer -> answer.status() == 409)
			.allSatisfy(answer -> assertThat(answer.text("detail")).isEqualTo("Request " + granted.text("reference")
					+ " has already been renewed; open the newer request instead."));
		Long renewalId = answers.stream().filter(answer -> answer.status() == 201).findFirst().orElseThrow().id();
		assertThat(jdbc.queryForList("select id from exception_request where renewal_of_id = ?", Long.class,
				granted.id())).containsExactly(renewalId);
		assertThat(jdbc.queryForObject("select count(*) from exception_request where justification like ?",
				Integer.class, "%What changed since " + granted.text("reference") + "%"))
			.as("nothing half-stored by the refused renewals")
			.isEqualTo(1);
		assertThat(jdbc.queryForObject(
				"select count(*) from request_event where request_id = ? and type = 'RENEWAL_ASKED'", Integer.class,
				granted.id()))
			.isEqualTo(1);
	}

}
