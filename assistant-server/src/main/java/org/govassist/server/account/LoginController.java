package org.govassist.server.account;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.govassist.server.api.FieldProblem;
import org.govassist.server.api.InvalidRequestException;
import org.govassist.server.audit.AuditEvent;
import org.govassist.server.audit.AuditLog;
import org.govassist.server.audit.AuditOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code POST /api/auth/login}, {@code POST /api/auth/logout} and {@code GET /api/auth/me}. A login
 * answers with a bearer token and also sets the cookie {@value #COOKIE}, which only the agents'
 * WebSocket accepts; a username locked after too many failures is refused with 429 and
 * {@code Retry-After}. Every login, failure, lockout and logout goes into the audit log.
 *
 * <p>Thread-safe.
 */
@RestController
final class LoginController {

	private static final Logger log = LoggerFactory.getLogger(LoginController.class);

	/** The audit log's name of a login. */
	static final String ACTION = "login";

	/** The audit log's name of a username getting locked. */
	static final String LOCKOUT_ACTION = "login.lockout";

	/** The audit log's name of a logout. */
	static final String LOGOUT_ACTION = "logout";

	/** The cookie carrying the token to the agents' WebSocket. */
	static final String COOKIE = "govassist_staff";

	/** The only path the cookie is sent to. */
	static final String COOKIE_PATH = "/ws/agent";

	private static final String BEARER = "Bearer ";

	private final AuthenticationManager authentication;

	private final AuthTokens tokens;

	private final LoginLockouts lockouts;

	private final AuditLog audit;

	LoginController(AuthenticationManager authentication, AuthTokens tokens, LoginLockouts lockouts, AuditLog audit) {
		this.authentication = authentication;
		this.tokens = tokens;
		this.lockouts = lockouts;
		this.audit = audit;
	}

	/**
	 * Logs in.
	 *
	 * @param login the username and password
	 * @param request the request, for the client's address in the audit log
	 * @return the token, the account's roles and name and when the token expires, with the cookie
	 * for the agents' WebSocket; or a 429 problem with {@code Retry-After} while the username is
	 * locked
	 * @throws ErrorResponseException 401 for a wrong username or password or a disabled account
	 */
	@PostMapping("/api/auth/login")
	ResponseEntity<?> login(@RequestBody Login login, HttpServletRequest request) {
		login.check();
		String address = request.getRemoteAddr();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		Optional<OffsetDateTime> lockedUntil = lockouts.lockedUntil(login.username(), now);
		if (lockedUntil.isPresent()) {
			audit.record(new AuditEvent(login.username(), ACTION, null, address, AuditOutcome.REFUSED, "locked"));
			return locked(lockedUntil.get(), now);
		}
		AccountDetailsService.AccountUser user;
		try {
			user = (AccountDetailsService.AccountUser) authentication
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(login.username(), login.password()))
				.getPrincipal();
		}
		catch (AuthenticationException ex) {
			log.info("Login refused for {}", login.username().replaceAll("\\p{Cntrl}", "?"));
			audit.record(new AuditEvent(login.username(), ACTION, null, address, AuditOutcome.FAILURE, null));
			lockouts.recordFailure(login.username(), now).ifPresent(until -> {
				log.warn("Login locked for {} until {} after repeated failures",
						login.username().replaceAll("\\p{Cntrl}", "?"), until);
				audit.record(new AuditEvent(login.username(), LOCKOUT_ACTION, null, address, AuditOutcome.SUCCESS,
						"until " + until));
			});
			throw new ErrorResponseException(HttpStatus.UNAUTHORIZED,
					ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "用户名或密码错误。"), ex);
		}
		Account account = user.account();
		lockouts.clear(account.username());
		AuthTokens.IssuedToken token = tokens.issue(account);
		log.info("Login of {}", account.username());
		audit.record(new AuditEvent(account.username(), ACTION, null, address, AuditOutcome.SUCCESS, null));
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.SET_COOKIE, cookie(token.token(), tokens.ttl(), request).toString())
			.body(new LoginResponse(token.token(), roleNames(account), account.displayName(), token.expires()));
	}

	/**
	 * Logs out: the token stops working at once and the cookie is cleared.
	 *
	 * @param account the token's account
	 * @param authorization the request's {@code Authorization} header
	 * @param request the request, for the client's address in the audit log
	 * @return 204
	 */
	@PostMapping("/api/auth/logout")
	ResponseEntity<Void> logout(@AuthenticationPrincipal Account account,
			@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization, HttpServletRequest request) {
		tokens.logOut(authorization.substring(BEARER.length()).trim(), account);
		audit.record(new AuditEvent(account.username(), LOGOUT_ACTION, null, request.getRemoteAddr(),
				AuditOutcome.SUCCESS, null));
		return ResponseEntity.noContent()
			.header(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO, request).toString())
			.build();
	}

	/**
	 * The account of the token.
	 *
	 * @param account the token's account
	 * @return its username, name, roles and skills
	 */
	@GetMapping("/api/auth/me")
	Me me(@AuthenticationPrincipal Account account) {
		return new Me(account.username(), account.displayName(), roleNames(account), account.skills());
	}

	private static ResponseEntity<ProblemDetail> locked(OffsetDateTime until, OffsetDateTime now) {
		long seconds = Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				"登录失败次数过多，账号已暂时锁定，请 " + ((seconds + 59) / 60) + " 分钟后再试。");
		problem.setProperty("retryAfterSeconds", seconds);
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private static ResponseCookie cookie(String value, Duration maxAge, HttpServletRequest request) {
		return ResponseCookie.from(COOKIE, value)
			.path(COOKIE_PATH)
			.httpOnly(true)
			.sameSite("Strict")
			.secure(request.isSecure())
			.maxAge(maxAge)
			.build();
	}

	private static List<String> roleNames(Account account) {
		return account.roles().stream().map(Role::name).sorted().toList();
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
	 * @param displayName the account's name as shown to others
	 * @param expires when the token stops working
	 */
	record LoginResponse(String token, List<String> roles, String displayName, OffsetDateTime expires) {
	}

	/**
	 * The account behind a token.
	 *
	 * @param username its username
	 * @param displayName its name as shown to others
	 * @param roles its roles
	 * @param skills its skills
	 */
	record Me(String username, String displayName, List<String> roles, List<String> skills) {
	}

}
