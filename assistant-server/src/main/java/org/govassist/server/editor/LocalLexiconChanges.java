package org.govassist.server.editor;

import org.govassist.kb.ConsultationEngine;
import org.govassist.kb.analysis.Lexicon;
import org.govassist.kb.analysis.LexiconAdditions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.govassist.server.system.OnSingleNode;
import org.springframework.stereotype.Component;

/**
 * {@link LexiconChanges} of a single node: rebuilds this node's engine with the bundled lexicon
 * plus the new additions. The engine keeps answering with the old lexicon during the rebuild and
 * switches over when it is done, before the call returns.
 *
 * <p>Thread-safe: changes are applied one at a time, and a version not newer than the last one
 * applied is ignored.
 */
@Component
@OnSingleNode
final class LocalLexiconChanges implements LexiconChanges {

	private static final Logger log = LoggerFactory.getLogger(LocalLexiconChanges.class);

	private final ConsultationEngine engine;

	private int applied = -1;

	LocalLexiconChanges(ConsultationEngine engine) {
		this.engine = engine;
	}

	@Override
	public synchronized void changed(int version, LexiconAdditions additions) {
		if (version <= applied) {
			return;
		}
		long start = System.nanoTime();
		engine.useLexicon(additions.applyTo(Lexicon.bundled()));
		applied = version;
		log.info("Lexicon version {} in force: {} guides analysed and indexed again in {} ms", version, engine.size(),
				(System.nanoTime() - start) / 1_000_000);
	}

}
