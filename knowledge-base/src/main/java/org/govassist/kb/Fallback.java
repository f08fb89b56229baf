package org.govassist.kb;

import java.util.Objects;

/**
 * The engine cannot answer: the question was empty, outside the knowledge base, or too unclear.
 *
 * @param text the reply to the citizen
 * @param reason why there is no answer
 */
public record Fallback(String text, Reason reason) implements Decision {

	public Fallback {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(reason, "reason");
	}

	/** Why the engine gave no answer. */
	public enum Reason {
		/** Nothing to search for: empty, punctuation, emoji or digits only. */
		EMPTY,
		/** No guide matches well enough. */
		NO_MATCH
	}

}
