package org.govassist.server.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govassist.server.chat.ChatMessages.assertError;
import static org.govassist.server.chat.ChatMessages.hello;
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
 * A conversation sending faster than {@code assistant.chat.rate-limit.per-conversation} (3 per
 * hour here; no limit per address).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "assistant.chat.rate-limit.per-conversation=3/1h", "assistant.chat.rate-limit.per-address=off" })
@DirtiesContext
class ConversationRateLimitTest {

	@TempDir
	static Path dataDir;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry properties) {
		properties.add("assistant.data-dir", () -> dataDir.toString());
	}

	@Test
	void messageOverTheLimitIsRateLimitedOverAllTabsWithoutClosingAnythingOrAffectingOthers() {
		try (ChatClient first = ChatClient.connect(port); ChatClient second = ChatClient.connect(port);
				ChatClient other = ChatClient.started(port)) {
			first.send(Map.of("type", "hello", "protocol", 1));
			String token = first.next().get("token").asString();
			second.send(hello(token, 0));
			second.next();
			first.send(say("s1", "？"));
			first.send(Map.of("type", "choose", "id", "c1", "guideId", "id-card-renewal"));
			first.send(Map.of("type", "rate", "id", "r1", "level", 5));
			first.drainWithPing();
			assertThat(ofType(second.drainWithPing().getLast(), "bot.answer").at("/guide/id").asString())
				.isEqualTo("id-card-renewal");

			second.send(say("s2", "身份证丢了怎么补办"));

			assertError(second.next(), "rate_limited", "s2");
			first.send(say("s3", "身份证丢了怎么补办"));
			assertError(first.next(), "rate_limited", "s3");
			first.send("{\"type\":\"ping\"}");
			ofType(first.next(), "pong");
			other.send(say("s1", "身份证丢了怎么补办"));
			assertThat(ofType(other.next(), "ack").get("seq").asLong()).isEqualTo(1);
		}
	}

}
