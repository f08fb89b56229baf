package org.govassist.server.account;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An account as administrators manage it: the account and its state.
 *
 * @param account the account
 * @param enabled whether it may log in
 * @param created when it was created
 * @param updated when its name, roles, skills, password or state last changed; {@code null} never
 * @param updatedBy who made that change; {@code null} never
 */
record ManagedAccount(Account account, boolean enabled, OffsetDateTime created, OffsetDateTime updated,
		String updatedBy) {

	ManagedAccount {
		Objects.requireNonNull(account, "account");
		Objects.requireNonNull(created, "created");
	}

}
