package org.govassist.server.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govassist.server.chat.ChatMessages.assertError;
import static org.govassist.server.chat.ChatMessages.fields;
import static org.govassist.server.chat.ChatMessages.ofType;
import static org.govassist.server.chat.ChatMessages.say;

import java.nio.file.Path;
import java.util.HashMap;
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
 * Ratings (好差评) as the citizen gives them over {@code /ws/chat}, and what is stored of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class RatingMessageTest {

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
	void ratingOfAnAnswerIsStoredWithItsGuideDepartmentAndMaskedComment() {
		try (AskedClient asked = AskedClient.open(port)) {
			asked.client().send(Map.of("type", "rate", "id", "r1", "level", 5, "seq", 2, "tags", List.of("解答准确", "说明清楚"),
					"comment", "很清楚，我的电话13812345678"));

			JsonNode ack = ofType(asked.client().next(), "ack");
			assertThat(fields(ack)).containsExactlyInAnyOrder("type", "replyTo");
			assertThat(ack.get("replyTo").asString()).isEqualTo("r1");
			assertThat(asked.client().drainWithPing()).isEmpty();
			assertThat(ratings(asked.conversation())).containsExactly(Map.of("target_seq", 2L, "level", 5, "tags",
					"解答准确,说明清楚", "comment", "很清楚，我的电话138****5678", "guide_id", "id-card-loss-reissue",
					"department", "临江市公安局"));
		}
	}

	@Test
	void secondRatingOfTheSameTargetReplacesTheFirst() {
		try (AskedClient asked = AskedClient.open(port)) {
			asked.client().send(Map.of("type", "rate", "id", "r1", "level", 2, "seq", 2, "tags", List.of("答非所问")));
			asked.client().next();

			asked.client().send(Map.of("type", "rate", "id", "r2", "level", 4, "seq", 2));
			ofType(asked.client().next(), "ack");

			assertThat(ratings(asked.conversation())).singleElement()
				.satisfies(rating -> assertThat(rating).containsEntry("level", 4).containsEntry("tags", ""));
		}
	}

	@Test
	void ratingOfTheWholeConversationIsAboutItsCurrentMatterAndSeparateFromAnswerRatings() {
		try (AskedClient asked = AskedClient.open(port)) {
			asked.client().send(Map.of("type", "rate", "id", "r1", "level", 3, "seq", 2));
			asked.client().next();

			asked.client().send(Map.of("type", "rate", "id", "r2", "level", 1, "tags", List.of("问题未解决"), "comment", "  "));
			ofType(asked.client().next(), "ack");

			List<Map<String, Object>> ratings = ratings(asked.conversation());
			assertThat(ratings).hasSize(2);
			assertThat(ratings.get(0)).containsEntry("target_seq", 0L)
				.containsEntry("level", 1)
				.containsEntry("guide_id", "id-card-loss-reissue")
				.doesNotContainKey("comment");
		}
	}

	@Test
	void ratingOfANumberThatIsNoAnswerIsNotFound() {
		try (AskedClient asked = AskedClient.open(port)) {
			asked.client().send(Map.of("type", "rate", "id", "r1", "level", 5, "seq", 1));
			assertError(asked.client().next(), "not_found", "r1");
			asked.client().send(Map.of("type", "rate", "id", "r2", "level", 5, "seq", 99));
			assertError(asked.client().next(), "not_found", "r2");

			assertThat(ratings(asked.conversation())).isEmpty();
		}
	}

	@Test
	void tagsMustBelongToTheLevel() {
		try (ChatClient client = ChatClient.started(port)) {
			client.send(Map.of("type", "rate", "id", "r1", "level", 1, "tags", List.of("解答准确")));
			assertError(client.next(), "bad_request", "r1");
			client.send(Map.of("type", "rate", "id", "r2", "level", 3, "tags", List.of("答非所问")));
			assertError(client.next(), "bad_request", "r2");
			client.send(Map.of("type", "rate", "id", "r3", "level", 6));
			assertError(client.next(), "bad_request", "r3");
			client.send(Map.of("type", "rate", "id", "r4", "level", "5"));
			assertError(client.next(), "bad_request", "r4");
			client.send(Map.of("type", "rate", "id", "r5", "level", 5, "tags", "解答准确"));
			assertError(client.next(), "bad_request", "r5");
		}
	}

	@Test
	void commentOverFiveHundredCharactersIsTooLong() {
		try (ChatClient client = ChatClient.started(port)) {
			client.send(Map.of("type", "rate", "id", "r1", "level", 4, "comment", "好".repeat(501)));

			assertError(client.next(), "too_long", "r1");
		}
	}

	private List<Map<String, Object>> ratings(UUID conversation) {
		return jdbc.sql("""
				SELECT target_seq, level, tags, comment, guide_id, department FROM rating
				WHERE conversation_id = :id ORDER BY target_seq""")
			.param("id", conversation)
			.query((row, n) -> {
				Map<String, Object> rating = new HashMap<>();
				rating.put("target_seq", row.getLong("target_seq"));
				rating.put("level", row.getInt("level"));
				rating.put("tags", row.getString("tags"));
				if (row.getString("comment") != null) {
					rating.put("comment", row.getString("comment"));
				}
				rating.put("guide_id", row.getString("guide_id"));
				rating.put("department", row.getString("department"));
				return rating;
			})
			.list();
	}

	/** A conversation in which the citizen asked one question and the bot answered it at seq 2. */
	private record AskedClient(ChatClient client, UUID conversation) implements AutoCloseable {

		static AskedClient open(int port) {
			ChatClient client = ChatClient.connect(port);
			client.send(Map.of("type", "hello", "protocol", 1));
			UUID conversation = UUID.fromString(client.next().get("conversationId").asString());
			client.send(say("s1", "身份证丢了怎么补办"));
			client.next();
			assertThat(ofType(client.next(), "bot.answer").get("seq").asLong()).isEqualTo(2);
			return new AskedClient(client, conversation);
		}

		@Override
		public void close() {
			client.close();
		}

	}

}
