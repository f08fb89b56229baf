package org.govassist.server.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.govassist.kb.semantic.SemanticModelException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

class SemanticModelFailureAnalyzerTest {

	@Test
	void aModelThatCannotLoadIsReportedWithTheWayToStartWithoutIt() {
		var cause = new SemanticModelException("ONNX Runtime cannot load the sentence-embedding model: no native library");
		var failure = new BeanCreationException("sentenceEncoder", "failed", cause);

		FailureAnalysis analysis = new SemanticModelFailureAnalyzer().analyze(failure);

		assertThat(analysis.getDescription()).contains("could not be loaded").contains("no native library");
		assertThat(analysis.getAction()).contains("--assistant.retrieval.semantic.enabled=false");
	}

}
