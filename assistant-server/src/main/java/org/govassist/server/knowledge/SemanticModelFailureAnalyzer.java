package org.govassist.server.knowledge;

import org.govassist.kb.semantic.SemanticModelException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a sentence-embedding model that cannot load into a short start-up failure report that
 * says how to start without it.
 */
final class SemanticModelFailureAnalyzer extends AbstractFailureAnalyzer<SemanticModelException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SemanticModelException cause) {
		return new FailureAnalysis("The sentence-embedding model for semantic retrieval could not be loaded: "
				+ cause.getMessage(),
				"Check that the assistant runs on a supported platform (Linux, macOS or Windows on x86-64 or ARM64), "
						+ "or start with --assistant.retrieval.semantic.enabled=false to answer with lexical retrieval alone.",
				cause);
	}

}
