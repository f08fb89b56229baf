package org.govassist.kb.guide;

import java.util.List;
import java.util.Objects;

/**
 * A guide file could not be read: it has at least one {@link GuideProblem}, and every problem
 * found in it is listed, so that one round of corrections fixes the file.
 *
 * <p>The message has a heading line followed by each problem's {@link GuideProblem#describe()
 * description}, one per line, ready for a log or a console.
 *
 * <p>Checked, like {@link java.io.IOException}: a guide file comes from people (operators,
 * editors), so an invalid one is an expected outcome that every caller has to decide about:
 * refuse to start, show the problems to an editor, or skip the file. An unchecked exception
 * would let that decision be forgotten. When an underlying I/O error made the file unreadable,
 * it is the {@linkplain #getCause() cause}.
 */
public final class GuideFileException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String source;

	private final List<GuideProblem> problems;

	/**
	 * @param source the name of the file or other source
	 * @param problems every problem found, at least one
	 */
	public GuideFileException(String source, List<GuideProblem> problems) {
		this(source, problems, null);
	}

	/**
	 * @param source the name of the file or other source
	 * @param problems every problem found, at least one
	 * @param cause the I/O error that made the source unreadable, or {@code null}
	 */
	public GuideFileException(String source, List<GuideProblem> problems, Throwable cause) {
		super(message(Objects.requireNonNull(source, "source"), problems), cause);
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("a guide file exception needs at least one problem");
		}
		this.source = source;
		this.problems = List.copyOf(problems);
	}

	/** The name of the file or other source, as given to the reader. */
	public String source() {
		return source;
	}

	/** Every problem found, in the order of the file; never empty. */
	public List<GuideProblem> problems() {
		return problems;
	}

	private static String message(String source, List<GuideProblem> problems) {
		StringBuilder text = new StringBuilder()
			.append(problems.size() == 1 ? "1 problem" : problems.size() + " problems")
			.append(" in guide file ")
			.append(source)
			.append(':');
		for (GuideProblem problem : problems) {
			text.append('\n').append(problem.describe());
		}
		return text.toString();
	}

}
