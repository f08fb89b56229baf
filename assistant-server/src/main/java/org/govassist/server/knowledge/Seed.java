package org.govassist.server.knowledge;

import java.util.List;

import org.govassist.kb.guide.Guide;

/**
 * The guides imported at start-up and where they come from.
 *
 * @param source a description for the log: the seed file's path or the demo knowledge base
 * @param guides the guides, ids unique
 */
record Seed(String source, List<Guide> guides) {

	Seed {
		guides = List.copyOf(guides);
	}

}
