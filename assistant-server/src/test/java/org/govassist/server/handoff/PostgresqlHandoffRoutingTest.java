package org.govassist.server.handoff;

import java.sql.SQLException;

import org.govassist.server.PostgresqlSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Handing citizens over to agents on PostgreSQL: every test of {@link HandoffRoutingTest} again, with the migrations and queries
 * running on PostgreSQL in place of the embedded database.
 */
class PostgresqlHandoffRoutingTest extends HandoffRoutingTest {

	private static PostgresqlSchema schema;

	@BeforeAll
	static void createSchema() {
		schema = PostgresqlSchema.create();
	}

	@AfterAll
	static void dropSchema() throws SQLException {
		if (schema != null) {
			schema.close();
		}
	}

	@DynamicPropertySource
	static void postgresql(DynamicPropertyRegistry properties) {
		properties.add("spring.datasource.url", () -> schema.url());
	}

}
