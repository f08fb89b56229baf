package org.govassist.server.editor;

import org.govassist.kb.ConsultationEngine;
import org.govassist.kb.analysis.Lexicon;
import org.govassist.kb.analysis.LexiconAdditions;
import org.govassist.server.knowledge.LexiconStore;
import org.govassist.server.system.ClusterSignals;
import org.govassist.server.system.OnCluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@link LexiconChanges} of a node of a cluster: keeps this node's engine on the newest version of
 * the editors' lexicon in the database, whichever node saved it.
 *
 * <p>A version saved on this node is put in force before the call returns, as on a single node,
 * and then signalled to the other nodes ({@value #TOPIC} with the version's number). A node that
 * receives the signal, and every node every few seconds ({@link #catchUp}), looks up the version
 * in force in the database and rebuilds its engine with it when it is newer than its own.
 *
 * <p>Thread-safe: versions are put in force one at a time, and a version not newer than the one in
 * force is ignored, so a late signal never brings an older version back.
 */
@Component
@OnCluster
final class ClusterLexiconChanges implements LexiconChanges {

	/** The topic of the signal a lexicon version was saved; its payload is the version's number. */
	static final String TOPIC = "lexicon";

	private static final Logger log = LoggerFactory.getLogger(ClusterLexiconChanges.class);

	private final ConsultationEngine engine;

	private final LexiconStore store;

	private final ClusterSignals signals;

	/** The version in force in this node's engine, -1 before it is known; guarded by this. */
	private int applied = -1;

	ClusterLexiconChanges(ConsultationEngine engine, LexiconStore store, ClusterSignals signals) {
		this.engine = engine;
		this.store = store;
		this.signals = signals;
	}

	@Override
	public void changed(int version, LexiconAdditions additions) {
		apply(version, additions);
		try {
			signals.send(TOPIC, Integer.toString(version));
		}
		catch (RuntimeException ex) {
			// The version is saved; the other nodes' catch-up will find it without the signal.
			log.warn("Could not signal lexicon version {} to the other nodes; they will catch up", version, ex);
		}
	}

	/**
	 * Puts the version in force in the database in force here too, when it is newer.
	 *
	 * @return whether the engine changed
	 */
	boolean catchUp() {
		if (store.currentVersion() <= applied()) {
			return false;
		}
		LexiconStore.StoredLexicon current = store.current();
		return apply(current.version(), current.additions());
	}

	/**
	 * Learns which version the engine, built at start-up, uses: the one in force in the database if
	 * the engine's lexicon is that one, else it puts that one in force, as another node saved it
	 * while the engine was being built.
	 */
	synchronized void startFromDatabase() {
		LexiconStore.StoredLexicon current = store.current();
		Lexicon expected = current.additions().applyTo(Lexicon.bundled());
		Lexicon inForce = engine.lexicon();
		if (inForce.words().equals(expected.words()) && inForce.synonymGroups().equals(expected.synonymGroups())) {
			applied = current.version();
		}
		else {
			apply(current.version(), current.additions());
		}
	}

	private synchronized int applied() {
		return applied;
	}

	private synchronized boolean apply(int version, LexiconAdditions additions) {
		if (version <= applied) {
			return false;
		}
		long start = System.nanoTime();
		engine.useLexicon(additions.applyTo(Lexicon.bundled()));
		applied = version;
		log.info("Lexicon version {} in force: {} guides analysed and indexed again in {} ms", version, engine.size(),
				(System.nanoTime() - start) / 1_000_000);
		return true;
	}

}
