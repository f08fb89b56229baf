package org.govassist.server.account;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An account as the administrators' API shows it, without anything about its password.
 *
 * @param username the name it logs in with
 * @param displayName the name shown to others
 * @param roles its roles, sorted
 * @param skills its skills
 * @param enabled whether it may log in
 * @param created when it was created
 * @param updated when it last changed, or {@code null}
 * @param updatedBy who changed it last, or {@code null}
 * @param lockedUntil when its lockout after failed logins ends, or {@code null} when not locked
 */
record UserView(String username, String displayName, List<String> roles, List<String> skills, boolean enabled,
		OffsetDateTime created, OffsetDateTime updated, String updatedBy, OffsetDateTime lockedUntil) {

	static UserView of(ManagedAccount managed, OffsetDateTime lockedUntil) {
		Account account = managed.account();
		return new UserView(account.username(), account.displayName(),
				account.roles().stream().map(Role::name).sorted().toList(), account.skills(), managed.enabled(),
				managed.created(), managed.updated(), managed.updatedBy(), lockedUntil);
	}

}
