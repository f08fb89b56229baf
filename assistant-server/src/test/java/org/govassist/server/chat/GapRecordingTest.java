package org.govassist.server.chat;

import static org.govassist.server.chat.ChatMessages.ofType;
import static org.govassist.server.chat.ChatMessages.say;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What a conversation sends to the editors' gap inbox: questions no guide matched, and questions
 * whose answer the citizen rated 1 or 2; masked, as recorded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class GapRecordingTest {

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
	void questionThatFellBackIsInTheInboxMaskedButAnEmptyOneIsNot() {
		try (ChatClient client = ChatClient.started(port)) {
			client.send(say("s1", "？？？"));
			client.next();
			ofType(client.next(), "bot.fallback");
			client.send(say("s2", "火星移民怎么申请，电话13812345678"));
			client.next();
			ofType(client.next(), "bot.fallback");
		}

		assertThat(gaps("fallback")).containsExactly(Map.of("text", "火星移民怎么申请，电话138****5678"));
	}

	@Test
	void questionWhoseAnswerWasRatedBadlyIsInTheInboxWithTheGuideButAWellRatedOneIsNot() {
		try (ChatClient client = ChatClient.started(port)) {
			client.send(say("s1", "身份证丢了怎么补办"));
			client.next();
			long first = ofType(client.next(), "bot.answer").get("seq").asLong();
			client.send(say("s2", "护照过期了怎么换"));
			client.next();
			long second = ofType(client.next(), "bot.answer").get("seq").asLong();

			client.send(Map.of("type", "rate", "id", "r1", "level", 1, "seq", first));
			ofType(client.next(), "ack");
			client.send(Map.of("type", "rate", "id", "r2", "level", 4, "seq", second));
			ofType(client.next(), "ack");
		}

		assertThat(gaps("bad_rating"))
			.containsExactly(Map.of("text", "身份证丢了怎么补办", "guide_id", "id-card-loss-reissue"));
	}

	private List<Map<String, Object>> gaps(String kind) {
		String columns = kind.equals("fallback") ? "text" : "text, guide_id";
		return jdbc.sql("SELECT " + columns + " FROM gap_question WHERE kind = :kind ORDER BY id")
			.param("kind", kind)
			.query()
			.listOfRows();
	}

}
