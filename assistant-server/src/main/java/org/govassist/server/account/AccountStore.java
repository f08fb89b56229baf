package org.govassist.server.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SQL for accounts and their login tokens. Runs in the caller's transaction.
 *
 * <p>Thread-safe.
 */
@Component
@DependsOnDatabaseInitialization
final class AccountStore {

	private static final String ACCOUNT_COLUMNS = "a.id, a.username, a.display_name, a.roles, a.skills";

	private static final String STATE_COLUMNS = "a.enabled, a.created, a.updated, a.updated_by";

	private final JdbcClient jdbc;

	AccountStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean isEmpty() {
		return jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single() == 0;
	}

	/**
	 * Creates an account.
	 *
	 * @throws org.springframework.dao.DuplicateKeyException when the username is taken
	 */
	void create(String username, String passwordHash, String displayName, Set<Role> roles, List<String> skills,
			OffsetDateTime now) {
		jdbc.sql("""
				INSERT INTO account (username, password_hash, display_name, roles, skills, enabled, created)
				VALUES (:username, :passwordHash, :displayName, :roles, :skills, TRUE, :now)""")
			.param("username", username)
			.param("passwordHash", passwordHash)
			.param("displayName", displayName)
			.param("roles", roles(roles))
			.param("skills", String.join(",", skills))
			.param("now", now)
			.update();
	}

	/** The enabled account with a username, and its password hash. */
	Optional<Credentials> credentials(String username) {
		return jdbc.sql("SELECT " + ACCOUNT_COLUMNS + ", a.password_hash FROM account a"
				+ " WHERE a.username = :username AND a.enabled = TRUE")
			.param("username", username)
			.query((row, n) -> new Credentials(account(row), row.getString("password_hash")))
			.optional();
	}

	void addToken(String tokenHash, long accountId, OffsetDateTime now, OffsetDateTime expires) {
		jdbc.sql("""
				INSERT INTO auth_token (token_hash, account_id, created, expires)
				VALUES (:tokenHash, :accountId, :now, :expires)""")
			.param("tokenHash", tokenHash)
			.param("accountId", accountId)
			.param("now", now)
			.param("expires", expires)
			.update();
	}

	/** The enabled account of a token that has not expired. */
	Optional<Account> accountOfToken(String tokenHash, OffsetDateTime now) {
		return jdbc.sql("SELECT " + ACCOUNT_COLUMNS + " FROM auth_token t JOIN account a ON a.id = t.account_id"
				+ " WHERE t.token_hash = :tokenHash AND t.expires > :now AND a.enabled = TRUE")
			.param("tokenHash", tokenHash)
			.param("now", now)
			.query((row, n) -> account(row))
			.optional();
	}

	/** The account with a username, enabled or not, and its state. */
	Optional<ManagedAccount> find(String username) {
		return jdbc.sql("SELECT " + ACCOUNT_COLUMNS + ", " + STATE_COLUMNS + " FROM account a WHERE a.username = :username")
			.param("username", username)
			.query((row, n) -> managed(row))
			.optional();
	}

	/** Every account, enabled or not, by username. */
	List<ManagedAccount> list() {
		return jdbc.sql("SELECT " + ACCOUNT_COLUMNS + ", " + STATE_COLUMNS + " FROM account a ORDER BY a.username")
			.query((row, n) -> managed(row))
			.list();
	}

	/** Replaces an account's display name, roles and skills. */
	void update(long id, String displayName, Set<Role> roles, List<String> skills, String by, OffsetDateTime now) {
		jdbc.sql("""
				UPDATE account SET display_name = :displayName, roles = :roles, skills = :skills,
					updated = :now, updated_by = :by
				WHERE id = :id""")
			.param("displayName", displayName)
			.param("roles", roles(roles))
			.param("skills", String.join(",", skills))
			.param("now", now)
			.param("by", by)
			.param("id", id)
			.update();
	}

	/** Enables or disables an account. */
	void setEnabled(long id, boolean enabled, String by, OffsetDateTime now) {
		jdbc.sql("UPDATE account SET enabled = :enabled, updated = :now, updated_by = :by WHERE id = :id")
			.param("enabled", enabled)
			.param("now", now)
			.param("by", by)
			.param("id", id)
			.update();
	}

	/** Replaces an account's password hash. */
	void setPasswordHash(long id, String passwordHash, String by, OffsetDateTime now) {
		jdbc.sql("UPDATE account SET password_hash = :hash, updated = :now, updated_by = :by WHERE id = :id")
			.param("hash", passwordHash)
			.param("now", now)
			.param("by", by)
			.param("id", id)
			.update();
	}

	/** Deletes one token; returns whether it existed. */
	boolean deleteToken(String tokenHash) {
		return jdbc.sql("DELETE FROM auth_token WHERE token_hash = :tokenHash").param("tokenHash", tokenHash).update() > 0;
	}

	/** Deletes every token of an account; returns how many. */
	int deleteTokensOf(long accountId) {
		return jdbc.sql("DELETE FROM auth_token WHERE account_id = :id").param("id", accountId).update();
	}

	/** Deletes the tokens that expired before a time; returns how many. */
	int deleteTokensExpiredBefore(OffsetDateTime time) {
		return jdbc.sql("DELETE FROM auth_token WHERE expires <= :time").param("time", time).update();
	}

	private static String roles(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
	}

	private static ManagedAccount managed(ResultSet row) throws SQLException {
		return new ManagedAccount(account(row), row.getBoolean("enabled"), row.getObject("created", OffsetDateTime.class),
				row.getObject("updated", OffsetDateTime.class), row.getString("updated_by"));
	}

	private static Account account(ResultSet row) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String role : row.getString("roles").split(",")) {
			if (!role.isEmpty()) {
				roles.add(Role.valueOf(role));
			}
		}
		List<String> skills = Arrays.stream(row.getString("skills").split(",")).filter(s -> !s.isEmpty()).toList();
		return new Account(row.getLong("id"), row.getString("username"), row.getString("display_name"), roles, skills);
	}

	/**
	 * An account and the hash of its password.
	 *
	 * @param account the account
	 * @param passwordHash its BCrypt hash
	 */
	record Credentials(Account account, String passwordHash) {
	}

}
