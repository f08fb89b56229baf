package org.govassist.server.editor;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.govassist.kb.ConsultationEngine;
import org.govassist.kb.guide.Guide;
import org.govassist.server.knowledge.GuideJson;
import org.govassist.server.knowledge.GuideStore;
import org.govassist.server.knowledge.GuideStore.GuideRow;
import org.govassist.server.knowledge.GuideStore.GuideState;
import org.govassist.server.system.ClusterSignals;
import org.govassist.server.system.OnCluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@link GuideChanges} of a node of a cluster: keeps this node's engine in step with the guides in
 * the database, whichever node changed them.
 *
 * <p>A change announced on this node is applied to its engine before the call returns, as on a
 * single node, and then signalled to the other nodes ({@value #TOPIC} with the guide's id). A node
 * that receives the signal, and every node every few seconds ({@link #catchUp}), reads the guide's
 * current state from the database and publishes or withdraws it. Signals only say where to look,
 * so a lost or late signal delays a change but never loses it or brings back an older one.
 *
 * <p>Thread-safe: every read of the database and the change of the engine that follows it happen
 * under one lock, so a later read is always applied after an earlier one; a version older than
 * the one applied is ignored, and a state already applied is not applied again.
 */
@Component
@OnCluster
final class ClusterGuideChanges implements GuideChanges {

	/** The topic of the signal a guide changed; its payload is the guide's id. */
	static final String TOPIC = "guide";

	/**
	 * How far back before the newest change seen a catch-up looks: a transaction commits a little
	 * after the time it writes as the guide's last change, and nodes' clocks differ a little.
	 */
	static final Duration OVERLAP = Duration.ofMinutes(1);

	private static final Logger log = LoggerFactory.getLogger(ClusterGuideChanges.class);

	private final ConsultationEngine engine;

	private final GuideStore store;

	private final GuideJson json;

	private final ClusterSignals signals;

	private final Object lock = new Object();

	/** What the engine holds of each guide known to this node; guarded by {@link #lock}. */
	private final Map<String, Applied> applied = new HashMap<>();

	/** The latest last change seen in the database, {@code null} before the first look; guarded by {@link #lock}. */
	private OffsetDateTime newestChange;

	ClusterGuideChanges(ConsultationEngine engine, GuideStore store, GuideJson json, ClusterSignals signals) {
		this.engine = engine;
		this.store = store;
		this.json = json;
		this.signals = signals;
	}

	@Override
	public void published(Guide guide) {
		changed(guide.id());
	}

	@Override
	public void withdrawn(String guideId) {
		changed(guideId);
	}

	/*
	 * The change has committed: what the database holds now is that change or a later one, so
	 * applying it is as good as applying the change itself, and it cannot undo a later change that
	 * reached this node first.
	 */
	private void changed(String guideId) {
		refresh(guideId);
		try {
			signals.send(TOPIC, guideId);
		}
		catch (RuntimeException ex) {
			// The change is saved; the other nodes' catch-up will find it without the signal.
			log.warn("Could not signal the change of guide {} to the other nodes; they will catch up", guideId, ex);
		}
	}

	/**
	 * Brings one guide in the engine to its current state in the database.
	 *
	 * @param guideId the guide's id
	 */
	void refresh(String guideId) {
		synchronized (lock) {
			store.row(guideId).ifPresent(this::apply);
		}
	}

	/**
	 * Applies what changed in the database since the last catch-up, or everything that differs
	 * from the engine.
	 *
	 * @param everything whether to compare every guide, not only those changed lately
	 * @return how many guides were applied
	 */
	int catchUp(boolean everything) {
		synchronized (lock) {
			OffsetDateTime since = everything || newestChange == null ? null : newestChange.minus(OVERLAP);
			int changed = 0;
			for (GuideState state : store.states(since)) {
				seen(state.updated());
				Applied known = applied.get(state.id());
				if (known == null || !known.is(state.currentVersion(), state.withdrawn())) {
					Optional<GuideRow> row = store.row(state.id());
					if (row.isPresent() && apply(row.get())) {
						changed++;
					}
				}
			}
			if (changed > 0) {
				log.info("Caught up with {} guides changed on other nodes", changed);
			}
			return changed;
		}
	}

	/**
	 * Compares the engine, built at start-up, with every guide in the database and applies what
	 * differs, so that changes made since the engine was built are not missed.
	 */
	void startFromDatabase() {
		synchronized (lock) {
			int changed = 0;
			for (GuideRow row : store.rows()) {
				seen(row.updated());
				Optional<Guide> inEngine = engine.guide(row.id());
				boolean current = row.withdrawn() ? inEngine.isEmpty()
						: inEngine.isPresent() && inEngine.get().equals(json.read(row.content()));
				if (current) {
					applied.put(row.id(), new Applied(row.currentVersion(), row.withdrawn()));
				}
				else if (apply(row)) {
					changed++;
				}
			}
			if (changed > 0) {
				log.info("{} guides changed while the engine was being built; applied", changed);
			}
		}
	}

	/** Applies a guide's row read under the lock; returns whether the engine changed. */
	private boolean apply(GuideRow row) {
		Applied known = applied.get(row.id());
		if (known != null && (row.currentVersion() < known.version() || known.is(row.currentVersion(), row.withdrawn()))) {
			return false;
		}
		if (row.withdrawn()) {
			engine.withdraw(row.id());
		}
		else {
			engine.publish(json.read(row.content()));
		}
		applied.put(row.id(), new Applied(row.currentVersion(), row.withdrawn()));
		seen(row.updated());
		return true;
	}

	private void seen(OffsetDateTime updated) {
		if (newestChange == null || updated.isAfter(newestChange)) {
			newestChange = updated;
		}
	}

	/** The version of a guide the engine holds, and whether it is withdrawn. */
	private record Applied(int version, boolean withdrawn) {

		boolean is(int otherVersion, boolean otherWithdrawn) {
			return version == otherVersion && withdrawn == otherWithdrawn;
		}

	}

}
