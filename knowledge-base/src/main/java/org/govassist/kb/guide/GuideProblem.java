package org.govassist.kb.guide;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with a guide file or with one of its guides, located as precisely as the input
 * allows, so that whoever maintains the file can go straight to it.
 *
 * <p>{@link #describe()} renders it as one line, e.g.
 * {@code guides.json:41:12 [3] id=foo-bar field=fee: expected a string, found a number}; the
 * components are there for programs, e.g. a REST answer listing the rejected fields.
 *
 * @param source the name of the file or other source, as given to the reader
 * @param index the 0-based position of the guide in the file's array, or -1 when the problem is
 * about the file as a whole (not an array, malformed JSON) or about a guide given on its own
 * @param guideId the guide's id as written, or {@code null} when it is not known
 * @param field the path of the value at fault within the guide, such as {@code fee},
 * {@code materials[2]} or {@code faqs[0].q}; {@code null} when the problem is about the guide or
 * the file as a whole
 * @param message what is wrong, in English, e.g. {@code expected a string, found a number}
 * @param line the 1-based line of the value at fault, or -1 when unknown (already parsed input)
 * @param column the 1-based column of the value at fault, or -1 when unknown
 */
public record GuideProblem(String source, int index, String guideId, String field, String message, int line,
		int column) implements Serializable {

	/** The value of {@link #line} and {@link #column} when the position is not known. */
	public static final int UNKNOWN = -1;

	/** Orders problems as they appear in the source; stable sorting keeps the rest in place. */
	static final Comparator<GuideProblem> SOURCE_ORDER = Comparator.comparingInt(GuideProblem::line)
		.thenComparingInt(GuideProblem::column);

	public GuideProblem {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(message, "message");
		if (index < -1) {
			throw new IllegalArgumentException("index must be -1 or more, not " + index);
		}
		if (line < UNKNOWN || column < UNKNOWN) {
			throw new IllegalArgumentException("line and column must be -1 or more, not " + line + ":" + column);
		}
	}

	/**
	 * The problem as one readable line: source, {@code :line:column} when known, {@code [index]},
	 * {@code id=}, {@code field=}, then the message.
	 *
	 * @return e.g. {@code guides.json:41:12 [3] id=foo-bar field=fee: expected a string, found a number}
	 */
	public String describe() {
		StringBuilder text = new StringBuilder(source);
		if (line != UNKNOWN) {
			text.append(':').append(line);
			if (column != UNKNOWN) {
				text.append(':').append(column);
			}
		}
		if (index >= 0) {
			text.append(" [").append(index).append(']');
		}
		if (guideId != null) {
			text.append(" id=").append(guideId);
		}
		if (field != null) {
			text.append(" field=").append(field);
		}
		return text.append(": ").append(message).toString();
	}

	/** The same as {@link #describe()}. */
	@Override
	public String toString() {
		return describe();
	}

}
