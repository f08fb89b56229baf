package org.govassist.kb.guide;

import java.util.Objects;

/**
 * One frequently asked question of a guide and its answer.
 *
 * @param q the question, as a citizen would ask it
 * @param a the answer
 */
public record Faq(String q, String a) {

	public Faq {
		Objects.requireNonNull(q, "q");
		Objects.requireNonNull(a, "a");
	}

}
