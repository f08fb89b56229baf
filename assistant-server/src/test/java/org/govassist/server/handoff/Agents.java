package org.govassist.server.handoff;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.govassist.server.ApiClient;
import org.govassist.server.account.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Agents' accounts for tests, written straight into the account table, and their logins.
 */
final class Agents {

	static final String PASSWORD = "agent-password-1";

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final ApiClient api;

	Agents(JdbcClient jdbc, PasswordEncoder encoder, int port) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.api = new ApiClient(port);
	}

	/**
	 * Creates an agent and logs in.
	 *
	 * @param username the name, also the display name with 工作人员 before it
	 * @param skills the categories the agent takes; none for all
	 * @return the login token
	 */
	String login(String username, String... skills) {
		create(username, new Role[] { Role.AGENT }, skills);
		return api.login(username, PASSWORD);
	}

	/** Creates an account with roles and logs in. */
	String login(String username, Role[] roles) {
		create(username, roles);
		return api.login(username, PASSWORD);
	}

	private void create(String username, Role[] roles, String... skills) {
		jdbc.sql("""
				INSERT INTO account (username, password_hash, display_name, roles, skills, enabled, created)
				VALUES (:username, :hash, :displayName, :roles, :skills, TRUE, :now)""")
			.param("username", username)
			.param("hash", encoder.encode(PASSWORD))
			.param("displayName", displayName(username))
			.param("roles", Arrays.stream(roles).map(Role::name).collect(Collectors.joining(",")))
			.param("skills", String.join(",", skills))
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.update();
	}

	static String displayName(String username) {
		return "工作人员" + username;
	}

}
