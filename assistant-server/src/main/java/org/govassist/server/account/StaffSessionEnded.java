package org.govassist.server.account;

/**
 * A login token, or every token of an account, stopped working: published as a Spring
 * application event so that whatever holds a session of the account (an agent's socket) ends it.
 *
 * @param accountId the account
 * @param username its username
 * @param tokenHash {@code BearerToken.hash(token)} of the one token that ended, or {@code null}
 * when all the account's tokens ended
 * @param reason {@code logout}, {@code disabled}, {@code password_reset} or {@code roles_changed}
 */
public record StaffSessionEnded(long accountId, String username, String tokenHash, String reason) {
}
