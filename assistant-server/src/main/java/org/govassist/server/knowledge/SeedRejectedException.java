package org.govassist.server.knowledge;

import java.nio.file.Path;

import org.govassist.kb.guide.GuideFileException;

/**
 * The seed file named by {@code assistant.kb.seed} cannot be imported; stops start-up. The
 * message lists every problem of the file, one per line.
 */
final class SeedRejectedException extends RuntimeException {

	private final Path file;

	SeedRejectedException(Path file, GuideFileException cause) {
		super("The knowledge-base seed (assistant.kb.seed) cannot be imported: " + cause.getMessage(), cause);
		this.file = file;
	}

	/** The seed file. */
	Path file() {
		return file;
	}

}
