package org.govassist.server.handoff;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SQL of the handoff: the queue and who holds which conversation, read from the conversations'
 * rows; the alerts raised; the history of agents' chats. Runs in the caller's transaction, if
 * any.
 *
 * <p>Thread-safe.
 */
@Component
@DependsOnDatabaseInitialization
final class HandoffStore {

	private static final String QUEUED = "queued";

	private static final String WITH_AGENT = "with_agent";

	private final JdbcClient jdbc;

	HandoffStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The conversations waiting for an agent, next first. */
	List<Waiting> queue() {
		return jdbc.sql("""
				SELECT id, topic, agent, queued_at, queue_position, queue_estimate, alert_level FROM conversation
				WHERE state = :queued
				ORDER BY queue_rank, queued_at, id""")
			.param("queued", QUEUED)
			.query((row, n) -> new Waiting(row.getObject("id", UUID.class), row.getString("topic"),
					row.getString("agent"), row.getObject("queued_at", OffsetDateTime.class), row.getObject("queue_position", Integer.class),
					row.getObject("queue_estimate", Integer.class), row.getString("alert_level")))
			.list();
	}

	/** How many conversations each agent holds; agents holding none are absent. */
	Map<String, Integer> loads() {
		Map<String, Integer> loads = new HashMap<>();
		jdbc.sql("SELECT agent, COUNT(*) AS chats FROM conversation WHERE state = :withAgent GROUP BY agent")
			.param("withAgent", WITH_AGENT)
			.query((row, n) -> loads.put(row.getString("agent"), row.getInt("chats")))
			.list();
		return loads;
	}

	/**
	 * The conversations an agent holds, oldest first, each with the agent's current chat of it
	 * (0 when none was recorded).
	 */
	List<Held> heldBy(String agent) {
		return jdbc.sql("""
				SELECT c.id, c.topic, c.awaiting_reply_since,
					(SELECT MAX(ch.id) FROM agent_chat ch
					 WHERE ch.conversation_id = c.id AND ch.agent = c.agent AND ch.ended IS NULL) AS chat_id
				FROM conversation c
				WHERE c.state = :withAgent AND c.agent = :agent
				ORDER BY c.id""")
			.param("withAgent", WITH_AGENT)
			.param("agent", agent)
			.query((row, n) -> new Held(row.getObject("id", UUID.class), row.getString("topic"),
					row.getObject("awaiting_reply_since", OffsetDateTime.class), row.getLong("chat_id")))
			.list();
	}

	/** Every conversation an agent holds, with the agent. */
	Map<UUID, String> holders() {
		Map<UUID, String> holders = new HashMap<>();
		jdbc.sql("SELECT id, agent FROM conversation WHERE state = :withAgent")
			.param("withAgent", WITH_AGENT)
			.query((row, n) -> holders.put(row.getObject("id", UUID.class), row.getString("agent")))
			.list();
		return holders;
	}

	/**
	 * How an agent's chat ended.
	 *
	 * @param chatId the chat, as {@link Held#chatId()}
	 * @return the reason it ended ({@link #chatEnded}), empty while it goes on; a chat no longer
	 * recorded counts as ended for no reason given ({@code ""})
	 */
	Optional<String> endOf(long chatId) {
		return jdbc.sql("SELECT ended, end_reason FROM agent_chat WHERE id = :id")
			.param("id", chatId)
			.query((row, n) -> row.getObject("ended", OffsetDateTime.class) == null ? Optional.<String>empty()
					: Optional.of(Objects.requireNonNullElse(row.getString("end_reason"), "")))
			.optional()
			.orElse(Optional.of(""));
	}

	/** The username of the agent holding a conversation, or empty when no agent holds it. */
	Optional<String> holder(UUID id) {
		return jdbc.sql("SELECT agent FROM conversation WHERE id = :id AND state = :withAgent")
			.param("id", id)
			.param("withAgent", WITH_AGENT)
			.query(String.class)
			.optional();
	}

	/** Every conversation waiting in the queue, in no particular order. */
	List<UUID> queued() {
		return jdbc.sql("SELECT id FROM conversation WHERE state = :queued")
			.param("queued", QUEUED)
			.query(UUID.class)
			.list();
	}

	/** Whether a conversation waits in the queue. */
	boolean isQueued(UUID id) {
		return jdbc.sql("SELECT COUNT(*) FROM conversation WHERE id = :id AND state = :queued")
			.param("id", id)
			.param("queued", QUEUED)
			.query(Long.class)
			.single() > 0;
	}

	/** Whether a conversation exists. */
	boolean exists(UUID id) {
		return jdbc.sql("SELECT COUNT(*) FROM conversation WHERE id = :id").param("id", id).query(Long.class).single() > 0;
	}

	/** Every citizen waiting: in the queue, or for the reply of the agent holding the conversation. */
	List<Wait> waits() {
		return jdbc.sql("""
				SELECT id, state, agent, queued_at, awaiting_reply_since, alert_level FROM conversation
				WHERE state = :queued OR (state = :withAgent AND awaiting_reply_since IS NOT NULL)""")
			.param("queued", QUEUED)
			.param("withAgent", WITH_AGENT)
			.query((row, n) -> {
				boolean queued = QUEUED.equals(row.getString("state"));
				return new Wait(row.getObject("id", UUID.class), queued, queued ? null : row.getString("agent"),
						row.getObject(queued ? "queued_at" : "awaiting_reply_since", OffsetDateTime.class),
						row.getString("alert_level"));
			})
			.list();
	}

