package org.govassist.server.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Knowledge-base settings under {@code assistant.kb.*}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param seed {@code assistant.kb.seed}: a guides JSON file imported at every start-up in place
 * of the built-in demo knowledge base, or {@code null} for the demo knowledge base
 */
@ConfigurationProperties("assistant.kb")
public record KnowledgeBaseProperties(Path seed) {

	public KnowledgeBaseProperties {
		if (seed != null && seed.toString().isBlank()) {
			seed = null;
		}
	}

}
