package org.govassist.server.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.govassist.server.chat.ChatMessages.assertError;
import static org.govassist.server.chat.ChatMessages.fields;
import static org.govassist.server.chat.ChatMessages.hello;
import static org.govassist.server.chat.ChatMessages.say;

import java.net.http.WebSocketHandshakeException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The citizen WebSocket as a widget speaks it, against the built-in demo knowledge base on the
 * embedded database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ChatWebSocketTest {

	private static final String LOST_ID_CARD = "id-card-loss-reissue";

	@TempDir
	static Path dataDir;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry properties) {
		properties.add("assistant.data-dir", () -> dataDir.toString());
	}

	@Test
	void helloIsWelcomedWithANewConversation() {
		try (ChatClient client = ChatClient.connect(port)) {
			client.send(Map.of("type", "hello", "protocol", 1));

			JsonNode welcome = client.next();
			assertThat(fields(welcome)).containsExactlyInAnyOrder("type", "conversationId", "token", "seq", "greeting");
			assertThat(welcome.get("type").asString()).isEqualTo("welcome");
			assertThat(welcome.get("conversationId").asString()).isNotBlank();
			assertThat(welcome.get("token").asString()).matches("[A-Za-z0-9_-]{43}");
			assertThat(welcome.get("seq").asLong()).isZero();
		}
	}

	@Test
	void welcomeGreetsWithTheMostAskedMatters() {
		try (ChatClient client = ChatClient.connect(port)) {
			client.send(Map.of("type", "hello", "protocol", 1));

			JsonNode greeting = client.next().get("greeting");
			assertThat(fields(greeting)).containsExactlyInAnyOrder("text", "popular");
			assertThat(greeting.get("text").asString()).startsWith("您好");
			assertThat(greeting.get("popular").size()).isEqualTo(6);
			for (JsonNode matter : greeting.get("popular")) {
				assertThat(fields(matter)).containsExactlyInAnyOrder("guideId", "title");
			}
		}
	}

	@Test
	void sayIsAcknowledgedWithItsSeqThenAnswered() {
		try (ChatClient client = ChatClient.started(port)) {
			client.send(say("s1", "身份证丢了怎么补办"));

			JsonNode ack = client.next();
			assertThat(fields(ack)).containsExactlyInAnyOrder("type", "replyTo", "seq");
			assertThat(ack.get("type").asString()).isEqualTo("ack");
			assertThat(ack.get("replyTo").asString()).isEqualTo("s1");
			assertThat(ack.get("seq").asLong()).isEqualTo(1);

			JsonNode answer = client.next();
			assertThat(fields(answer)).containsExactlyInAnyOrder("type", "seq", "replyTo", "text", "guide", "confidence",
					"related");
			assertThat(answer.get("type").asString()).isEqualTo("bot.answer");
			assertThat(answer.get("seq").asLong()).isEqualTo(2);
			assertThat(answer.get("replyTo").asString()).isEqualTo("s1");
			assertThat(answer.get("text").asString()).isNotBlank();
			assertThat(answer.get("confidence").asDouble()).isBetween(0.0, 1.0);
			JsonNode guide = answer.get("guide");
			assertThat(fields(guide)).containsExactlyInAnyOrder("id", "title", "department", "sections", "url",
					"updatedAt");
			assertThat(guide.get("id").asString()).isEqualTo(LOST_ID_CARD);
			assertThat(guide.get("title").asString()).isEqualTo("居民身份证挂失补领");
			assertThat(guide.get("department").asString()).isEqualTo("临江市公安局");
			assertThat(guide.get("url").asString()).isEqualTo("https://zwfw.linjiang.example/guide/gaj/id-card-loss-reissue");
			assertThat(guide.get("updatedAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
			assertThat(guide.get("sections").isEmpty()).isFalse();
			for (JsonNode section : guide.get("sections")) {
				assertThat(fields(section)).containsExactlyInAnyOrder("name", "text");
			}
			for (JsonNode related : answer.get("related")) {
				assertThat(fields(related)).containsExactlyInAnyOrder("guideId", "title");
			}
		}
	}

	@Test
	void followUpQuestionIsAboutTheMatterJustAnsweredWithTheFeeFirst() {
		try (ChatClient client = ChatClient.started(port)) {
			client.send(say("s1", "身份证丢了怎么补办"));
			client.next();
			assertThat(client.next().at("/guide/id").asString()).isEqualTo(LOST_ID_CARD);

			client.send(say("s2", "那要多少钱？"));
			assertThat(client.next().get("seq").asLong()).isEqualTo(3);

			JsonNode answer = client.next();
			assertThat(answer.get("type").asString()).isEqualTo("bot.answer");
			assertThat(answer.at("/guide/id").asString()).isEqualTo(LOST_ID_CARD);
			assertThat(answer.at("/guide/sections/0/name").asString()).isEqualTo("收费标准");
			assertThat(answer.at("/guide/sections/0/text").asString()).contains("40元");
		}
	}

	@Test
	void questionWithNothingToSearchForFallsBack() {
		try (ChatClient client = ChatClient.started(port)) {
			client.send(say("s1", "？？？"));
			client.next();

			JsonNode fallback = client.next();
			assertThat(fields(fallback)).containsExactlyInAnyOrder("type", "seq", "replyTo", "text", "handoffAvailable");
			assertThat(fallback.get("type").asString()).isEqualTo("bot.fallback");
			assertThat(fallback.get("seq").asLong()).isEqualTo(2);
			assertThat(fallback.get("replyTo").asString()).isEqualTo("s1");
			assertThat(fallback.get("text").asString()).isNotBlank();
			assertThat(fallback.get("handoffAvailable").asBoolean()).isFalse();
		}
	}

	@Test
	void personalDataIsMaskedBeforeItIsRecordedAndReplayed() {
		JsonNode welcome;
		try (ChatClient client = ChatClient.connect(port)) {
			client.send(Map.of("type", "hello", "protocol", 1));
			welcome = client.next();
			client.send(say("s1", "身份证11010519491231002X丢了，电话13812345678"));
			client.next();
			client.next();
		}

		try (ChatClient client = ChatClient.connect(port)) {
			client.send(hello(welcome.get("token").asString(), 0));
			client.next();

			assertThat(client.next().get("text").asString()).isEqualTo("身份证110105********002X丢了，电话138****5678");
		}
		assertThat(jdbc.sql("SELECT payload FROM conversation_event WHERE conversation_id = :id")
			.param("id", UUID.fromString(welcome.get("conversationId").asString()))
			.query(String.class)
			.list()).isNotEmpty().noneMatch(payload -> payload.contains("19491231") || payload.contains("1234"));
	}

	@Test
	void chosenGuideIsAnsweredInFull() {
		try (ChatClient client = ChatClient.started(port)) {
			client.send(Map.of("type", "choose", "id", "c1", "guideId", "passport-first-application"));

			JsonNode ack = client.next();
			assertThat(fields(ack)).containsExactlyInAnyOrder("type", "replyTo");
			assertThat(ack.get("replyTo").asString()).isEqualTo("c1");
			JsonNode answer = client.next();
			assertThat(answer.get("type").asString()).isEqualTo("bot.answer");
			assertThat(answer.get("seq").asLong()).isEqualTo(1);
			assertThat(answer.get("replyTo").asString()).isEqualTo("c1");
			assertThat(answer.at("/guide/id").asString()).isEqualTo("passport-first-application");
			assertThat(answer.at("/guide/sections/0/name").asString()).isEqualTo("事项简介");
			assertThat(answer.get("confidence").asDouble()).isEqualTo(1.0);
		}
	}

	@Test
	void chooseRepeatedWithTheSameIdGetsTheSameAckAndNothingElse() {
		try (ChatClient client = ChatClient.started(port)) {
			client.send(Map.of("type", "choose", "id", "c1", "guideId", "passport-first-application"));
			JsonNode firstAck = client.next();
			client.next();

			client.send(Map.of("type", "choose", "id", "c1", "guideId", "passport-first-application"));

			assertThat(client.next()).isEqualTo(firstAck);
			assertThat(client.drainWithPing()).isEmpty();
		}
	}

	@Test
	void choosingAnUnknownGuideIsNotFound() {
		try (ChatClient client = ChatClient.started(port)) {
			client.send(Map.of("type", "choose", "id", "c1", "guideId", "no-such-guide"));

			JsonNode error = client.next();
			assertError(error, "not_found", "c1");
			assertThat(client.drainWithPing()).isEmpty();
		}
	}

	@Test
	void sayRepeatedWithTheSameIdGetsTheSameAckAndNothingElse() {
		try (ChatClient client = ChatClient.started(port)) {
			client.send(say("s1", "身份证丢了怎么补办"));
			JsonNode firstAck = client.next();
			client.next();

			client.send(say("s1", "身份证丢了怎么补办"));

			assertThat(client.next()).isEqualTo(firstAck);
			assertThat(client.drainWithPing()).isEmpty();
			client.send(say("s2", "？"));
			assertThat(client.next().get("seq").asLong()).isEqualTo(3);
		}
	}

	@Test
	void sayBeforeHelloIsABadRequestAndTheConnectionStaysOpen() {
		try (ChatClient client = ChatClient.connect(port)) {
			client.send(say("s1", "身份证丢了怎么补办"));

			assertError(client.next(), "bad_request", "s1");
			client.send(Map.of("type", "hello", "protocol", 1));
			assertThat(client.next().get("type").asString()).isEqualTo("welcome");
		}
	}

	@Test
	void unknownTypeIsABadRequest() {
		try (ChatClient client = ChatClient.started(port)) {
			client.send(Map.of("type", "dance", "id", "d1"));

			assertError(client.next(), "bad_request", "d1");
			assertThat(client.drainWithPing()).isEmpty();
		}
	}

	@Test
	void frameThatIsNotJsonIsABadRequest() {
		try (ChatClient client = ChatClient.started(port)) {
			client.send("hello?");

			assertError(client.next(), "bad_request", null);
			assertThat(client.drainWithPing()).isEmpty();
		}
	}

	@Test
	void sayWithoutTextIsABadRequest() {
		try (ChatClient client = ChatClient.started(port)) {
			client.send(Map.of("type", "say", "id", "s1"));

			assertError(client.next(), "bad_request", "s1");
		}
	}

	@Test
	void helloWithAnotherProtocolVersionIsABadRequest() {
		try (ChatClient client = ChatClient.connect(port)) {
			client.send(Map.of("type", "hello", "protocol", 2));

			assertError(client.next(), "bad_request", null);
		}
	}

	@Test
	void textOverFiveHundredCharactersIsTooLong() {
		try (ChatClient client = ChatClient.started(port)) {
			client.send(say("s1", "办".repeat(501)));
			assertError(client.next(), "too_long", "s1");

			client.send(say("s2", "办".repeat(500)));
			JsonNode ack = client.next();
			assertThat(ack.get("type").asString()).isEqualTo("ack");
			assertThat(ack.get("seq").asLong()).isEqualTo(1);
		}
	}

	@Test
	void frameOverEightKibibytesClosesTheConnectionWith1009() {
		try (ChatClient client = ChatClient.started(port)) {
			client.send("{\"type\":\"say\",\"id\":\"s1\",\"text\":\"" + "a".repeat(9 * 1024) + "\"}");

			assertThat(client.awaitCloseStatus()).isEqualTo(1009);
		}
	}

	@Test
	void frameOverEightKibibytesOfChineseClosesTheConnectionWith1009() {
		try (ChatClient client = ChatClient.started(port)) {
			// 3,000 characters: under the container's limit in characters, over it in bytes.
			client.send("{\"type\":\"say\",\"id\":\"s1\",\"text\":\"" + "办".repeat(3000) + "\"}");

			assertThat(client.awaitCloseStatus()).isEqualTo(1009);
		}
	}

	@Test
	void pingIsAnsweredWithPong() {
		try (ChatClient client = ChatClient.connect(port)) {
			client.send("{\"type\":\"ping\"}");

			JsonNode pong = client.next();
			assertThat(fields(pong)).containsExactly("type");
			assertThat(pong.get("type").asString()).isEqualTo("pong");
		}
	}

	@Test
	void helloWithTokenResumesTheConversationAndReplaysEventsAfterLastSeq() {
		JsonNode welcome;
		List<JsonNode> secondTurn;
		try (ChatClient client = ChatClient.connect(port)) {
			client.send(Map.of("type", "hello", "protocol", 1));
			welcome = client.next();
			client.send(say("s1", "身份证丢了怎么补办"));
			client.next();
			client.next();
			client.send(say("s2", "？"));
			client.next();
			secondTurn = List.of(client.next());
		}

		try (ChatClient client = ChatClient.connect(port)) {
			client.send(hello(welcome.get("token").asString(), 2));

			JsonNode resumed = client.next();
			assertThat(resumed.get("type").asString()).isEqualTo("welcome");
			assertThat(resumed.get("conversationId")).isEqualTo(welcome.get("conversationId"));
			assertThat(resumed.get("token")).isEqualTo(welcome.get("token"));
			assertThat(resumed.get("seq").asLong()).isEqualTo(4);
			JsonNode citizen = client.next();
			assertThat(fields(citizen)).containsExactlyInAnyOrder("type", "seq", "text");
			assertThat(citizen.get("type").asString()).isEqualTo("citizen.message");
			assertThat(citizen.get("seq").asLong()).isEqualTo(3);
			assertThat(citizen.get("text").asString()).isEqualTo("？");
			assertThat(client.next()).isEqualTo(secondTurn.getFirst());
			assertThat(client.drainWithPing()).isEmpty();

			client.send(say("s1", "身份证丢了怎么补办"));
			assertThat(client.next().get("seq").asLong()).isEqualTo(1);
			assertThat(client.drainWithPing()).isEmpty();
		}
	}

	@Test
	void helloWithTokenAndNoLastSeqReplaysTheWholeConversation() {
		String token;
		try (ChatClient client = ChatClient.connect(port)) {
			client.send(Map.of("type", "hello", "protocol", 1));
			token = client.next().get("token").asString();
			client.send(say("s1", "身份证丢了怎么补办"));
			client.next();
			client.next();
		}

		try (ChatClient client = ChatClient.connect(port)) {
			client.send(Map.of("type", "hello", "protocol", 1, "token", token));

			assertThat(client.next().get("seq").asLong()).isEqualTo(2);
			assertThat(client.drainWithPing()).extracting(event -> event.get("seq").asLong()).containsExactly(1L, 2L);
		}
	}

	@Test
	void helloWithAnUnknownTokenStartsANewConversation() {
		try (ChatClient client = ChatClient.connect(port)) {
			client.send(hello("not-a-token-this-server-gave", 5));

			JsonNode welcome = client.next();
			assertThat(welcome.get("seq").asLong()).isZero();
			assertThat(welcome.get("token").asString()).isNotEqualTo("not-a-token-this-server-gave");
			assertThat(client.drainWithPing()).isEmpty();
		}
	}

	@Test
	void saysFromTwoTabsOfOneConversationAreRecordedOneAfterTheOther() {
		try (ChatClient first = ChatClient.connect(port); ChatClient second = ChatClient.connect(port)) {
			first.send(Map.of("type", "hello", "protocol", 1));
			String token = first.next().get("token").asString();
			second.send(hello(token, 0));
			second.next();

			for (int i = 1; i <= 5; i++) {
				first.send(say("a" + i, "？"));
				second.send(say("b" + i, "？"));
			}

			List<Long> ackedSeqs = new ArrayList<>();
			for (ChatClient tab : List.of(first, second)) {
				for (JsonNode message : tab.drainWithPing()) {
					if (message.get("type").asString().equals("ack")) {
						ackedSeqs.add(message.get("seq").asLong());
					}
				}
			}
			assertThat(ackedSeqs).containsExactlyInAnyOrder(1L, 3L, 5L, 7L, 9L, 11L, 13L, 15L, 17L, 19L);
		}
	}

	@Test
	void pageOfAnotherOriginCannotConnect() {
		Throwable refusal = catchThrowable(() -> ChatClient.connectFrom("https://portal.example.org", port));

		assertThat(refusal).cause().isInstanceOfSatisfying(WebSocketHandshakeException.class,
				handshake -> assertThat(handshake.getResponse().statusCode()).isEqualTo(403));
	}

	@Test
	void pageOnLocalhostCanConnect() {
		try (ChatClient client = ChatClient.connectFrom("http://localhost:3000", port)) {
			client.send("{\"type\":\"ping\"}");

			assertThat(client.next().get("type").asString()).isEqualTo("pong");
		}
	}

}
