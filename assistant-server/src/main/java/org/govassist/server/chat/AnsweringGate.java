package org.govassist.server.chat;

import java.util.concurrent.Semaphore;

import org.govassist.kb.ConsultationEngine;
import org.govassist.kb.Decision;

/**
 * Lets only a few questions reach the engine at once, about two per processor. The engine's work
 * is all computation, so more at once only makes each slower: under a burst, hundreds of server
 * threads asking together would each take seconds, while questions that wait their turn here are
 * answered in milliseconds once they get it. Fair: questions get their turn in order of arrival.
 *
 * <p>Thread-safe.
 */
final class AnsweringGate {

	private final ConsultationEngine engine;

	private final Semaphore turns;

	AnsweringGate(ConsultationEngine engine, int atOnce) {
		this.engine = engine;
		this.turns = new Semaphore(atOnce, true);
	}

	static AnsweringGate forThisMachine(ConsultationEngine engine) {
		return new AnsweringGate(engine, 2 * Runtime.getRuntime().availableProcessors());
	}

	Decision ask(String question, String currentGuideId) {
		turns.acquireUninterruptibly();
		try {
			return engine.ask(question, currentGuideId);
		}
		finally {
			turns.release();
		}
	}

}
