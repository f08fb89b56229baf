package org.govassist.server.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.govassist.server.account.Account;
import org.govassist.server.account.AuthTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that carries {@code Authorization: Bearer TOKEN} with a token issued
 * at login. A request without one, or with one that is unknown or expired, goes on
 * unauthenticated, and is refused with 401 wherever an account is required.
 *
 * <p>Thread-safe.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final AuthTokens tokens;

	BearerTokenFilter(AuthTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			Optional<Account> account = tokens.authenticate(authorization.substring(BEARER.length()).trim());
			if (account.isPresent()) {
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(authentication(account.get()));
				SecurityContextHolder.setContext(context);
			}
		}
		chain.doFilter(request, response);
	}

	private static UsernamePasswordAuthenticationToken authentication(Account account) {
		return UsernamePasswordAuthenticationToken.authenticated(account, null,
				account.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
	}

}
