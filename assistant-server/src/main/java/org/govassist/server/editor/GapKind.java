package org.govassist.server.editor;

/** How a question came into the gap inbox. */
enum GapKind {

	/** The bot found no guide for it. */
	FALLBACK("fallback"),
	/** The bot answered it and the citizen rated the answer 1 or 2. */
	BAD_RATING("bad_rating"),
	/**
	 * The bot offered a choice of matters for it and the citizen chose none: said something else,
	 * asked for a human, or left, before choosing.
	 */
	CLARIFY_UNCHOSEN("clarify_unchosen");

	private final String column;

	GapKind(String column) {
		this.column = column;
	}

	/** The value stored in {@code gap_question.kind}, and shown to editors. */
	String column() {
		return column;
	}

	static GapKind ofColumn(String value) {
		for (GapKind kind : values()) {
			if (kind.column.equals(value)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("unknown gap kind " + value);
	}

}
