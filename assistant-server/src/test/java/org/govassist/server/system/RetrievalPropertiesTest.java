package org.govassist.server.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.govassist.kb.EngineSettings;
import org.junit.jupiter.api.Test;

class RetrievalPropertiesTest {

	private static final RetrievalProperties.Semantic SEMANTIC = new RetrievalProperties.Semantic(true);

	@Test
	void unsetThresholdsAreTheTunedDefaultsOfHybridRetrieval() {
		var properties = new RetrievalProperties(null, null, null, SEMANTIC, true);

		assertThat(properties.engineSettings()).isEqualTo(EngineSettings.HYBRID_DEFAULTS);
	}

	@Test
	void unsetThresholdsAreTheTunedDefaultsOfLexicalRetrievalWhenSemanticSearchIsOff() {
		var properties = new RetrievalProperties(null, null, null, new RetrievalProperties.Semantic(false), true);

		assertThat(properties.engineSettings()).isEqualTo(EngineSettings.DEFAULTS);
	}

	@Test
	void setThresholdsReachTheEngine() {
		var properties = new RetrievalProperties(0.7, 0.3, 3, SEMANTIC, true);

		assertThat(properties.engineSettings()).isEqualTo(new EngineSettings(0.7, 0.3, 3));
	}

	@Test
	void answerThresholdOutOfRangeIsRejectedWithItsName() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RetrievalProperties(1.5, null, null, SEMANTIC, true))
			.withMessage("assistant.retrieval.answer-threshold must be within 0..1, not 1.5");
	}

	@Test
	void clarifyThresholdAboveAnswerThresholdIsRejectedWithItsName() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RetrievalProperties(0.4, 0.6, null, SEMANTIC, true))
			.withMessage("assistant.retrieval.clarify-threshold must be within 0..answer-threshold (0.4), not 0.6");
	}

	@Test
	void tooManyClarifyOptionsAreRejectedWithTheName() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RetrievalProperties(null, null, 6, SEMANTIC, true))
			.withMessage("assistant.retrieval.max-clarify-options must be within 2..5, not 6");
	}

}
