package org.govassist.server;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.govassist.server.account.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Staff accounts for tests, written straight into the account table.
 */
public final class StaffAccounts {

	private StaffAccounts() {
	}

	/**
	 * Creates an enabled account without skills.
	 *
	 * @param jdbc the server's database
	 * @param encoder the server's password encoder
	 * @param username its name, also its display name
	 * @param password its password
	 * @param roles its roles
	 */
	public static void create(JdbcClient jdbc, PasswordEncoder encoder, String username, String password, Role... roles) {
		jdbc.sql("""
				INSERT INTO account (username, password_hash, display_name, roles, skills, enabled, created)
				VALUES (:username, :hash, :username, :roles, '', TRUE, :now)""")
			.param("username", username)
			.param("hash", encoder.encode(password))
			.param("roles", Arrays.stream(roles).map(Role::name).collect(Collectors.joining(",")))
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.update();
	}

	/**
	 * Creates an enabled account without skills unless one of that name exists, for set-ups that
	 * run before each test against a context shared by the class's tests.
	 *
	 * @param jdbc the server's database
	 * @param encoder the server's password encoder
	 * @param username its name, also its display name
	 * @param password its password
	 * @param roles its roles
	 */
	public static void createIfMissing(JdbcClient jdbc, PasswordEncoder encoder, String username, String password,
			Role... roles) {
		if (jdbc.sql("SELECT COUNT(*) FROM account WHERE username = :username")
			.param("username", username)
			.query(Long.class)
			.single() == 0) {
			create(jdbc, encoder, username, password, roles);
		}
	}

	/**
	 * Creates, unless they exist, the editor {@code editor-wang} and the agent {@code agent-li},
	 * both with the given password.
	 *
	 * @param jdbc the server's database
	 * @param encoder the server's password encoder
	 * @param password the password of both
	 */
	public static void createEditorAndAgent(JdbcClient jdbc, PasswordEncoder encoder, String password) {
		createIfMissing(jdbc, encoder, "editor-wang", password, Role.EDITOR);
		createIfMissing(jdbc, encoder, "agent-li", password, Role.AGENT);
	}

}
