package org.govassist.kb;

/**
 * The decision thresholds of a {@link ConsultationEngine}. The defaults were set on the project's
 * development question sets (see docs/benchmarks.md).
 *
 * @param answerThreshold least confidence to answer directly from the best guide
 * @param clarifyThreshold least confidence of the best guide to offer a choice instead of falling back
 * @param maxClarifyOptions most matters offered in one clarification, 2 to 5
 */
public record EngineSettings(double answerThreshold, double clarifyThreshold, int maxClarifyOptions) {

	/** The tuned defaults. */
	public static final EngineSettings DEFAULTS = new EngineSettings(0.75, 0.10, 5);

	public EngineSettings {
		if (!(answerThreshold >= 0 && answerThreshold <= 1)) {
			throw new IllegalArgumentException("answerThreshold must be within 0..1, not " + answerThreshold);
		}
		if (!(clarifyThreshold >= 0 && clarifyThreshold <= answerThreshold)) {
			throw new IllegalArgumentException(
					"clarifyThreshold must be within 0..answerThreshold (" + answerThreshold + "), not " + clarifyThreshold);
		}
		if (maxClarifyOptions < 2 || maxClarifyOptions > 5) {
			throw new IllegalArgumentException("maxClarifyOptions must be within 2..5, not " + maxClarifyOptions);
		}
	}

}
