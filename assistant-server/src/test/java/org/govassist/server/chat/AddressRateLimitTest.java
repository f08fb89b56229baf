package org.govassist.server.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govassist.server.chat.ChatMessages.assertError;
import static org.govassist.server.chat.ChatMessages.ofType;
import static org.govassist.server.chat.ChatMessages.say;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Connections from one address sending faster than {@code assistant.chat.rate-limit.per-address}
 * (4 per hour here; no limit per conversation).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "assistant.chat.rate-limit.per-conversation=off", "assistant.chat.rate-limit.per-address=4/1h" })
@DirtiesContext
class AddressRateLimitTest {

	@TempDir
	static Path dataDir;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry properties) {
		properties.add("assistant.data-dir", () -> dataDir.toString());
	}

	@Test
	void messagesOfAllConversationsFromOneAddressCountAndPingsDoNot() {
		try (ChatClient first = ChatClient.started(port); ChatClient second = ChatClient.started(port)) {
			first.send(say("s1", "身份证丢了怎么补办"));
			second.send(say("s1", "身份证丢了怎么补办"));
			first.drainWithPing();
			second.drainWithPing();

			first.send(say("s2", "那要多少钱？"));
			assertError(first.next(), "rate_limited", "s2");
			second.send(Map.of("type", "close", "id", "c1"));
			assertError(second.next(), "rate_limited", "c1");
			try (ChatClient third = ChatClient.connect(port)) {
				third.send(Map.of("type", "hello", "protocol", 1));
				assertError(third.next(), "rate_limited", null);
				third.send("{\"type\":\"ping\"}");
				assertThat(ofType(third.next(), "pong")).isNotNull();
			}
		}
	}

}
