package com.leeway.request;

import static com.leeway.LeewayApi.requestBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.aopalliance.intercept.MethodInterceptor;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.leeway.LeewayApi;
import com.leeway.LeewayApi.Response;
import com.leeway.ruling.RequestFacts;
import com.leeway.ruling.RuleEvaluator;

/**
 * The rules rule while no database connection is held: the application runs with a pool of ONE connection, and
 * at the moment the rules evaluate a marked request, a witness notes whether the evaluating thread has a
 * transaction or any connection bound, and has another user read their request list over HTTP. That read needs
 * the pool's only connection; if the evaluation held it, the read would wait out the pool's timeout and fail.
 * The witness only watches: the real evaluation runs unchanged right after it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=" + EvaluationHoldsNoConnectionIntegrationTests.DATABASE,
				"spring.datasource.hikari.maximum-pool-size=1", "spring.datasource.hikari.connection-timeout=1000",
				// Flyway migrates over a connection of its own, outside the pool under test.
				"spring.flyway.url=" + EvaluationHoldsNoConnectionIntegrationTests.DATABASE,
				"spring.flyway.user=${spring.datasource.username}",
				"spring.flyway.password=${spring.datasource.password}" })
@ActiveProfiles("test")
class EvaluationHoldsNoConnectionIntegrationTests {

	static final String DATABASE = "jdbc:h2:mem:leeway-one-connection;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

	static final String WATCHED_PRODUCT = "Watched while ruled";

	static final Witness WITNESS = new Witness();

	@LocalServerPort
	int port;

	LeewayApi api;

	@BeforeEach
	void connect() {
		api = new LeewayApi(port);
		WITNESS.start(api);
	}

	/** What the evaluating thread looked like while the rules ran. */
	record Moment(boolean inTransaction, List<String> boundResources, int otherUsersRead) {
	}

	static final class Witness {

		private volatile LeewayApi api;

		final List<Moment> moments = new CopyOnWriteArrayList<>();

		void start(LeewayApi api) {
			this.api = api;
			moments.clear();
		}

		void evaluating() {
			List<String> bound = TransactionSynchronizationManager.getResourceMap()
				.keySet()
				.stream()
				.map(key -> key.getClass().getSimpleName())
				.toList();
			moments.add(new Moment(TransactionSynchronizationManager.isActualTransactionActive(), bound,
					api.get("bob", "/api/v1/exception-requests").status()));
		}

	}

	@TestConfiguration
	static class WatchEvaluations {

		@Bean
		static BeanPostProcessor watchRulings() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (!(bean instanceof RuleEvaluator)) {
						return bean;
					}
					ProxyFactory proxy = new ProxyFactory(bean);
					proxy.setProxyTargetClass(true);
					proxy.addAdvice((MethodInterceptor) invocation -> {
						if (invocation.getMethod().getName().equals("evaluate")
								&& invocation.getArguments()[0] instanceof RequestFacts facts
								&& WATCHED_PRODUCT.equals(facts.product())) {
							WITNESS.evaluating();
						}
						return invocation.proceed();
					});
					return proxy.getProxy();
				}
			};
		}

	}

	static void assertNothingHeldWhileRuling(int evaluations) {
		assertThat(WITNESS.moments).hasSize(evaluations);
		SoftAssertions.assertSoftly(softly -> WITNESS.moments.forEach(moment -> {
			softly.assertThat(moment.inTransaction()).as("a transaction was open while the rules ruled").isFalse();
			softly.assertThat(moment.boundResources()).as("resources bound to the thread while the rules ruled").isEmpty();
			softly.assertThat(moment.otherUsersRead()).as("another user's read with the only connection").isEqualTo(200);
		}));
	}

	@Test
	void aSubmitIsRuledWithoutHoldingAConnectionAndStoredAfterwards() {
		Response submitted = api.post("alice", "/api/v1/exception-requests",
				requestBody("WORD_PROCESSING", WATCHED_PRODUCT, 30, 2, "INTERNAL"));

		assertThat(submitted.status()).isEqualTo(201);
		assertNothingHeldWhileRuling(1);
		Response stored = api.get("alice", "/api/v1/exception-requests/" + submitted.id());
		assertThat(stored.status()).isEqualTo(200);
		assertThat(stored.json().path("timeline").toString()).contains("SUBMITTED").contains("RULED");
	}

	@Test
	void aDryRunIsRuledWithoutHoldingAConnection() {
		Response evaluated = api.post("alice", "/api/v1/evaluations",
				requestBody("WORD_PROCESSING", WATCHED_PRODUCT, 30, 2, "INTERNAL"));

		assertThat(evaluated.status()).isEqualTo(200);
		assertNothingHeldWhileRuling(1);
	}

	@Test
	void aRenewalIsRuledWithoutHoldingAConnectionAndStoredWithItsTimeline() {
		Response original = api.post("alice", "/api/v1/exception-requests",
				requestBody("WORD_PROCESSING", WATCHED_PRODUCT, 30, 2, "INTERNAL"));
		assertThat(original.text("status")).isEqualTo("APPROVED");

		Response renewed = api.post("alice", "/api/v1/exception-requests/" + original.id() + "/renewal",
				Map.of("whatChanged", "The partner still sends these files.", "durationDays", 30));

		assertThat(renewed.status()).isEqualTo(201);
		assertNothingHeldWhileRuling(2);
		assertThat(renewed.json().path("timeline").toString()).contains("RENEWS");
		assertThat(api.get("alice", "/api/v1/exception-requests/" + original.id()).json().path("timeline").toString())
			.contains("RENEWAL_ASKED");
	}

}
