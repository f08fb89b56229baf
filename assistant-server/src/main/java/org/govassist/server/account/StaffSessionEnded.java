package org.govassist.server.account;

/**
 * Published when a login token, or every token of an account, stops working before it expires:
 * listeners close whatever was opened with it (such as an agent's WebSocket). Published after the
 * change is committed.
 *
 * @param accountId the account's id
 * @param username the account's username
 * @param tokenHash {@code BearerToken.hash(token)} of the one token that ended, or {@code null}
 * when all the account's tokens ended
 * @param reason {@value #LOGOUT}, {@value #DISABLED}, {@value #PASSWORD_RESET} or
 * {@value #ROLES_CHANGED}
 */
public record StaffSessionEnded(long accountId, String username, String tokenHash, String reason) {

	/** The member logged out: one token ended. */
	public static final String LOGOUT = "logout";

	/** An administrator disabled the account. */
	public static final String DISABLED = "disabled";

	/** An administrator reset the account's password. */
	public static final String PASSWORD_RESET = "password_reset";

	/** An administrator changed the account's roles. */
	public static final String ROLES_CHANGED = "roles_changed";

}
