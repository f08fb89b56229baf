package org.govassist.kb.guide;

import java.util.Objects;

/**
 * A rendered section of a guide: its kind and its text as shown to a citizen.
 *
 * @param kind what the section is about
 * @param text the section's text, list items on their own numbered lines
 */
public record Section(SectionKind kind, String text) {

	public Section {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(text, "text");
	}

	/** The section's Chinese heading, e.g. 申请材料. */
	public String name() {
		return kind.displayName();
	}

}
