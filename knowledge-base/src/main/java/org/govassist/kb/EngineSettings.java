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

	/** The tuned defaults of lexical retrieval alone. */
	public static final EngineSettings DEFAULTS = new EngineSettings(0.75, 0.10, 5);

	/** The tuned defaults of hybrid retrieval, semantic search beside BM25. */
	public static final EngineSettings HYBRID_DEFAULTS = new EngineSettings(0.675, 0.05, 5);

	/**
	 * The tuned defaults of one way of retrieving.
	 *
	 * @param semantic whether semantic search runs beside BM25
	 * @return {@link #HYBRID_DEFAULTS} or {@link #DEFAULTS}
	 */
	public static EngineSettings defaults(boolean semantic) {
		return semantic ? HYBRID_DEFAULTS : DEFAULTS;
	}

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
