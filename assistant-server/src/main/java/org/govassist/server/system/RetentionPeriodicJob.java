package org.govassist.server.system;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A {@link PeriodicJob} that deletes what is older than {@code assistant.retention.days}: it runs
 * a minute after start-up and then every hour, and each run deletes what lies before
 * {@link #cutoff(int)}.
 *
 * <p>Implementations must be thread-safe with respect to the rest of the application.
 */
public interface RetentionPeriodicJob extends PeriodicJob {

	/** Every hour. */
	@Override
	default Duration interval() {
		return Duration.ofHours(1);
	}

	/** A minute after start-up. */
	@Override
	default Duration initialDelay() {
		return Duration.ofMinutes(1);
	}

	/**
	 * The instant before which records are deleted: now, less the retention.
	 *
	 * @param days {@code assistant.retention.days}
	 * @return now in UTC minus that many days
	 */
	static OffsetDateTime cutoff(int days) {
		return OffsetDateTime.now(ZoneOffset.UTC).minusDays(days);
	}

}
