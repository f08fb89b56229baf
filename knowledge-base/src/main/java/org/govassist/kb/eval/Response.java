package org.govassist.kb.eval;

import java.util.List;
import java.util.Objects;

/**
 * What a system under evaluation replied to one question, reduced to what the metrics need.
 *
 * @param kind whether it answered, asked back or gave up
 * @param rankedGuideIds the guides it put forward, best first: the answer's guide for an answer,
 * the options of a clarification, whatever ranking a baseline produced; empty for a fallback
 * @param detail a short human-readable account of the reply for error listings, e.g. the
 * confidence or the fallback reason
 */
record Response(Kind kind, List<String> rankedGuideIds, String detail) {

	Response {
		Objects.requireNonNull(kind, "kind");
		rankedGuideIds = List.copyOf(rankedGuideIds);
		Objects.requireNonNull(detail, "detail");
		if (kind == Kind.ANSWER && rankedGuideIds.isEmpty()) {
			throw new IllegalArgumentException("an answer names its guide");
		}
	}

	/** The guide answered with; only meaningful for {@link Kind#ANSWER}. */
	String answeredGuideId() {
		return rankedGuideIds.getFirst();
	}

	/** The three ways a system can reply. */
	enum Kind {
		/** Answered from one guide, the first of the ranking. */
		ANSWER,
		/** Asked which of the ranked guides was meant. */
		CLARIFY,
		/** Did not answer. */
		FALLBACK
	}

}
