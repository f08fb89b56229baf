package org.govassist.kb.retrieval;

import java.util.List;

/**
 * Turns the evidence about the best candidate into the probability that it is the matter meant:
 * a logistic model over its score, its lead over the runner-up, how much of the question no guide
 * mentions at all, how much question-like text the guide offers, its lead in meaning, and each of its
 * measured features (among them whether it is also the best by BM25 and the nearest in meaning). The
 * coefficients were fitted on the development question sets by {@link Tuner} (docs/benchmarks.md).
 *
 * @param coefficients intercept first, then one weight for each of {@link #inputs}
 */
record Calibration(double[] coefficients) {

	static final Calibration DEFAULTS = new Calibration(new double[] { -2.048, 2.946, 6.937, -0.82, -0.413, 0, -7.426,
			0.132, -4.112, 4.253, -3.995, 1.133, -1.605, 7.526, 0.419, -0.416, 0.601, 0, 0, 0 });

	/** With semantic search: fitted by {@code scripts/tune.sh --semantic}. */
	static final Calibration HYBRID = new Calibration(new double[] { -2.147, 1.884, 3.882, -0.907, -0.518, 3.668, -7.413,
			-0.006, -1.346, 1.9, -2.435, 0.881, -2.26, 7.482, -0.073, -0.712, 0.089, 0.479, 0.315, 1.16 });

	Calibration {
		if (coefficients.length != 1 + inputs(List.of(), 0).length) {
			throw new IllegalArgumentException("a calibration needs " + (1 + inputs(List.of(), 0).length) + " coefficients");
		}
		coefficients = coefficients.clone();
	}

	@Override
	public double[] coefficients() {
		return coefficients.clone();
	}

	double confidence(List<Candidate> ranked, double unknownShare) {
		if (ranked.isEmpty()) {
			return 0;
		}
		double[] x = inputs(ranked, unknownShare);
		double z = coefficients[0];
		for (int k = 0; k < x.length; k++) {
			z += coefficients[k + 1] * x[k];
		}
		return 1 / (1 + Math.exp(-z));
	}

	/** What the model reads, in the order of its coefficients after the intercept. */
	static double[] inputs(List<Candidate> ranked, double unknownShare) {
		double[] inputs = new double[5 + Feature.COUNT];
		if (ranked.isEmpty()) {
			return inputs;
		}
		Candidate best = ranked.get(0);
		double second = ranked.size() > 1 ? ranked.get(1).score() : 0;
		inputs[0] = best.score();
		inputs[1] = best.score() - second;
		inputs[2] = unknownShare;
		inputs[3] = best.profile().richness();
		inputs[4] = best.feature(Feature.SEMANTIC) - ranked.stream()
			.skip(1)
			.mapToDouble(candidate -> candidate.feature(Feature.SEMANTIC))
			.max()
			.orElse(0);
		System.arraycopy(best.features(), 0, inputs, 5, Feature.COUNT);
		return inputs;
	}

}
