package org.govassist.server.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.http.WebSocketHandshakeException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The citizen WebSocket with {@code assistant.widget.allowed-origins} naming a portal and its
 * subdomains.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "assistant.widget.allowed-origins=https://www.linjiang.example, https://*.zwfw.linjiang.example")
@DirtiesContext
class AllowedOriginsTest {

	@TempDir
	static Path dataDir;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry properties) {
		properties.add("assistant.data-dir", () -> dataDir.toString());
	}

	@Test
	void pagesOfTheAllowedOriginsAndOfTheServerItselfCanConnect() {
		for (String origin : new String[] { "https://www.linjiang.example", "https://gaj.zwfw.linjiang.example",
				"http://localhost:" + port }) {
			try (ChatClient client = ChatClient.connectFrom(origin, port)) {
				client.send("{\"type\":\"ping\"}");

				assertThat(client.next().get("type").asString()).as(origin).isEqualTo("pong");
			}
		}
	}

	@Test
	void pagesOfOtherOriginsCannotConnect() {
		for (String origin : new String[] { "http://localhost:3000", "https://linjiang.example",
				"http://www.linjiang.example" }) {
			Throwable refusal = catchThrowable(() -> ChatClient.connectFrom(origin, port));

			assertThat(refusal).as(origin)
				.cause()
				.isInstanceOfSatisfying(WebSocketHandshakeException.class,
						handshake -> assertThat(handshake.getResponse().statusCode()).isEqualTo(403));
		}
	}

}
