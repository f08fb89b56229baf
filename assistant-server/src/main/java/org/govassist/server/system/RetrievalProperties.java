package org.govassist.server.system;

import org.govassist.kb.EngineSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Retrieval settings under {@code assistant.retrieval.*}: when the engine answers, clarifies or
 * falls back, and whether semantic search runs beside BM25. A threshold left unset takes the tuned
 * value of the retrieval in use, {@link EngineSettings#defaults(boolean)}.
 *
 * <p>Immutable and thread-safe. Values out of range stop start-up with a message that names the
 * property.
 *
 * @param answerThreshold {@code assistant.retrieval.answer-threshold}: least confidence, 0..1, to
 * answer directly
 * @param clarifyThreshold {@code assistant.retrieval.clarify-threshold}: least confidence of the
 * best guide, 0..answer-threshold, to offer a choice instead of falling back
 * @param maxClarifyOptions {@code assistant.retrieval.max-clarify-options}: most matters offered
 * in one clarification, 2..5
 * @param semantic {@code assistant.retrieval.semantic.*}
 * @param warmUp {@code assistant.retrieval.warm-up}: ask the engine the guides' own titles and
 * aliases at start-up, so that the first citizens meet compiled code
 */
@ConfigurationProperties("assistant.retrieval")
public record RetrievalProperties(Double answerThreshold, Double clarifyThreshold, Integer maxClarifyOptions,
		@DefaultValue Semantic semantic, @DefaultValue("true") boolean warmUp) {

	public RetrievalProperties {
		EngineSettings defaults = EngineSettings.defaults(semantic.enabled());
		answerThreshold = answerThreshold != null ? answerThreshold : defaults.answerThreshold();
		clarifyThreshold = clarifyThreshold != null ? clarifyThreshold : defaults.clarifyThreshold();
		maxClarifyOptions = maxClarifyOptions != null ? maxClarifyOptions : defaults.maxClarifyOptions();
		if (!(answerThreshold >= 0 && answerThreshold <= 1)) {
			throw new IllegalArgumentException(
					"assistant.retrieval.answer-threshold must be within 0..1, not " + answerThreshold);
		}
		if (!(clarifyThreshold >= 0 && clarifyThreshold <= answerThreshold)) {
			throw new IllegalArgumentException("assistant.retrieval.clarify-threshold must be within 0..answer-threshold ("
					+ answerThreshold + "), not " + clarifyThreshold);
		}
		if (maxClarifyOptions < 2 || maxClarifyOptions > 5) {
			throw new IllegalArgumentException(
					"assistant.retrieval.max-clarify-options must be within 2..5, not " + maxClarifyOptions);
		}
	}

	/**
	 * The thresholds as the knowledge base takes them.
	 *
	 * @return the engine settings
	 */
	public EngineSettings engineSettings() {
		return new EngineSettings(answerThreshold, clarifyThreshold, maxClarifyOptions);
	}

	/**
	 * Sentence-embedding retrieval beside BM25.
	 *
	 * @param enabled {@code assistant.retrieval.semantic.enabled}: the in-process bge-small-zh
	 * sentence-embedding model beside BM25; {@code false}: lexical retrieval alone
	 */
	public record Semantic(@DefaultValue("true") boolean enabled) {
	}

}
