package org.govassist.server.system;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link PeriodicJob} on one background thread while the node is up, from when the
 * application has started until it stops.
 *
 * <p>Thread-safe.
 */
@Component
final class Housekeeping implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

	private final List<PeriodicJob> jobs;

	private ScheduledExecutorService executor;

	Housekeeping(List<PeriodicJob> jobs) {
		this.jobs = List.copyOf(jobs);
	}

	@Override
	public synchronized void start() {
		executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("housekeeping").daemon().factory());
		for (PeriodicJob job : jobs) {
			executor.scheduleWithFixedDelay(() -> run(job), job.initialDelay().toMillis(), job.interval().toMillis(),
					TimeUnit.MILLISECONDS);
		}
	}

	@Override
	public synchronized void stop() {
		BackgroundExecutors.stop(executor);
		executor = null;
	}

	@Override
	public synchronized boolean isRunning() {
		return executor != null;
	}

	private static void run(PeriodicJob job) {
		try {
			job.run();
		}
		catch (RuntimeException ex) {
			log.error("Failed {}; trying again in {}", job.name(), job.interval(), ex);
		}
	}

}
