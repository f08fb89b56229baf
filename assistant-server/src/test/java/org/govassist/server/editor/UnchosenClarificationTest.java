package org.govassist.server.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.govassist.server.chat.ChatClient;
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
 * Clarifications the citizen chose nothing from reach the gap inbox with the question that led to
 * them, once the citizen has moved on or left; chosen ones do not. Old gap questions go after the
 * retention period.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class UnchosenClarificationTest {

	/** A question the demo knowledge base answers with a choice of matters. */
	private static final String UNCLEAR = "办执照";

	@TempDir
	static Path dataDir;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UnchosenClarifications clarifications;

	@Autowired
	GapRetention retention;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry properties) {
		properties.add("assistant.data-dir", () -> dataDir.toString());
		properties.add("assistant.retrieval.semantic.enabled", () -> "false");
	}

	@Test
	void aClarificationFollowedByAnotherQuestionIsAGapAndAChosenOneIsNot() {
		try (ChatClient chat = ChatClient.started(port)) {
			ChatClient.firstOfType(chat.say("s1", UNCLEAR + "，电话13812345678"), "bot.clarify");
			chat.say("s2", "身份证丢了怎么补办");
			JsonNode clarify = ChatClient.firstOfType(chat.say("s3", UNCLEAR), "bot.clarify");
			String picked = clarify.get("options").get(0).get("guideId").asString();
			ChatClient.firstOfType(chat.exchange(Map.of("type", "choose", "id", "c1", "guideId", picked)), "bot.answer");
		}

		clarifications.scanUntil(now());

		assertThat(gaps()).contains(Map.of("text", UNCLEAR + "，电话138****5678", "status", "open"))
			.doesNotContain(Map.of("text", UNCLEAR, "status", "open"));
		assertThat(clarifications.scanUntil(now())).isZero();
		assertThat(gaps()).filteredOn(gap -> gap.get("text").equals(UNCLEAR + "，电话138****5678")).hasSize(1);
	}

	@Test
	void aClarificationLeftByClosingTheConversationIsAGap() {
		try (ChatClient chat = ChatClient.started(port)) {
			ChatClient.firstOfType(chat.say("s1", "怎么" + UNCLEAR), "bot.clarify");
			ChatClient.firstOfType(chat.exchange(Map.of("type", "close", "id", "x1")), "conversation.closed");
		}

		clarifications.scanUntil(now());

		assertThat(gaps()).containsOnlyOnce(Map.of("text", "怎么" + UNCLEAR, "status", "open"));
	}

	@Test
	void gapQuestionsOlderThanTheRetentionPeriodAreDeleted() {
		insertGap("很久以前的问题", now().minusDays(181));
		insertGap("最近的问题", now().minusDays(179));

		retention.run();

		assertThat(jdbc.sql("SELECT text FROM gap_question WHERE text IN ('很久以前的问题', '最近的问题')")
			.query(String.class)
			.list()).containsExactly("最近的问题");
	}

	private void insertGap(String text, OffsetDateTime asked) {
		jdbc.sql("""
				INSERT INTO gap_question (asked, kind, text, group_key, guide_id, status)
				VALUES (:asked, 'fallback', :text, 'k', NULL, 'open')""")
			.param("asked", asked)
			.param("text", text)
			.update();
	}

	private List<Map<String, Object>> gaps() {
		return jdbc.sql("SELECT text, status FROM gap_question WHERE kind = 'clarify_unchosen' ORDER BY id")
			.query()
			.listOfRows();
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC);
	}

}
