package org.govassist.server.system;

import java.time.Duration;

/**
 * Background work the node repeats, such as closing idle conversations or deleting old ones: every
 * bean of this type is run by {@link Housekeeping}, one job at a time, with a pause of
 * {@link #interval()} between the end of one run and the start of the next.
 *
 * <p>Every node of a cluster runs every job, at moments of its own. A job that changes what the
 * nodes share must do each piece of its work once however many nodes run it at the same moment:
 * with an update that only one of them can win ({@code UPDATE ... WHERE state <> 'closed'}) or by
 * taking turns on a locked row.
 *
 * <p>Implementations must be thread-safe with respect to the rest of the application.
 */
public interface PeriodicJob {

	/** What the job does, for the log, e.g. {@code "closing idle conversations"}. */
	String name();

	/** The pause between two runs. */
	Duration interval();

	/** The pause between start-up and the first run; by default one {@link #interval()}. */
	default Duration initialDelay() {
		return interval();
	}

	/** Does the work once; an exception is logged and the job runs again after the next pause. */
	void run();

}
