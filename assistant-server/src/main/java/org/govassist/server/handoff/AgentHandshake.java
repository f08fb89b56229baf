package org.govassist.server.handoff;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govassist.server.account.Account;
import org.govassist.server.account.AuthTokens;
import org.govassist.server.account.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * Lets only agents open {@code /ws/agent}: the login token comes as {@code Authorization: Bearer}
 * or as the {@code govassist_staff} cookie the login sets (accepted here and nowhere else); an
 * unknown or expired token is refused with 401, an account without the role AGENT with 403.
 *
 * <p>Thread-safe.
 */
final class AgentHandshake implements HandshakeInterceptor {

	/** The cookie the login sets for the agent socket. */
	static final String COOKIE = "govassist_staff";

	/** Attribute of the session holding the agent's {@link Account}. */
	static final String ACCOUNT = AgentHandshake.class.getName() + ".account";

	/** Attribute of the session holding the login token. */
	static final String TOKEN = AgentHandshake.class.getName() + ".token";

	private static final String BEARER = "Bearer ";

	private final AuthTokens tokens;

	AgentHandshake(AuthTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
			Map<String, Object> attributes) {
		Optional<String> token = bearer(request.getHeaders()).or(() -> cookie(request.getHeaders()));
		Optional<Account> account = token.flatMap(tokens::authenticate);
		if (account.isEmpty()) {
			response.setStatusCode(HttpStatus.UNAUTHORIZED);
			response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			return false;
		}
		if (!account.get().roles().contains(Role.AGENT)) {
			response.setStatusCode(HttpStatus.FORBIDDEN);
			return false;
		}
		attributes.put(ACCOUNT, account.get());
		attributes.put(TOKEN, token.get());
		return true;
	}

	@Override
	public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
			Exception exception) {
	}

	private static Optional<String> bearer(HttpHeaders headers) {
		String authorization = headers.getFirst(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			String token = authorization.substring(BEARER.length()).trim();
			return token.isEmpty() ? Optional.empty() : Optional.of(token);
		}
		return Optional.empty();
	}

	private static Optional<String> cookie(HttpHeaders headers) {
		List<String> cookies = headers.getOrEmpty(HttpHeaders.COOKIE);
		for (String header : cookies) {
			for (String pair : header.split(";")) {
				int equals = pair.indexOf('=');
				if (equals > 0 && pair.substring(0, equals).trim().equals(COOKIE)) {
					String value = pair.substring(equals + 1).trim();
					if (!value.isEmpty()) {
						return Optional.of(value);
					}
				}
			}
		}
		return Optional.empty();
	}

}
