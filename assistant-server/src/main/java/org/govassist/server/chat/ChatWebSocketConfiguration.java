package org.govassist.server.chat;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * Serves {@link ChatHandler} at {@code /ws/chat}, to pages of the server's own origin and of
 * {@code http://localhost:*}, and caps frames at {@value ChatHandler#MAX_FRAME_BYTES}
 * characters in the container; the handler checks the same limit in bytes.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class ChatWebSocketConfiguration implements WebSocketConfigurer {

	private final ChatHandler handler;

	ChatWebSocketConfiguration(ChatHandler handler) {
		this.handler = handler;
	}

	@Override
	public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
		registry.addHandler(handler, "/ws/chat").setAllowedOriginPatterns("http://localhost:*");
	}

	@Bean
	static ServletServerContainerFactoryBean webSocketContainer() {
		ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
		container.setMaxTextMessageBufferSize(ChatHandler.MAX_FRAME_BYTES);
		container.setMaxBinaryMessageBufferSize(ChatHandler.MAX_FRAME_BYTES);
		return container;
	}

}
