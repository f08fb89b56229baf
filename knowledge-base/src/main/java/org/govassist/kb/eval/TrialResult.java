package org.govassist.kb.eval;

import java.util.List;

/**
 * One system's result on one question set.
 *
 * @param metrics the figures of the measured pass
 * @param misses the questions it did not get right, in file order
 */
record TrialResult(Metrics metrics, List<Miss> misses) {

	TrialResult {
		misses = List.copyOf(misses);
	}

}
