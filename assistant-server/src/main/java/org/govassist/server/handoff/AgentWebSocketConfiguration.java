package org.govassist.server.handoff;

import org.govassist.server.account.AuthTokens;
import org.govassist.server.system.WidgetProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/**
 * Serves {@link AgentHandler} at {@code /ws/agent} to agents ({@link AgentHandshake}) on pages of
 * the server's own origin and of {@code assistant.widget.allowed-origins}, like the citizen socket
 * (and to programs that send no {@code Origin}).
 */
@Configuration(proxyBeanMethods = false)
class AgentWebSocketConfiguration implements WebSocketConfigurer {

	private final AgentHandler handler;

	private final AuthTokens tokens;

	private final WidgetProperties widget;

	AgentWebSocketConfiguration(AgentHandler handler, AuthTokens tokens, WidgetProperties widget) {
		this.handler = handler;
		this.tokens = tokens;
		this.widget = widget;
	}

	@Override
	public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
		registry.addHandler(handler, "/ws/agent")
			.addInterceptors(new AgentHandshake(tokens))
			.setAllowedOriginPatterns(widget.allowedOrigins().toArray(String[]::new));
	}

}
