package org.govassist.server.knowledge;

import java.nio.file.Path;

import org.govassist.kb.demo.DemoKnowledgeBase;
import org.govassist.kb.guide.GuideFileException;
import org.govassist.kb.guide.GuideReader;
import org.govassist.server.system.KnowledgeBaseProperties;
import org.springframework.stereotype.Component;

/**
 * Reads the guides to import at start-up: the file named by {@code assistant.kb.seed}, else the
 * built-in demo knowledge base.
 *
 * <p>Thread-safe.
 */
@Component
final class SeedLoader {

	private final KnowledgeBaseProperties properties;

	SeedLoader(KnowledgeBaseProperties properties) {
		this.properties = properties;
	}

	/**
	 * @return the seed
	 * @throws SeedRejectedException when the seed file is unreadable or has any problem
	 */
	Seed load() {
		Path file = properties.seed();
		if (file == null) {
			return new Seed("the built-in demo knowledge base", DemoKnowledgeBase.guides());
		}
		try {
			return new Seed(file.toAbsolutePath().normalize().toString(), GuideReader.read(file));
		}
		catch (GuideFileException ex) {
			throw new SeedRejectedException(file, ex);
		}
	}

}
