package org.govassist.server.privacy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.govassist.server.system.RetentionPeriodicJob;
import org.govassist.server.system.RetentionProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes conversations inactive for longer than {@code assistant.retention.days}, a minute after
 * start-up and every hour: their events (the transcript) and the messages left in them go; their
 * ratings stay for the statistics, without the conversation and without the comment.
 *
 * <p>Each conversation goes in its own transaction, and only if it is still inactive when its row
 * is locked, so that a citizen resuming it meanwhile keeps it whole. Thread-safe.
 */
@Component
final class RetentionJob implements RetentionPeriodicJob {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final int days;

	RetentionJob(JdbcClient jdbc, TransactionTemplate transaction, RetentionProperties properties) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.days = properties.days();
	}

	@Override
	public String name() {
		return "deleting conversations older than " + days + " days";
	}

	@Override
	public void run() {
		OffsetDateTime inactiveSince = RetentionPeriodicJob.cutoff(days);
		int deleted = 0;
		List<UUID> old;
		do {
			old = jdbc.sql("SELECT id FROM conversation WHERE last_active < :inactiveSince ORDER BY last_active LIMIT :batch")
				.param("inactiveSince", inactiveSince)
				.param("batch", BATCH)
				.query(UUID.class)
				.list();
			int deletedNow = 0;
			for (UUID id : old) {
				if (Boolean.TRUE.equals(transaction.execute(status -> delete(id, inactiveSince)))) {
					deletedNow++;
				}
			}
			deleted += deletedNow;
			if (deletedNow == 0) {
				break;
			}
		}
		while (old.size() == BATCH);
		if (deleted > 0) {
			log.info("Deleted {} conversations inactive for more than {} days", deleted, days);
		}
	}

	private boolean delete(UUID id, OffsetDateTime inactiveSince) {
		boolean stillOld = jdbc.sql("""
				UPDATE conversation SET last_active = last_active
				WHERE id = :id AND last_active < :inactiveSince""")
			.param("id", id)
			.param("inactiveSince", inactiveSince)
			.update() == 1;
		if (!stillOld) {
			return false;
		}
		jdbc.sql("UPDATE rating SET conversation_id = NULL, comment = NULL WHERE conversation_id = :id")
			.param("id", id)
			.update();
		jdbc.sql("DELETE FROM left_message WHERE conversation_id = :id").param("id", id).update();
		jdbc.sql("DELETE FROM agent_chat WHERE conversation_id = :id").param("id", id).update();
		jdbc.sql("DELETE FROM conversation_event WHERE conversation_id = :id").param("id", id).update();
		jdbc.sql("DELETE FROM conversation WHERE id = :id").param("id", id).update();
		return true;
	}

}
