package org.govassist.server.knowledge;

import java.sql.SQLException;
import java.util.List;

import org.govassist.server.PostgresqlSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The seed import on PostgreSQL: every seed test again, each on a fresh schema.
 */
class PostgresqlSeedImportTest extends SeedImportTest {

	private PostgresqlSchema schema;

	@BeforeEach
	void createSchema() {
		schema = PostgresqlSchema.create();
	}

	@AfterEach
	void dropSchema() throws SQLException {
		if (schema != null) {
			schema.close();
		}
	}

	@Override
	protected List<String> databaseArguments() {
		return List.of("--spring.datasource.url=" + schema.url());
	}

}
