package org.govassist.server.editor;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.govassist.server.system.BackgroundExecutors;
import org.govassist.server.system.ClusterSignals;
import org.govassist.server.system.OnCluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's knowledge base in step with the other nodes of its cluster while the node is
 * up: when it starts, it brings the engine built at start-up to what the database holds now;
 * then it applies the guides and lexicon versions other nodes signal as changed, and every
 * {@link #INTERVAL} it looks in the database for changes whose signal it missed (a signal lost,
 * or sent while this node was starting), comparing every guide every {@link #FULL_SWEEP_EVERY}
 * looks.
 *
 * <p>All this runs on one background thread, so the Redis listener threads that deliver the
 * signals never wait for the database or for an engine rebuild. Thread-safe.
 */
@Component
@OnCluster
final class KnowledgeCatchUp implements SmartLifecycle {

	/** How often a node looks for changes it was not told of. */
	static final Duration INTERVAL = Duration.ofSeconds(5);

	/** Every how many looks a node compares every guide, not only the recently changed ones. */
	static final int FULL_SWEEP_EVERY = 60;

	private static final Logger log = LoggerFactory.getLogger(KnowledgeCatchUp.class);

	private final ClusterGuideChanges guides;

	private final ClusterLexiconChanges lexicon;

	private final ClusterSignals signals;

	private volatile ScheduledExecutorService executor;

	private boolean listening;

	private int looks;

	KnowledgeCatchUp(ClusterGuideChanges guides, ClusterLexiconChanges lexicon, ClusterSignals signals) {
		this.guides = guides;
		this.lexicon = lexicon;
		this.signals = signals;
	}

	/** Before the web server and the other background work start, so that the first answers are current. */
	@Override
	public int getPhase() {
		return 0;
	}

	@Override
	public synchronized void start() {
		executor = Executors.newSingleThreadScheduledExecutor(
				Thread.ofPlatform().name("knowledge-catch-up").daemon().factory());
		if (!listening) {
			// Listening first: a change signalled while this node reads the database is applied after.
			signals.listen(ClusterGuideChanges.TOPIC, guideId -> submit(() -> guides.refresh(guideId)));
			signals.listen(ClusterLexiconChanges.TOPIC, version -> submit(lexicon::catchUp));
			listening = true;
		}
		// On the catch-up thread, so that signals received meanwhile are applied after it;
		// start-up waits for it.
		Future<?> started = executor.submit(() -> {
			guides.startFromDatabase();
			lexicon.startFromDatabase();
		});
		try {
			started.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while bringing the knowledge base up to date", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Cannot bring the knowledge base up to date with the database", ex.getCause());
		}
		executor.scheduleWithFixedDelay(this::lookForMissedChanges, INTERVAL.toMillis(), INTERVAL.toMillis(),
				TimeUnit.MILLISECONDS);
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

	private void submit(Runnable work) {
		ScheduledExecutorService current = executor;
		if (current == null) {
			return;
		}
		try {
			current.execute(() -> {
				try {
					work.run();
				}
				catch (RuntimeException ex) {
					log.warn("Applying a change signalled by another node failed; the next catch-up tries again", ex);
				}
			});
		}
		catch (RejectedExecutionException ex) {
			// Stopping: the node's engine is going away with it.
		}
	}

	private void lookForMissedChanges() {
		try {
			looks++;
			guides.catchUp(looks % FULL_SWEEP_EVERY == 0);
			lexicon.catchUp();
		}
		catch (RuntimeException ex) {
			// A scheduled task that throws is never run again; this one must keep running.
			log.warn("Catching up with the other nodes' knowledge-base changes failed; trying again in {}", INTERVAL, ex);
		}
	}

}
