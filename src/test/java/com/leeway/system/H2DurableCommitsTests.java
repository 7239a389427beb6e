package com.leeway.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class H2DurableCommitsTests {

	@Test
	void anEmbeddedFileUrlWithoutAWriteDelayGetsDurableCommits() {
		assertThat(H2DurableCommits.durable("jdbc:h2:file:/srv/leeway/data;MODE=PostgreSQL"))
			.isEqualTo("jdbc:h2:file:/srv/leeway/data;MODE=PostgreSQL;WRITE_DELAY=0");
		assertThat(H2DurableCommits.durable("jdbc:h2:./data/leeway")).isEqualTo("jdbc:h2:./data/leeway;WRITE_DELAY=0");
	}

	@Test
	void aWriteDelayTheOperatorChoseIsKept() {
		assertThat(H2DurableCommits.durable("jdbc:h2:file:./data/leeway;write_delay=0"))
			.isEqualTo("jdbc:h2:file:./data/leeway;write_delay=0");
		assertThat(H2DurableCommits.durable("jdbc:h2:file:./data/leeway;WRITE_DELAY=500;MODE=PostgreSQL"))
			.isEqualTo("jdbc:h2:file:./data/leeway;WRITE_DELAY=500;MODE=PostgreSQL");
	}

	@Test
	void inMemoryRemoteAndOtherDatabasesAreLeftAlone() {
		for (String url : new String[] { "jdbc:h2:mem:leeway;DB_CLOSE_DELAY=-1", "jdbc:h2:tcp://db/leeway",
				"jdbc:h2:ssl://db/leeway", "jdbc:postgresql://db:5432/leeway" }) {
			assertThat(H2DurableCommits.durable(url)).isEqualTo(url);
		}
	}

}
