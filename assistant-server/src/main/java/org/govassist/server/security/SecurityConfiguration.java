package org.govassist.server.security;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.govassist.server.account.AuthTokens;
import org.govassist.server.account.Role;
import org.govassist.server.audit.AuditLog;
import org.govassist.server.system.WidgetProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import tools.jackson.databind.json.JsonMapper;

/**
 * Who may reach what, and the security headers of every response.
 *
 * <ul>
 * <li>Open to anyone: the static pages (the demo portal at {@code /}, {@code /widget.js},
 * {@code /chat/**}, {@code /portal/**}, {@code /shared/**}, the administrators' page
 * {@code /admin/**}), the citizen socket
 * {@code /ws/chat}, {@code /actuator/health} and {@code POST /api/auth/login}; the agent socket
 * {@code /ws/agent} checks its handshake itself, since it also accepts the login cookie.</li>
 * <li>Everything else under {@code /api} and {@code /ws} needs {@code Authorization: Bearer}
 * with a login token; {@code /api/admin/**} needs the role ADMIN, {@code /api/ratings/**} and the
 * knowledge base's {@code /api/kb/**} the role ADMIN or EDITOR, the agents' {@code /api/agent/**}
 * the role AGENT or ADMIN. Each refusal is audited. (No other
 * actuator endpoint is exposed.)</li>
 * <li>No server sessions, and no cookie opens the REST API: every request stands on its own
 * token, so there is nothing for cross-site request forgery to ride on. (The login's cookie is
 * sent only to {@code /ws/agent}.)</li>
 * <li>A strict Content-Security-Policy: scripts, styles, images and connections only from the
 * server itself (and its WebSocket); the chat ({@code /chat/**}) may be framed by the server's
 * own pages and by {@code assistant.widget.allowed-origins}, every other page only by the
 * server's own.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "connect-src 'self' ws: wss:; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors ";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthTokens tokens, WidgetProperties widget,
			JsonMapper json, AuditLog audit) {
		ProblemResponses problems = new ProblemResponses(json, audit);
		RequestMatcher chat = PathPatternRequestMatcher.pathPattern("/chat/**");
		RequestMatcher api = PathPatternRequestMatcher.pathPattern("/api/**");
		http.csrf(csrf -> csrf.disable())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/api/auth/login")
				.permitAll()
				.requestMatchers("/api/admin/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers("/api/ratings/**", "/api/kb/**")
				.hasAnyRole(Role.ADMIN.name(), Role.EDITOR.name())
				.requestMatchers("/api/agent/**")
				.hasAnyRole(Role.AGENT.name(), Role.ADMIN.name())
				.requestMatchers("/api/**")
				.authenticated()
				.requestMatchers("/ws/chat", "/ws/agent", "/actuator/health")
				.permitAll()
				.requestMatchers("/ws/**")
				.authenticated()
				.anyRequest()
				.permitAll())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers(headers -> headers.frameOptions(frames -> frames.disable())
				.cacheControl(cache -> cache.disable())
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(chat, policy(framedBy(widget))))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(chat),
						policy("'self'")))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(chat),
						new XFrameOptionsHeaderWriter(XFrameOptionsMode.SAMEORIGIN)))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(api, new CacheControlHeadersWriter()))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
		return http.build();
	}

	/** The sources that may frame the chat: the server itself and the allowed origins. */
	private static String framedBy(WidgetProperties widget) {
		return Stream.concat(Stream.of("'self'"), widget.allowedOrigins().stream()).collect(Collectors.joining(" "));
	}

	private static HeaderWriter policy(String frameAncestors) {
		return new StaticHeadersWriter("Content-Security-Policy", POLICY + frameAncestors);
	}

}
