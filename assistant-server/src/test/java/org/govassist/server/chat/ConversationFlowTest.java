package org.govassist.server.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govassist.server.chat.ChatMessages.assertError;
import static org.govassist.server.chat.ChatMessages.fields;
import static org.govassist.server.chat.ChatMessages.hello;
import static org.govassist.server.chat.ChatMessages.ofType;
import static org.govassist.server.chat.ChatMessages.say;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;
import java.util.stream.Stream;

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
 * The course of a conversation beyond questions and answers: asking for a human and leaving a
 * message, the offer of a human after repeated fallbacks, thanks, closing, and several tabs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ConversationFlowTest {

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
	void handoffIsAcknowledgedAndTheCitizenIsInvitedToLeaveAMessage() {
		try (ChatClient client = ChatClient.started(port)) {
			client.send(Map.of("type", "handoff", "id", "h1"));

			JsonNode ack = ofType(client.next(), "ack");
			assertThat(fields(ack)).containsExactlyInAnyOrder("type", "replyTo");
			assertThat(ack.get("replyTo").asString()).isEqualTo("h1");
			JsonNode offer = ofType(client.next(), "bot.fallback");
			assertThat(offer.get("seq").asLong()).isEqualTo(1);
			assertThat(offer.get("replyTo").asString()).isEqualTo("h1");
			assertThat(offer.get("text").asString()).contains("没有工作人员在线", "留言");
			assertThat(offer.get("handoffAvailable").asBoolean()).isFalse();
			assertThat(client.drainWithPing()).isEmpty();
		}
	}

	@Test
	void nextWordsAfterTheInvitationAreLeftAsAMessageWithPersonalDataMaskedAndConfirmed() {
		try (ChatClient client = ChatClient.connect(port)) {
			client.send(Map.of("type", "hello", "protocol", 1));
			UUID conversation = UUID.fromString(client.next().get("conversationId").asString());
			client.send(Map.of("type", "handoff", "id", "h1"));
			client.next();
			client.next();

			client.send(say("s1", "我的公积金账户被冻结了，请回电13812345678"));

			assertThat(ofType(client.next(), "ack").get("seq").asLong()).isEqualTo(2);
			JsonNode confirmation = ofType(client.next(), "bot.fallback");
			assertThat(confirmation.get("seq").asLong()).isEqualTo(3);
			assertThat(confirmation.get("replyTo").asString()).isEqualTo("s1");
			assertThat(confirmation.get("text").asString()).contains("留言已记录");
			assertThat(leftMessages(conversation)).containsExactly("我的公积金账户被冻结了，请回电138****5678");

			client.send(say("s2", "身份证丢了怎么补办"));
			client.next();
			assertThat(ofType(client.next(), "bot.answer").at("/guide/id").asString()).isEqualTo("id-card-loss-reissue");
			assertThat(leftMessages(conversation)).hasSize(1);
		}
	}

	@Test
	void handoffWithAReasonLeavesTheReasonAsTheMessage() {
		try (ChatClient client = ChatClient.connect(port)) {
			client.send(Map.of("type", "hello", "protocol", 1));
			UUID conversation = UUID.fromString(client.next().get("conversationId").asString());

			client.send(Map.of("type", "handoff", "id", "h1", "reason", "外地社保转不进来"));

			JsonNode ack = ofType(client.next(), "ack");
			assertThat(ack.get("replyTo").asString()).isEqualTo("h1");
			assertThat(ack.get("seq").asLong()).isEqualTo(1);
			JsonNode confirmation = ofType(client.next(), "bot.fallback");
			assertThat(confirmation.get("seq").asLong()).isEqualTo(2);
			assertThat(confirmation.get("text").asString()).contains("留言已记录");
			assertThat(leftMessages(conversation)).containsExactly("外地社保转不进来");
		}
	}

	@Test
	void handoffRepeatedWithTheSameIdGetsTheSameAckAndNothingElse() {
		try (ChatClient client = ChatClient.started(port)) {
			client.send(Map.of("type", "handoff", "id", "h1", "reason", "外地社保转不进来"));
			JsonNode firstAck = client.next();
			client.next();

			client.send(Map.of("type", "handoff", "id", "h1", "reason", "外地社保转不进来"));

			assertThat(client.next()).isEqualTo(firstAck);
			assertThat(client.drainWithPing()).isEmpty();
		}
	}

	@Test
	void askingForAHumanInWordsStartsTheHandoff() {
		try (ChatClient client = ChatClient.started(port)) {
			client.send(say("s1", "我要转人工"));

			assertThat(ofType(client.next(), "ack").get("seq").asLong()).isEqualTo(1);
			JsonNode offer = ofType(client.next(), "bot.fallback");
			assertThat(offer.get("replyTo").asString()).isEqualTo("s1");
			assertThat(offer.get("text").asString()).contains("留言");
		}
	}

	@Test
	void secondFallbackInARowOffersAHuman() {
		try (ChatClient client = ChatClient.started(port)) {
			client.send(say("s1", "？？？"));
			client.next();
			assertThat(ofType(client.next(), "bot.fallback").get("handoffAvailable").asBoolean()).isFalse();

			client.send(say("s2", "？？？"));
			client.next();
			JsonNode offer = ofType(client.next(), "bot.fallback");
			assertThat(offer.get("handoffAvailable").asBoolean()).isTrue();
			assertThat(offer.get("text").asString()).contains("转人工");

			client.send(say("s3", "身份证丢了怎么补办"));
			client.next();
			ofType(client.next(), "bot.answer");
			client.send(say("s4", "？？？"));
			client.next();
			assertThat(ofType(client.next(), "bot.fallback").get("handoffAvailable").asBoolean()).isFalse();
		}
	}

	@Test
	void thanksAreAnsweredWithAFarewellAndARequestToRateTheConversation() {
		try (ChatClient client = ChatClient.started(port)) {
			client.send(say("s1", "身份证丢了怎么补办"));
			client.next();
			client.next();

			client.send(say("s2", "好的，谢谢！"));

			assertThat(ofType(client.next(), "ack").get("seq").asLong()).isEqualTo(3);
			assertThat(ofType(client.next(), "bot.fallback").get("text").asString()).contains("不客气");
			JsonNode request = ofType(client.next(), "rating.requested");
			assertThat(fields(request)).containsExactlyInAnyOrder("type", "seq");
			assertThat(request.get("seq").asLong()).isEqualTo(5);
		}
	}

	@Test
	void thanksAfterTheConversationWasRatedRequestNoOtherRating() {
		try (ChatClient client = ChatClient.started(port)) {
			client.send(say("s1", "身份证丢了怎么补办"));
			client.next();
			client.next();
			client.send(Map.of("type", "rate", "id", "r1", "level", 5));
			client.next();

			client.send(say("s2", "谢谢"));

			client.next();
			ofType(client.next(), "bot.fallback");
			assertThat(client.drainWithPing()).isEmpty();
		}
	}

	@Test
	void closingEndsTheConversationAsksForARatingAndRefusesFurtherQuestions() {
		try (ChatClient client = ChatClient.started(port)) {
			client.send(say("s1", "身份证丢了怎么补办"));
			client.next();
			client.next();

			client.send(Map.of("type", "close", "id", "c1"));

			JsonNode ack = ofType(client.next(), "ack");
			assertThat(fields(ack)).containsExactlyInAnyOrder("type", "replyTo");
			JsonNode closed = ofType(client.next(), "conversation.closed");
			assertThat(fields(closed)).containsExactlyInAnyOrder("type", "seq", "by");
			assertThat(closed.get("seq").asLong()).isEqualTo(3);
			assertThat(closed.get("by").asString()).isEqualTo("citizen");
			assertThat(ofType(client.next(), "rating.requested").get("seq").asLong()).isEqualTo(4);

			client.send(say("s2", "护照怎么办"));
			assertError(client.next(), "conflict", "s2");
			client.send(Map.of("type", "choose", "id", "c2", "guideId", "passport-first-application"));
			assertError(client.next(), "conflict", "c2");
			client.send(Map.of("type", "handoff", "id", "h1"));
			assertError(client.next(), "conflict", "h1");
			client.send(Map.of("type", "rate", "id", "r1", "level", 4));
			assertThat(ofType(client.next(), "ack").get("replyTo").asString()).isEqualTo("r1");
			client.send(Map.of("type", "close", "id", "c3"));
			ofType(client.next(), "ack");
			assertThat(client.drainWithPing()).isEmpty();
		}
	}

	@Test
	void closingAConversationWithNothingSaidAsksForNoRating() {
		try (ChatClient client = ChatClient.started(port)) {
			client.send(Map.of("type", "close", "id", "c1"));

			ofType(client.next(), "ack");
			ofType(client.next(), "conversation.closed");
			assertThat(client.drainWithPing()).isEmpty();
		}
	}

	@Test
	void otherTabsOfTheConversationAreSentTheCitizensWordsAndTheReplies() {
		try (ChatClient first = ChatClient.connect(port); ChatClient second = ChatClient.connect(port)) {
			first.send(Map.of("type", "hello", "protocol", 1));
			String token = first.next().get("token").asString();
			second.send(hello(token, 0));
			second.next();

			first.send(say("s1", "身份证丢了怎么补办"));

			assertThat(ofType(first.next(), "ack").get("seq").asLong()).isEqualTo(1);
			JsonNode answer = ofType(first.next(), "bot.answer");
			JsonNode words = ofType(second.next(), "citizen.message");
			assertThat(words.get("seq").asLong()).isEqualTo(1);
			assertThat(words.get("text").asString()).isEqualTo("身份证丢了怎么补办");
			assertThat(second.next()).isEqualTo(answer);
			assertThat(first.drainWithPing()).isEmpty();
			assertThat(second.drainWithPing()).isEmpty();
		}
	}

	@Test
	void everyTabReceivesEveryEventOnceAndInOrder() {
		try (ChatClient first = ChatClient.connect(port); ChatClient second = ChatClient.connect(port)) {
			first.send(Map.of("type", "hello", "protocol", 1));
			String token = first.next().get("token").asString();
			second.send(hello(token, 0));
			second.next();

			for (int i = 1; i <= 5; i++) {
				first.send(say("a" + i, "？"));
				second.send(say("b" + i, "身份证丢了怎么补办"));
			}

			for (ChatClient tab : List.of(first, second)) {
				List<Long> events = new ArrayList<>();
				List<Long> acked = new ArrayList<>();
				while (events.size() + acked.size() < 20) {
					JsonNode message = tab.next();
					(message.get("type").asString().equals("ack") ? acked : events).add(message.get("seq").asLong());
				}
				assertThat(acked).hasSize(5);
				assertThat(events).isSorted().doesNotContainAnyElementsOf(acked);
				assertThat(Stream.concat(events.stream(), acked.stream()))
					.containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 20).boxed().toList());
				assertThat(tab.drainWithPing()).isEmpty();
			}
		}
	}

	@Test
	void tokenUnusedForLongerThanItsLifetimeStartsANewConversation() {
		JsonNode welcome;
		try (ChatClient client = ChatClient.connect(port)) {
			client.send(Map.of("type", "hello", "protocol", 1));
			welcome = client.next();
			client.send(say("s1", "身份证丢了怎么补办"));
			client.next();
			client.next();
		}
		jdbc.sql("UPDATE conversation SET last_active = :then WHERE id = :id")
			.param("then", OffsetDateTime.now(ZoneOffset.UTC).minusHours(25))
			.param("id", UUID.fromString(welcome.get("conversationId").asString()))
			.update();

		try (ChatClient client = ChatClient.connect(port)) {
			client.send(hello(welcome.get("token").asString(), 0));

			JsonNode fresh = ofType(client.next(), "welcome");
			assertThat(fresh.get("conversationId")).isNotEqualTo(welcome.get("conversationId"));
			assertThat(fresh.get("token")).isNotEqualTo(welcome.get("token"));
			assertThat(fresh.get("seq").asLong()).isZero();
			assertThat(client.drainWithPing()).isEmpty();
		}
	}

	private List<String> leftMessages(UUID conversation) {
		return jdbc.sql("SELECT text FROM left_message WHERE conversation_id = :id ORDER BY id")
			.param("id", conversation)
			.query(String.class)
			.list();
	}

}
