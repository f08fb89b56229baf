package org.govassist.server.editor;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.govassist.server.system.PeriodicJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Finds clarifications the citizen chose nothing from and puts their questions in the gap inbox,
 * every minute. A {@code bot.clarify} counts as unchosen once the conversation's next event is
 * anything but the answer a {@code choose} brings: the citizen said something else, asked for a
 * human, or the conversation was closed by the citizen or by timeout.
 *
 * <p>It looks through the events recorded since its last run, up to {@link #SETTLE} ago, so that
 * transactions still running then are seen at the next run; how far it got is kept in the
 * database, locked while it runs, so nodes take turns and each clarification is counted once.
 *
 * <p>Thread-safe.
 */
@Component
final class UnchosenClarifications implements PeriodicJob {

	private static final Logger log = LoggerFactory.getLogger(UnchosenClarifications.class);

	/** How old an event must be before it is looked at: every transaction writing it has ended. */
	static final Duration SETTLE = Duration.ofSeconds(30);

	/**
	 * How long before the event that ends it a clarification may have been made: a conversation
	 * idle for longer is closed by timeout, which is such an event, well within this.
	 */
	static final Duration LONGEST_WAIT = Duration.ofDays(2);

	static final String SCAN = "clarify_unchosen";

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final GapInbox inbox;

	private final JsonMapper mapper;

	UnchosenClarifications(JdbcClient jdbc, TransactionTemplate transaction, GapInbox inbox, JsonMapper mapper) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.inbox = inbox;
		this.mapper = mapper;
	}

	@Override
	public String name() {
		return "finding unchosen clarifications";
	}

	@Override
	public Duration interval() {
		return Duration.ofMinutes(1);
	}

	@Override
	public void run() {
		scanUntil(OffsetDateTime.now(ZoneOffset.UTC).minus(SETTLE));
	}

	/**
	 * Records the unchosen clarifications settled by events recorded before a time and after the
	 * previous scan.
	 *
	 * @param until the end of the scan, exclusive
	 * @return how many were found
	 */
	int scanUntil(OffsetDateTime until) {
		Integer found = transaction.execute(status -> {
			OffsetDateTime from = jdbc.sql("SELECT scanned_until FROM gap_scan WHERE name = :name FOR UPDATE")
				.param("name", SCAN)
				.query(OffsetDateTime.class)
				.single();
			if (!until.isAfter(from)) {
				return 0;
			}
			List<Clarification> unchosen = jdbc.sql("""
					SELECT c.conversation_id, c.seq FROM conversation_event c
					JOIN conversation_event e ON e.conversation_id = c.conversation_id AND e.seq = c.seq + 1
					WHERE c.type = 'bot.clarify' AND c.created >= :earliest AND c.created < :until
					AND e.type <> 'bot.answer' AND e.created >= :from AND e.created < :until
					ORDER BY e.created""")
				.param("earliest", from.minus(LONGEST_WAIT))
				.param("from", from)
				.param("until", until)
				.query((row, n) -> new Clarification(row.getObject("conversation_id", UUID.class), row.getLong("seq")))
				.list();
			for (Clarification clarification : unchosen) {
				question(clarification).ifPresent(inbox::unchosenClarification);
			}
			jdbc.sql("UPDATE gap_scan SET scanned_until = :until WHERE name = :name")
				.param("until", until)
				.param("name", SCAN)
				.update();
			return unchosen.size();
		});
		if (found != null && found > 0) {
			log.info("{} unchosen clarifications put in the gap inbox", found);
		}
		return found == null ? 0 : found;
	}

	/** The citizen's words the clarification answered, as recorded (masked). */
	private Optional<String> question(Clarification clarification) {
		return jdbc.sql("""
				SELECT payload FROM conversation_event
				WHERE conversation_id = :id AND seq < :seq AND type = 'citizen.message'
				ORDER BY seq DESC LIMIT 1""")
			.param("id", clarification.conversationId())
			.param("seq", clarification.seq())
			.query(String.class)
			.optional()
			.map(payload -> mapper.readTree(payload).path("text").asString(null));
	}

	private record Clarification(UUID conversationId, long seq) {
	}

}
