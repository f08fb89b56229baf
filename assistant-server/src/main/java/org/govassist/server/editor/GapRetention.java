package org.govassist.server.editor;

import org.govassist.server.system.RetentionPeriodicJob;
import org.govassist.server.system.RetentionProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes the gap inbox's questions asked longer ago than {@code assistant.retention.days}, open
 * or not, a minute after start-up and every hour, like the conversations they came from.
 *
 * <p>Thread-safe.
 */
@Component
final class GapRetention implements RetentionPeriodicJob {

	private static final Logger log = LoggerFactory.getLogger(GapRetention.class);

	private final JdbcClient jdbc;

	private final int days;

	GapRetention(JdbcClient jdbc, RetentionProperties properties) {
		this.jdbc = jdbc;
		this.days = properties.days();
	}

	@Override
	public String name() {
		return "deleting gap questions older than " + days + " days";
	}

	@Override
	public void run() {
		int deleted = jdbc.sql("DELETE FROM gap_question WHERE asked < :before")
			.param("before", RetentionPeriodicJob.cutoff(days))
			.update();
		if (deleted > 0) {
			log.info("Deleted {} gap questions asked more than {} days ago", deleted, days);
		}
	}

}
