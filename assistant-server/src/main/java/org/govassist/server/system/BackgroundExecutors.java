package org.govassist.server.system;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Stops the executors of the server's background work (housekeeping, the knowledge base's
 * catch-up) when the application stops: the work under way is interrupted and given a little time
 * to end, so that it does not outlive the database connections it uses.
 */
public final class BackgroundExecutors {

	private static final long STOP_WAIT_SECONDS = 10;

	private BackgroundExecutors() {
	}

	/**
	 * Interrupts the executor's work and waits up to 10 s for it to end; an interrupt of the caller
	 * while waiting is kept for the caller to see.
	 *
	 * @param executor the executor to stop
	 */
	public static void stop(ExecutorService executor) {
		executor.shutdownNow();
		try {
			executor.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
