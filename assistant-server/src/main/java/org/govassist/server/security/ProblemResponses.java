package org.govassist.server.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.govassist.server.account.Account;
import org.govassist.server.audit.AuditEvent;
import org.govassist.server.audit.AuditLog;
import org.govassist.server.audit.AuditOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import tools.jackson.databind.json.JsonMapper;

/**
 * The 401 and 403 answers of the security filters, as {@code application/problem+json} like every
 * other error of the API. A 401 also says {@code WWW-Authenticate: Bearer}. Every refusal goes into
 * the audit log as {@value #ACTION}, with the method and path refused.
 *
 * <p>Thread-safe.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	/** The audit log's name of a refused request. */
	static final String ACTION = "access.denied";

	/** The audit log's actor of a request without a valid token. */
	static final String ANONYMOUS = "anonymous";

	private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

	private final JsonMapper json;

	private final AuditLog audit;

	ProblemResponses(JsonMapper json, AuditLog audit) {
		this.json = json;
		this.audit = audit;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		audit(request, HttpStatus.UNAUTHORIZED);
		write(request, response, HttpStatus.UNAUTHORIZED, "请先登录。");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		audit(request, HttpStatus.FORBIDDEN);
		write(request, response, HttpStatus.FORBIDDEN, "您的账号无权访问。");
	}

	private void audit(HttpServletRequest request, HttpStatus status) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String actor = authentication != null && authentication.getPrincipal() instanceof Account account
				? account.username() : ANONYMOUS;
		try {
			audit.record(new AuditEvent(actor, ACTION, request.getMethod() + " " + request.getRequestURI(),
					request.getRemoteAddr(), AuditOutcome.REFUSED, Integer.toString(status.value())));
		}
		catch (DataAccessException ex) {
			// The refusal stands whether or not it could be written down.
			log.warn("Could not audit the refusal of {} {}: {}", request.getMethod(), request.getRequestURI(),
					ex.getMessage());
		}
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

}
