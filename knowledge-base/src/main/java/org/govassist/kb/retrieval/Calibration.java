package org.govassist.kb.retrieval;

import java.util.List;

/**
 * Turns the evidence about the best candidate into the probability that it is the matter meant:
 * a logistic model over its score, its lead over the runner-up, how much of the question no guide
 * mentions at all, and how much of the question its key phrases cover. The coefficients were
 * fitted on the development question sets (docs/benchmarks.md).
 *
 * @param bias intercept
 * @param score weight of the best candidate's score
 * @param lead weight of the best candidate's lead over the second
 * @param unknown weight of the share of the question's weighted terms no guide mentions
 * @param keyCoverage weight of the share of the question covered by the best guide's key phrases
 */
record Calibration(double bias, double score, double lead, double unknown, double keyCoverage) {

	static final Calibration DEFAULTS = new Calibration(-6.0, 9.0, 6.0, -4.0, 2.0);

	double confidence(List<Candidate> ranked, double unknownShare) {
		if (ranked.isEmpty()) {
			return 0;
		}
		Candidate best = ranked.get(0);
		double second = ranked.size() > 1 ? ranked.get(1).score() : 0;
		double z = bias + score * best.score() + lead * (best.score() - second) + unknown * unknownShare
				+ keyCoverage * best.features().keyCoverage();
		return 1 / (1 + Math.exp(-z));
	}

	/** The features the model reads, in the order of its coefficients, for fitting. */
	static double[] inputs(List<Candidate> ranked, double unknownShare) {
		Candidate best = ranked.get(0);
		double second = ranked.size() > 1 ? ranked.get(1).score() : 0;
		return new double[] { best.score(), best.score() - second, unknownShare, best.features().keyCoverage() };
	}

}
