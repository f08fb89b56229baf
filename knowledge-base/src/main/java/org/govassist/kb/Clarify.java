package org.govassist.kb;

import java.util.List;
import java.util.Objects;

/**
 * A question back: which of these close matters was meant.
 *
 * @param text the question to the citizen
 * @param options two to five candidate matters, most likely first
 */
public record Clarify(String text, List<GuideRef> options) implements Decision {

	public Clarify {
		Objects.requireNonNull(text, "text");
		options = List.copyOf(options);
		if (options.size() < 2 || options.size() > 5) {
			throw new IllegalArgumentException("a clarification offers 2 to 5 options, not " + options.size());
		}
	}

}
