package org.govassist.server.account;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Accounts as Spring Security checks passwords against them at login.
 *
 * <p>Thread-safe.
 */
@Component
final class AccountDetailsService implements UserDetailsService {

	private final AccountStore store;

	AccountDetailsService(AccountStore store) {
		this.store = store;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		AccountStore.Credentials credentials = store.credentials(username)
			.orElseThrow(() -> new UsernameNotFoundException("no enabled account " + username));
		return new AccountUser(credentials.account(), credentials.passwordHash());
	}

	/** An account as a Spring Security user, carrying the account for after the login. */
	static final class AccountUser extends User {

		private final Account account;

		AccountUser(Account account, String passwordHash) {
			super(account.username(), passwordHash,
					account.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
			this.account = account;
		}

		Account account() {
			return account;
		}

	}

}
