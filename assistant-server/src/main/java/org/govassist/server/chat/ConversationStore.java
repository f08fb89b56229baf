package org.govassist.server.chat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SQL for conversations and their events. Runs in the caller's transaction; writers of one
 * conversation take {@link #lock} first so that seqs are handed out one at a time.
 *
 * <p>Thread-safe.
 */
@Component
@DependsOnDatabaseInitialization
final class ConversationStore {

	private final JdbcClient jdbc;

	ConversationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void create(UUID id, String tokenHash, OffsetDateTime now) {
		jdbc.sql("""
				INSERT INTO conversation (id, token_hash, created, last_active)
				VALUES (:id, :tokenHash, :now, :now)""")
			.param("id", id)
			.param("tokenHash", tokenHash)
			.param("now", now)
			.update();
	}

	Optional<UUID> findByTokenHash(String tokenHash) {
		return jdbc.sql("SELECT id FROM conversation WHERE token_hash = :tokenHash")
			.param("tokenHash", tokenHash)
			.query(UUID.class)
			.optional();
	}

	/**
	 * Marks the conversation active and locks its row until the transaction ends.
	 *
	 * @return whether the conversation exists
	 */
	boolean lock(UUID id, OffsetDateTime now) {
		return jdbc.sql("UPDATE conversation SET last_active = :now WHERE id = :id")
			.param("now", now)
			.param("id", id)
			.update() == 1;
	}

	long lastSeq(UUID id) {
		return jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM conversation_event WHERE conversation_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	Optional<String> currentGuideId(UUID id) {
		return jdbc.sql("SELECT current_guide_id FROM conversation WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	void setCurrentGuideId(UUID id, String guideId) {
		jdbc.sql("UPDATE conversation SET current_guide_id = :guideId WHERE id = :id")
			.param("guideId", guideId)
			.param("id", id)
			.update();
	}

	/**
	 * The seq of the event recorded for a client message id, if that id was seen before.
	 */
	Optional<Long> seqOfClientId(UUID id, String clientId) {
		return jdbc.sql("SELECT seq FROM conversation_event WHERE conversation_id = :id AND client_id = :clientId")
			.param("id", id)
			.param("clientId", clientId)
			.query(Long.class)
			.optional();
	}

	void append(UUID id, long seq, String type, String clientId, String payload, OffsetDateTime now) {
		jdbc.sql("""
				INSERT INTO conversation_event (conversation_id, seq, type, client_id, payload, created)
				VALUES (:id, :seq, :type, :clientId, :payload, :now)""")
			.param("id", id)
			.param("seq", seq)
			.param("type", type)
			.param("clientId", clientId)
			.param("payload", payload)
			.param("now", now)
			.update();
	}

	/**
	 * The events after a seq, as sent to the citizen, in order.
	 */
	List<String> payloadsAfter(UUID id, long seq) {
		return jdbc.sql("""
				SELECT payload FROM conversation_event
				WHERE conversation_id = :id AND seq > :seq
				ORDER BY seq""")
			.param("id", id)
			.param("seq", seq)
			.query(String.class)
			.list();
	}

}
