package org.govassist.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh, empty schema in the PostgreSQL named by the {@code POSTGRES_URL} environment variable
 * (e.g. {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}), for tests that prove the
 * server runs on PostgreSQL too.
 *
 * <p>Without a reachable PostgreSQL the calling test is skipped, unless {@code CI=true}: there a
 * missing database fails the build, so that a green CI run always includes these tests.
 */
public record PostgresqlSchema(String name, String url) implements AutoCloseable {

	/** The environment variable naming the test database. */
	public static final String URL_VARIABLE = "POSTGRES_URL";

	/**
	 * Creates a schema with a random name.
	 *
	 * @return the schema, and a JDBC URL whose connections use it
	 */
	public static PostgresqlSchema create() {
		String baseUrl = System.getenv(URL_VARIABLE);
		if (baseUrl == null || baseUrl.isBlank()) {
			unavailable(URL_VARIABLE + " is not set");
		}
		String name = "test_" + UUID.randomUUID().toString().replace("-", "");
		try (Connection connection = DriverManager.getConnection(baseUrl);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA " + name);
		}
		catch (SQLException ex) {
			unavailable("PostgreSQL at " + URL_VARIABLE + "=" + baseUrl + " cannot be used: " + ex.getMessage());
		}
		return new PostgresqlSchema(name, baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + name);
	}

	/** Drops the schema and everything in it. */
	@Override
	public void close() throws SQLException {
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA " + name + " CASCADE");
		}
	}

	private static void unavailable(String why) {
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			Assertions.fail(why + "; under CI=true the PostgreSQL tests must run");
		}
		Assumptions.abort(why + "; PostgreSQL tests skipped");
	}

}
