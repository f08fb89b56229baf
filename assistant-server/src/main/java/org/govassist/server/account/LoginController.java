package org.govassist.server.account;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.govassist.server.api.FieldProblem;
import org.govassist.server.audit.AuditEvent;
import org.govassist.server.audit.AuditLog;
import org.govassist.server.audit.AuditOutcome;
import org.govassist.server.api.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code POST /api/auth/login}: a username and password for a bearer token. Every login, whether it
 * succeeds or fails, goes into the audit log.
 *
 * <p>Thread-safe.
 */
@RestController
final class LoginController {

	private static final Logger log = LoggerFactory.getLogger(LoginController.class);

	/** The audit log's name of a login. */
	static final String ACTION = "login";

	private final AuthenticationManager authentication;

	private final AuthTokens tokens;

	private final AuditLog audit;

	LoginController(AuthenticationManager authentication, AuthTokens tokens, AuditLog audit) {
		this.authentication = authentication;
		this.tokens = tokens;
		this.audit = audit;
	}

	/**
	 * Logs in.
	 *
	 * @param login the username and password
	 * @param request the request, for the client's address in the audit log
	 * @return the token, the account's roles and when the token expires
	 * @throws ErrorResponseException 401 for a wrong username or password
	 */
	@PostMapping("/api/auth/login")
	ResponseEntity<LoginResponse> login(@RequestBody Login login, HttpServletRequest request) {
		login.check();
		AccountDetailsService.AccountUser user;
		try {
			user = (AccountDetailsService.AccountUser) authentication
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(login.username(), login.password()))
				.getPrincipal();
		}
		catch (AuthenticationException ex) {
			log.info("Login refused for {}", login.username().replaceAll("\\p{Cntrl}", "?"));
			audit.record(new AuditEvent(login.username(), ACTION, null, request.getRemoteAddr(), AuditOutcome.FAILURE,
					null));
			throw new ErrorResponseException(HttpStatus.UNAUTHORIZED,
					ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "用户名或密码错误。"), ex);
		}
		Account account = user.account();
		AuthTokens.IssuedToken token = tokens.issue(account);
		log.info("Login of {}", account.username());
		audit.record(new AuditEvent(account.username(), ACTION, null, request.getRemoteAddr(), AuditOutcome.SUCCESS,
				null));
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(new LoginResponse(token.token(), account.roles().stream().map(Role::name).sorted().toList(),
					token.expires()));
	}

	/**
	 * The body of a login.
	 *
	 * @param username the account's name
	 * @param password its password
	 */
	record Login(String username, String password) {

		void check() {
			List<FieldProblem> problems = new ArrayList<>();
			if (username == null || username.isBlank()) {
				problems.add(new FieldProblem("username", "必填"));
			}
			if (password == null || password.isEmpty()) {
				problems.add(new FieldProblem("password", "必填"));
			}
			if (!problems.isEmpty()) {
				throw new InvalidRequestException(problems);
			}
		}

	}

	/**
	 * A successful login.
	 *
	 * @param token the bearer token for {@code Authorization: Bearer …}
	 * @param roles the account's roles, e.g. {@code ["ADMIN"]}
	 * @param expiresAt when the token stops working
	 */
	record LoginResponse(String token, List<String> roles, OffsetDateTime expiresAt) {
	}

}
