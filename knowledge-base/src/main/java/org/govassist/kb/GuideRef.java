package org.govassist.kb;

import java.util.Objects;

/**
 * A pointer to a guide, as offered in clarifications and related matters.
 *
 * @param guideId the guide's id
 * @param title the guide's title
 */
public record GuideRef(String guideId, String title) {

	public GuideRef {
		Objects.requireNonNull(guideId, "guideId");
		Objects.requireNonNull(title, "title");
	}

}
