package org.govassist.server.chat;

import org.govassist.server.system.WidgetProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * Serves {@link ChatHandler} at {@code /ws/chat} to pages of the server's own origin and of
 * {@code assistant.widget.allowed-origins} (and to clients that send no {@code Origin}: programs,
 * not browsers); caps frames at {@value ChatHandler#MAX_FRAME_BYTES} characters in the container,
 * the handler checking the same limit in bytes.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class ChatWebSocketConfiguration implements WebSocketConfigurer {

	private final ChatHandler handler;

	private final WidgetProperties widget;

	ChatWebSocketConfiguration(ChatHandler handler, WidgetProperties widget) {
		this.handler = handler;
		this.widget = widget;
	}

	@Override
	public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
		registry.addHandler(handler, "/ws/chat").setAllowedOriginPatterns(widget.allowedOrigins().toArray(String[]::new));
	}

	@Bean
	static ServletServerContainerFactoryBean webSocketContainer() {
		ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
		container.setMaxTextMessageBufferSize(ChatHandler.MAX_FRAME_BYTES);
		container.setMaxBinaryMessageBufferSize(ChatHandler.MAX_FRAME_BYTES);
		return container;
	}

}
