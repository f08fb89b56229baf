package org.govassist.server.knowledge;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a rejected seed file into a short start-up failure report, the problems of the file and
 * what to do, in place of a long stack trace.
 */
final class SeedFailureAnalyzer extends AbstractFailureAnalyzer<SeedRejectedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SeedRejectedException cause) {
		return new FailureAnalysis(cause.getMessage(), "Correct the problems listed above in " + cause.file()
				+ ", or leave assistant.kb.seed unset to start with the built-in demo knowledge base.", cause);
	}

}
