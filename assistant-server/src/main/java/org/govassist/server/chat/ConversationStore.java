package org.govassist.server.chat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SQL for conversations, their events and the messages left in them. Runs in the caller's
 * transaction; writers of one conversation take {@link #lock} first so that seqs are handed out
 * one at a time.
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

	/**
	 * The conversation of a token that was active at or after a time.
	 *
	 * @param tokenHash the token's hash
	 * @param activeSince the earliest last activity that still counts
	 * @return the conversation, or empty when the token is unknown or expired
	 */
	Optional<UUID> findByTokenHash(String tokenHash, OffsetDateTime activeSince) {
		return jdbc.sql("SELECT id FROM conversation WHERE token_hash = :tokenHash AND last_active >= :activeSince")
			.param("tokenHash", tokenHash)
			.param("activeSince", activeSince)
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

	/**
	 * Locks the conversation's row until the transaction ends if it is not closed and has been
	 * inactive since a time, leaving its last activity as it is.
	 *
	 * @return whether it is idle and now locked
	 */
	boolean lockIfIdle(UUID id, OffsetDateTime inactiveSince) {
		return jdbc.sql("""
				UPDATE conversation SET last_active = last_active
				WHERE id = :id AND state <> :closed AND last_active < :inactiveSince""")
			.param("id", id)
			.param("closed", ConversationState.CLOSED.column())
			.param("inactiveSince", inactiveSince)
			.update() == 1;
	}

	long lastSeq(UUID id) {
		return jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM conversation_event WHERE conversation_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	/** The conversation's state, read without a lock unless the caller holds one. */
	ConversationRow row(UUID id) {
		return jdbc.sql("SELECT state, current_guide_id, fallbacks_in_row FROM conversation WHERE id = :id")
			.param("id", id)
			.query((row, n) -> new ConversationRow(ConversationState.ofColumn(row.getString("state")),
					row.getString("current_guide_id"), row.getInt("fallbacks_in_row")))
			.single();
	}

	void update(UUID id, ConversationRow row) {
		jdbc.sql("""
				UPDATE conversation
				SET state = :state, current_guide_id = :guideId, fallbacks_in_row = :fallbacks
				WHERE id = :id""")
			.param("state", row.state().column())
			.param("guideId", row.currentGuideId())
			.param("fallbacks", row.fallbacksInRow())
			.param("id", id)
			.update();
	}

	/** The event recorded for a client message id, if that id was seen before. */
	Optional<RecordedEvent> eventOfClientId(UUID id, String clientId) {
		return jdbc.sql("""
				SELECT seq, type, guide_id FROM conversation_event
				WHERE conversation_id = :id AND client_id = :clientId""")
			.param("id", id)
			.param("clientId", clientId)
			.query((row, n) -> new RecordedEvent(row.getLong("seq"), row.getString("type"), row.getString("guide_id")))
			.optional();
	}

	/** The event with a seq. */
	Optional<RecordedEvent> event(UUID id, long seq) {
		return jdbc.sql("SELECT seq, type, guide_id FROM conversation_event WHERE conversation_id = :id AND seq = :seq")
			.param("id", id)
			.param("seq", seq)
			.query((row, n) -> new RecordedEvent(row.getLong("seq"), row.getString("type"), row.getString("guide_id")))
			.optional();
	}

	/**
	 * The citizen's last message before an event, e.g. the question an answer replied to.
	 *
	 * @return the {@code citizen.message} as recorded, or empty when the citizen said nothing
	 * before the event
	 */
	Optional<String> citizenMessageBefore(UUID id, long seq) {
		return jdbc.sql("""
				SELECT payload FROM conversation_event
				WHERE conversation_id = :id AND type = :type AND seq < :seq
				ORDER BY seq DESC
				LIMIT 1""")
			.param("id", id)
			.param("type", ServerMessage.CitizenMessage.TYPE)
			.param("seq", seq)
			.query(String.class)
			.optional();
	}

	/** Whether the citizen has said anything in the conversation. */
	boolean hasCitizenMessage(UUID id) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM conversation_event
				WHERE conversation_id = :id AND type = :type""")
			.param("id", id)
			.param("type", ServerMessage.CitizenMessage.TYPE)
			.query(Long.class)
			.single() > 0;
	}

	void append(UUID id, long seq, String type, String clientId, String guideId, String payload, OffsetDateTime now) {
		jdbc.sql("""
				INSERT INTO conversation_event (conversation_id, seq, type, client_id, guide_id, payload, created)
				VALUES (:id, :seq, :type, :clientId, :guideId, :payload, :now)""")
			.param("id", id)
			.param("seq", seq)
			.param("type", type)
			.param("clientId", clientId)
			.param("guideId", guideId)
			.param("payload", payload)
			.param("now", now)
			.update();
	}

	/** The events after a seq, as sent to the citizen, in order. */
	List<StoredEvent> eventsAfter(UUID id, long seq) {
		return jdbc.sql("""
				SELECT seq, payload FROM conversation_event
				WHERE conversation_id = :id AND seq > :seq
				ORDER BY seq""")
			.param("id", id)
			.param("seq", seq)
			.query((row, n) -> new StoredEvent(row.getLong("seq"), row.getString("payload")))
			.list();
	}

	void leaveMessage(UUID id, long seq, String text, String contact, OffsetDateTime now) {
		jdbc.sql("""
				INSERT INTO left_message (conversation_id, seq, text, contact, created)
				VALUES (:id, :seq, :text, :contact, :now)""")
			.param("id", id)
			.param("seq", seq)
			.param("text", text)
			.param("contact", contact)
			.param("now", now)
			.update();
	}

	/** The conversation's handoff to agents, read without a lock unless the caller holds one. */
	HandoffRow handoff(UUID id) {
		return jdbc.sql("""
				SELECT agent, topic, queued_at, queue_rank, queue_position, queue_estimate, awaiting_reply_since,
					alert_level
				FROM conversation WHERE id = :id""")
			.param("id", id)
			.query((row, n) -> new HandoffRow(row.getString("agent"), row.getString("topic"),
					row.getObject("queued_at", OffsetDateTime.class), row.getObject("queue_rank", Long.class),
					row.getObject("queue_position", Integer.class), row.getObject("queue_estimate", Integer.class),
					row.getObject("awaiting_reply_since", OffsetDateTime.class), row.getString("alert_level")))
			.single();
	}

	void updateHandoff(UUID id, HandoffRow row) {
		jdbc.sql("""
				UPDATE conversation
				SET agent = :agent, topic = :topic, queued_at = :queuedAt, queue_rank = :queueRank,
					queue_position = :queuePosition, queue_estimate = :queueEstimate,
					awaiting_reply_since = :awaitingReplySince, alert_level = :alertLevel
				WHERE id = :id""")
			.param("agent", row.agent())
			.param("topic", row.topic())
			.param("queuedAt", row.queuedAt())
			.param("queueRank", row.queueRank())
			.param("queuePosition", row.queuePosition())
			.param("queueEstimate", row.queueEstimate())
			.param("awaitingReplySince", row.awaitingReplySince())
			.param("alertLevel", row.alertLevel())
			.param("id", id)
			.update();
	}

	/** The conversations written to (or opened) at or after a time. */
	List<UUID> activeSince(OffsetDateTime since) {
		return jdbc.sql("SELECT id FROM conversation WHERE last_active >= :since")
			.param("since", since)
			.query(UUID.class)
			.list();
	}

	/**
	 * Conversations not closed, with something said in them, and inactive since a time.
	 *
	 * @param inactiveSince the last activity before which a conversation counts
	 * @param limit the most to return
	 */
	List<UUID> idle(OffsetDateTime inactiveSince, int limit) {
		return jdbc.sql("""
				SELECT c.id FROM conversation c
				WHERE c.state <> :closed AND c.last_active < :inactiveSince
				AND EXISTS (SELECT 1 FROM conversation_event e WHERE e.conversation_id = c.id)
				ORDER BY c.last_active
				LIMIT :limit""")
			.param("closed", ConversationState.CLOSED.column())
			.param("inactiveSince", inactiveSince)
			.param("limit", limit)
			.query(UUID.class)
			.list();
	}

	/** The guides of the conversation's answers, the latest first. */
	List<String> answeredGuides(UUID id) {
		return jdbc.sql("""
				SELECT guide_id FROM conversation_event
				WHERE conversation_id = :id AND type = :type AND guide_id IS NOT NULL
				ORDER BY seq DESC""")
			.param("id", id)
			.param("type", ServerMessage.BotAnswer.TYPE)
			.query(String.class)
			.list();
	}

	/**
	 * The guides answered most often since a time, most answered first.
	 *
	 * @param since the earliest answer counted
	 * @param limit the most to return
	 */
	List<String> mostAnsweredGuides(OffsetDateTime since, int limit) {
		return jdbc.sql("""
				SELECT guide_id FROM conversation_event
				WHERE type = :type AND created >= :since AND guide_id IS NOT NULL
				GROUP BY guide_id
				ORDER BY COUNT(*) DESC, guide_id
				LIMIT :limit""")
			.param("type", ServerMessage.BotAnswer.TYPE)
			.param("since", since)
			.param("limit", limit)
			.query(String.class)
			.list();
	}

	/**
	 * A conversation's state.
	 *
	 * @param state what the conversation accepts next
	 * @param currentGuideId the matter last answered, for follow-ups, or {@code null}
	 * @param fallbacksInRow how many of the bot's last replies in a row were fallbacks
	 */
	record ConversationRow(ConversationState state, String currentGuideId, int fallbacksInRow) {
	}

	/**
	 * A conversation's handoff to helpdesk agents.
	 *
	 * @param agent the username of the agent holding the conversation, or who held it last; or
	 * {@code null}
	 * @param topic the skill the conversation needs, or {@code null} before any handoff
	 * @param queuedAt while queued, since when
	 * @param queueRank while queued, its place: lower goes first
	 * @param queuePosition while queued, the position the citizen was last told
	 * @param queueEstimate while queued, the estimated wait the citizen was last told, in seconds
	 * @param awaitingReplySince while an agent holds it, since when the citizen waits for their
	 * reply; {@code null} when the agent spoke last
	 * @param alertLevel the alert raised for the current wait ({@code yellow}, {@code red}), or
	 * {@code null}
	 */
	record HandoffRow(String agent, String topic, OffsetDateTime queuedAt, Long queueRank, Integer queuePosition,
			Integer queueEstimate, OffsetDateTime awaitingReplySince, String alertLevel) {

		/** The row with the wait over: nothing queued, nothing awaited, no alert. */
		HandoffRow waitOver() {
			return new HandoffRow(agent, topic, null, null, null, null, null, null);
		}

	}

	/**
	 * What is known of a recorded event without reading its payload.
	 *
	 * @param seq its place in the conversation
	 * @param type its message type
	 * @param guideId the guide of a {@code bot.answer}, else {@code null}
	 */
	record RecordedEvent(long seq, String type, String guideId) {
	}

}
