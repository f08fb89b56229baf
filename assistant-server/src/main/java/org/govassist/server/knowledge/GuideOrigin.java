package org.govassist.server.knowledge;

/**
 * Who owns a guide's content. The seed import changes and withdraws only guides it owns, so an
 * editor's work survives every restart.
 */
public enum GuideOrigin {

	/** Imported from the seed file or the demo knowledge base, and not changed since. */
	SEED("seed"),
	/** Changed by an editor. */
	EDITOR("editor");

	private final String column;

	GuideOrigin(String column) {
		this.column = column;
	}

	/** The value stored in {@code guide.origin}, and shown to editors. */
	public String column() {
		return column;
	}

	static GuideOrigin ofColumn(String value) {
		for (GuideOrigin origin : values()) {
			if (origin.column.equals(value)) {
				return origin;
			}
		}
		throw new IllegalArgumentException("unknown guide origin " + value);
	}

}
