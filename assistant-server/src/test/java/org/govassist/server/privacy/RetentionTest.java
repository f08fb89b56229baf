package org.govassist.server.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Conversations deleted after the retention period, here {@code assistant.retention.days=1}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "assistant.retention.days=1")
@DirtiesContext
class RetentionTest {

	@TempDir
	static Path dataDir;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RetentionJob job;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry properties) {
		properties.add("assistant.data-dir", () -> dataDir.toString());
	}

	@Test
	void conversationInactiveLongerThanTheRetentionPeriodIsDeletedAndItsRatingsKeptWithoutIt() {
		UUID old = conversation(OffsetDateTime.now(ZoneOffset.UTC).minusHours(25));
		UUID recent = conversation(OffsetDateTime.now(ZoneOffset.UTC).minusHours(23));

		job.run();

		assertThat(count("conversation", old)).isZero();
		assertThat(count("conversation_event", old)).isZero();
		assertThat(count("left_message", old)).isZero();
		assertThat(count("rating", old)).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM rating WHERE conversation_id IS NULL AND comment IS NULL AND level = 2")
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(count("conversation", recent)).isEqualTo(1);
		assertThat(count("conversation_event", recent)).isEqualTo(2);
		assertThat(count("left_message", recent)).isEqualTo(1);
		assertThat(jdbc.sql("SELECT comment FROM rating WHERE conversation_id = :id")
			.param("id", recent)
			.query(String.class)
			.single()).isEqualTo("答非所问");
	}

	/** A conversation with a citizen message, the bot's reply, a left message and a rating, last active then. */
	private UUID conversation(OffsetDateTime lastActive) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO conversation (id, token_hash, created, last_active)
				VALUES (:id, :token, :then, :then)""")
			.param("id", id)
			.param("token", id.toString())
			.param("then", lastActive)
			.update();
		for (long seq = 1; seq <= 2; seq++) {
			jdbc.sql("""
					INSERT INTO conversation_event (conversation_id, seq, type, payload, created)
					VALUES (:id, :seq, 'citizen.message', '{}', :then)""")
				.param("id", id)
				.param("seq", seq)
				.param("then", lastActive)
				.update();
		}
		jdbc.sql("""
				INSERT INTO left_message (conversation_id, seq, text, created)
				VALUES (:id, 1, '请回电', :then)""")
			.param("id", id)
			.param("then", lastActive)
			.update();
		jdbc.sql("""
				INSERT INTO rating (conversation_id, target_seq, level, tags, comment, client_id, rated)
				VALUES (:id, 0, 2, '答非所问', '答非所问', 'r1', :then)""")
			.param("id", id)
			.param("then", lastActive)
			.update();
		return id;
	}

	private long count(String table, UUID conversation) {
		String column = table.equals("conversation") ? "id" : "conversation_id";
		return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = :id")
			.param("id", conversation)
			.query(Long.class)
			.single();
	}

}