	/**
	 * Records an alert for a wait, unless the wait is over or the alert was raised already.
	 *
	 * @param wait the wait as read
	 * @param level {@code yellow} or {@code red}
	 * @return whether it was recorded now
	 */
	boolean raiseAlert(Wait wait, String level) {
		return jdbc.sql("""
				UPDATE conversation SET alert_level = :level
				WHERE id = :id AND state = :state AND (alert_level IS NULL OR alert_level <> :level)
				AND ((state = :queued AND queued_at = :since) OR (state = :withAgent AND awaiting_reply_since = :since))""")
			.param("level", level)
			.param("id", wait.conversationId())
			.param("state", wait.queued() ? QUEUED : WITH_AGENT)
			.param("queued", QUEUED)
			.param("withAgent", WITH_AGENT)
			.param("since", wait.since())
			.update() == 1;
	}

	/** A rank that puts a conversation before every one queued now. */
	long frontRank() {
		Long first = jdbc.sql("SELECT MIN(queue_rank) FROM conversation WHERE state = :queued")
			.param("queued", QUEUED)
			.query(Long.class)
			.optional()
			.orElse(null);
		return first == null ? System.currentTimeMillis() : first - 1;
	}

	void chatStarted(UUID conversationId, String agent, OffsetDateTime now) {
		jdbc.sql("INSERT INTO agent_chat (conversation_id, agent, assigned) VALUES (:id, :agent, :now)")
			.param("id", conversationId)
			.param("agent", agent)
			.param("now", now)
			.update();
	}

	/**
	 * Ends the agent's current chat of a conversation.
	 *
	 * @param reason {@code closed}, {@code citizen}, {@code timeout}, {@code transfer}, {@code grace}
	 * or {@code signed_out}
	 * @param summary the agent's summary, or {@code null}
	 */
	void chatEnded(UUID conversationId, String agent, OffsetDateTime now, String reason, String summary) {
		jdbc.sql("""
				UPDATE agent_chat SET ended = :now, end_reason = :reason, summary = :summary
				WHERE conversation_id = :id AND agent = :agent AND ended IS NULL""")
			.param("now", now)
			.param("reason", reason)
			.param("summary", summary)
			.param("id", conversationId)
			.param("agent", agent)
			.update();
	}

	/** The summary an agent left when closing a conversation, if any. */
	Optional<String> summary(UUID conversationId) {
		return jdbc.sql("""
				SELECT summary FROM agent_chat WHERE conversation_id = :id AND summary IS NOT NULL
				ORDER BY ended DESC LIMIT 1""")
			.param("id", conversationId)
			.query(String.class)
			.optional();
	}

	/**
	 * How long the most recently finished chats lasted, from assignment to their end by the agent,
	 * the citizen or the timeout (not transfers or lost agents).
	 *
	 * @param limit the most to return
	 */
	List<Duration> recentHandlingTimes(int limit) {
		return jdbc.sql("""
				SELECT assigned, ended FROM agent_chat
				WHERE ended IS NOT NULL AND end_reason IN ('closed', 'citizen', 'timeout')
				ORDER BY ended DESC LIMIT :limit""")
			.param("limit", limit)
			.query((row, n) -> Duration.between(row.getObject("assigned", OffsetDateTime.class),
					row.getObject("ended", OffsetDateTime.class)))
			.list();
	}

	/**
	 * A conversation in the queue.
	 *
	 * @param conversationId the conversation
	 * @param topic the skill it needs
	 * @param lastAgent the agent who held it before it was queued again, or {@code null}
	 * @param queuedAt since when it waits
	 * @param toldPosition the position the citizen was last told, or {@code null}
	 * @param toldEstimate the estimate the citizen was last told, or {@code null}
	 * @param alertLevel the alert raised for the wait, or {@code null}
	 */
	record Waiting(UUID conversationId, String topic, String lastAgent, OffsetDateTime queuedAt, Integer toldPosition,
			Integer toldEstimate, String alertLevel) {
	}

	/**
	 * A conversation an agent holds.
	 *
	 * @param conversationId the conversation
	 * @param topic the skill it needs
	 * @param awaitingReplySince since when the citizen waits for the agent, or {@code null}
	 * @param chatId the agent's current chat of it in {@code agent_chat}, 0 when none was recorded
	 */
	record Held(UUID conversationId, String topic, OffsetDateTime awaitingReplySince, long chatId) {
	}

	/**
	 * A citizen waiting.
	 *
	 * @param conversationId the conversation
	 * @param queued whether for pick-up from the queue, else for the agent's reply
	 * @param agent the agent holding it, when not queued
	 * @param since since when
	 * @param alertLevel the alert raised already, or {@code null}
	 */
	record Wait(UUID conversationId, boolean queued, String agent, OffsetDateTime since, String alertLevel) {
	}

}
