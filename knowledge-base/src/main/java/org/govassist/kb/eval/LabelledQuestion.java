package org.govassist.kb.eval;

import java.util.List;
import java.util.Objects;

/**
 * One question of an evaluation set with the guides that answer it.
 *
 * @param line the question's line number in its file, for reports
 * @param text the question as a citizen typed it
 * @param goldIds the ids of the guides that answer it, any of which is right; empty when no
 * guide of the knowledge base answers it (out of scope)
 */
record LabelledQuestion(int line, String text, List<String> goldIds) {

	LabelledQuestion {
		Objects.requireNonNull(text, "text");
		goldIds = List.copyOf(goldIds);
	}

	/** Whether some guide of the knowledge base answers this question. */
	boolean inScope() {
		return !goldIds.isEmpty();
	}

	/**
	 * Whether a guide is one of the right answers.
	 *
	 * @param guideId a guide's id
	 * @return {@code true} when the guide answers this question
	 */
	boolean isGold(String guideId) {
		return goldIds.contains(guideId);
	}

}
