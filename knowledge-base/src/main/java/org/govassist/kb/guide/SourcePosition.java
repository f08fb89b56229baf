package org.govassist.kb.guide;

import tools.jackson.core.TokenStreamLocation;

/**
 * A place in a guide file's text, as a 1-based line and column; both are
 * {@link GuideProblem#UNKNOWN} when the input came already parsed.
 */
record SourcePosition(int line, int column) {

	static final SourcePosition UNKNOWN = new SourcePosition(GuideProblem.UNKNOWN, GuideProblem.UNKNOWN);

	static SourcePosition of(TokenStreamLocation location) {
		if (location == null || location.getLineNr() < 1) {
			return UNKNOWN;
		}
		return new SourcePosition(location.getLineNr(), Math.max(location.getColumnNr(), GuideProblem.UNKNOWN));
	}

	/** {@code " (line 12, column 5)"}, or nothing when unknown: for messages that point elsewhere. */
	String inParentheses() {
		if (line == GuideProblem.UNKNOWN) {
			return "";
		}
		return column == GuideProblem.UNKNOWN ? " (line " + line + ")" : " (line " + line + ", column " + column + ")";
	}

}
