package org.govassist.kb.retrieval;

import java.util.List;

/**
 * The candidates for a question, best first, and the calibrated probability that the first is
 * the matter meant.
 *
 * @param candidates scored candidates, best first
 * @param confidence probability, 0..1, that the first candidate is right
 */
record Ranking(List<Candidate> candidates, double confidence) {

	static final Ranking NONE = new Ranking(List.of(), 0);

	boolean isEmpty() {
		return candidates.isEmpty();
	}

}
