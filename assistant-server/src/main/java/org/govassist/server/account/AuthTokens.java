package org.govassist.server.account;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.govassist.server.system.AuthProperties;
import org.govassist.server.system.BearerToken;
import org.govassist.server.system.PeriodicJob;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The opaque bearer tokens a login issues: random, stored only as their hash, valid for
 * {@code assistant.auth.token-ttl} and only while their account is enabled. A logout ends one
 * token at once, and says so with {@link StaffSessionEnded}. Expired tokens are deleted every
 * hour.
 *
 * <p>Thread-safe.
 */
@Service
public final class AuthTokens implements PeriodicJob {

	private final AccountStore store;

	private final Duration ttl;

	private final ApplicationEventPublisher events;

	AuthTokens(AccountStore store, AuthProperties properties, ApplicationEventPublisher events) {
		this.store = store;
		this.ttl = properties.tokenTtl();
		this.events = events;
	}

	/** How long a token is valid from its login. */
	Duration ttl() {
		return ttl;
	}

	/**
	 * Issues a token to an account that just proved its password.
	 *
	 * @param account the account
	 * @return the token and when it expires
	 */
	IssuedToken issue(Account account) {
		String token = BearerToken.generate();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		OffsetDateTime expires = now.plus(ttl);
		store.addToken(BearerToken.hash(token), account.id(), now, expires);
		return new IssuedToken(token, expires);
	}

	/**
	 * The account a token was issued to.
	 *
	 * @param token the token as the client sent it
	 * @return the account, or empty when the token is unknown, expired or its account disabled
	 */
	public Optional<Account> authenticate(String token) {
		return store.accountOfToken(BearerToken.hash(token), OffsetDateTime.now(ZoneOffset.UTC));
	}

	/**
	 * Ends a token at once, at its holder's logout, and publishes {@link StaffSessionEnded} with
	 * the reason {@value StaffSessionEnded#LOGOUT}.
	 *
	 * @param token the token as the client sent it
	 * @param account the account it was issued to
	 */
	void logOut(String token, Account account) {
		String hash = BearerToken.hash(token);
		if (store.deleteToken(hash)) {
			events.publishEvent(new StaffSessionEnded(account.id(), account.username(), hash, StaffSessionEnded.LOGOUT));
		}
	}

	@Override
	public String name() {
		return "deleting expired login tokens";
	}

	@Override
	public Duration interval() {
		return Duration.ofHours(1);
	}

	@Override
	public void run() {
		store.deleteTokensExpiredBefore(OffsetDateTime.now(ZoneOffset.UTC));
	}

	/**
	 * A token just issued.
	 *
	 * @param token the secret, to send as {@code Authorization: Bearer …}
	 * @param expires when it stops working
	 */
	record IssuedToken(String token, OffsetDateTime expires) {
	}

}
