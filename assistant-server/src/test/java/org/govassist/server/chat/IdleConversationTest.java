package org.govassist.server.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govassist.server.chat.ChatMessages.ofType;
import static org.govassist.server.chat.ChatMessages.say;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Conversations left idle, with {@code assistant.chat.close-after-idle} set to two seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "assistant.chat.close-after-idle=2s")
@DirtiesContext
class IdleConversationTest {

	@TempDir
	static Path dataDir;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry properties) {
		properties.add("assistant.data-dir", () -> dataDir.toString());
	}

	@Test
	void idleConversationIsClosedByTimeoutAndTheOpenTabIsToldAndAskedForARating() {
		try (ChatClient client = ChatClient.started(port)) {
			client.send(say("s1", "身份证丢了怎么补办"));
			client.next();
			client.next();

			JsonNode closed = ofType(client.next(), "conversation.closed");

			assertThat(closed.get("seq").asLong()).isEqualTo(3);
			assertThat(closed.get("by").asString()).isEqualTo("timeout");
			assertThat(ofType(client.next(), "rating.requested").get("seq").asLong()).isEqualTo(4);
			client.send(say("s2", "护照怎么办"));
			assertThat(client.next().get("code").asString()).isEqualTo("conflict");
		}
	}

	@Test
	void conversationWithNothingSaidIsNotClosed() throws InterruptedException {
		try (ChatClient client = ChatClient.started(port)) {
			Thread.sleep(3_000);

			assertThat(client.drainWithPing()).isEmpty();
			client.send(say("s1", "身份证丢了怎么补办"));
			assertThat(ofType(client.next(), "ack").get("seq").asLong()).isEqualTo(1);
		}
	}

}
