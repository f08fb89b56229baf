package org.govassist.kb.eval;

import java.util.List;

/**
 * A question file that cannot be used, with every problem found in it, each naming its line.
 */
final class QuestionSetException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient List<String> problems;

	QuestionSetException(String source, List<String> problems) {
		super(source + ": " + String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	/** The problems, each starting with {@code line N:} where a line is to blame. */
	List<String> problems() {
		return problems;
	}

}
