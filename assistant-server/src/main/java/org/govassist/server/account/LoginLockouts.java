package org.govassist.server.account;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.govassist.server.system.AuthProperties;
import org.govassist.server.system.PeriodicJob;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Locks a username after {@code assistant.auth.max-failures} failed logins in a row, for
 * {@code assistant.auth.lockout}. Failures count in a row while each comes within the lockout
 * duration of the one before; a successful login, an expired lockout or a password reset starts
 * the count again. Names that no account has are counted too, so that a lockout tells nothing
 * about which names exist. The state lives in the database, so it survives restarts and holds on
 * every node; rows no longer needed are deleted every hour.
 *
 * <p>Thread-safe.
 */
@Component
@DependsOnDatabaseInitialization
final class LoginLockouts implements PeriodicJob {

	/** The longest username kept; longer names tried at login are counted under their start. */
	private static final int MAX_USERNAME = 64;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final int maxFailures;

	private final Duration lockout;

	LoginLockouts(JdbcClient jdbc, TransactionTemplate transaction, AuthProperties properties) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.maxFailures = properties.maxFailures();
		this.lockout = properties.lockout();
	}

	/**
	 * When a username's lockout ends.
	 *
	 * @param username the name tried
	 * @param now the time now
	 * @return the end, or empty when the name is not locked
	 */
	Optional<OffsetDateTime> lockedUntil(String username, OffsetDateTime now) {
		return jdbc.sql("SELECT locked_until FROM login_failure WHERE username = :username AND locked_until > :now")
			.param("username", key(username))
			.param("now", now)
			.query(OffsetDateTime.class)
			.optional();
	}

	/**
	 * The usernames locked now, with the end of their lockout.
	 *
	 * @param now the time now
	 * @return end of lockout by username
	 */
	Map<String, OffsetDateTime> locked(OffsetDateTime now) {
		Map<String, OffsetDateTime> locked = new HashMap<>();
		jdbc.sql("SELECT username, locked_until FROM login_failure WHERE locked_until > :now")
			.param("now", now)
			.query(row -> {
				locked.put(row.getString("username"), row.getObject("locked_until", OffsetDateTime.class));
			});
		return locked;
	}

	/**
	 * Counts a failed login.
	 *
	 * @param username the name tried
	 * @param now the time of the failure
	 * @return when this failure locked the name, the end of the lockout; else empty
	 */
	Optional<OffsetDateTime> recordFailure(String username, OffsetDateTime now) {
		try {
			return transaction.execute(status -> countFailure(key(username), now));
		}
		catch (DuplicateKeyException ex) {
			// Another node counted this name's first failure at the same moment: count on its row.
			return transaction.execute(status -> countFailure(key(username), now));
		}
	}

	/**
	 * Forgets a username's failures and lifts its lockout, after a successful login or a password
	 * reset.
	 *
	 * @param username the name
	 */
	void clear(String username) {
		jdbc.sql("DELETE FROM login_failure WHERE username = :username").param("username", key(username)).update();
	}

	private Optional<OffsetDateTime> countFailure(String username, OffsetDateTime now) {
		Optional<Streak> streak = jdbc
			.sql("SELECT failures, last_failure, locked_until FROM login_failure WHERE username = :username FOR UPDATE")
			.param("username", username)
			.query((row, n) -> new Streak(row.getInt("failures"), row.getObject("last_failure", OffsetDateTime.class),
					row.getObject("locked_until", OffsetDateTime.class)))
			.optional();
		if (streak.isPresent() && streak.get().lockedUntil() != null && streak.get().lockedUntil().isAfter(now)) {
			return Optional.empty();
		}
		boolean continues = streak.isPresent() && streak.get().lockedUntil() == null
				&& streak.get().lastFailure().plus(lockout).isAfter(now);
		int failures = continues ? streak.get().failures() + 1 : 1;
		OffsetDateTime lockedUntil = failures >= maxFailures ? now.plus(lockout) : null;
		if (streak.isPresent()) {
			jdbc.sql("""
					UPDATE login_failure SET failures = :failures, last_failure = :now, locked_until = :lockedUntil
					WHERE username = :username""")
				.param("failures", failures)
				.param("now", now)
				.param("lockedUntil", lockedUntil)
				.param("username", username)
				.update();
		}
		else {
			jdbc.sql("""
					INSERT INTO login_failure (username, failures, last_failure, locked_until)
					VALUES (:username, :failures, :now, :lockedUntil)""")
				.param("username", username)
				.param("failures", failures)
				.param("now", now)
				.param("lockedUntil", lockedUntil)
				.update();
		}
		return Optional.ofNullable(lockedUntil);
	}

	private static String key(String username) {
		return username.length() <= MAX_USERNAME ? username : username.substring(0, MAX_USERNAME);
	}

	@Override
	public String name() {
		return "forgetting old failed logins";
	}

	@Override
	public Duration interval() {
		return Duration.ofHours(1);
	}

	@Override
	public void run() {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		jdbc.sql("""
				DELETE FROM login_failure
				WHERE last_failure < :staleBefore AND (locked_until IS NULL OR locked_until < :now)""")
			.param("staleBefore", now.minus(lockout))
			.param("now", now)
			.update();
	}

	private record Streak(int failures, OffsetDateTime lastFailure, OffsetDateTime lockedUntil) {
	}

}
