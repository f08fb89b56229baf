package org.govassist.server.editor;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.govassist.kb.ConsultationEngine;
import org.springframework.stereotype.Component;

/**
 * Where the conversation records the questions the bot could not answer well, for the editors'
 * gap inbox: questions that ended in a fallback for want of a matching guide, questions whose
 * answer the citizen rated 1 or 2, and questions whose clarification the citizen chose nothing
 * from ({@link UnchosenClarifications}). Written in the caller's transaction, so a question is in
 * the inbox exactly when what made it a gap is recorded.
 *
 * <p>Thread-safe.
 */
@Component
public final class GapInbox {

	/** The longest text kept; the citizen protocol allows no longer question. */
	private static final int MAX_TEXT = 1000;

	private final GapStore store;

	private final ConsultationEngine engine;

	GapInbox(GapStore store, ConsultationEngine engine) {
		this.store = store;
		this.engine = engine;
	}

	/**
	 * A question no guide matched.
	 *
	 * @param question the citizen's words, personal data already masked
	 */
	public void fallback(String question) {
		add(GapKind.FALLBACK, question, null);
	}

	/**
	 * A question whose answer the citizen rated 1 or 2.
	 *
	 * @param question the citizen's words, personal data already masked
	 * @param guideId the guide of the answer
	 */
	public void badlyRated(String question, String guideId) {
		add(GapKind.BAD_RATING, question, guideId);
	}

	/**
	 * A question the bot offered a choice of matters for, none of which the citizen chose.
	 *
	 * @param question the citizen's words, personal data already masked
	 */
	void unchosenClarification(String question) {
		add(GapKind.CLARIFY_UNCHOSEN, question, null);
	}

	private void add(GapKind kind, String question, String guideId) {
		if (question == null || GapKey.normalize(question).isEmpty()) {
			return;
		}
		String text = question.length() <= MAX_TEXT ? question : question.substring(0, MAX_TEXT);
		store.add(OffsetDateTime.now(ZoneOffset.UTC), kind, text, GapKey.of(text, engine.terms(text)), guideId);
	}

}
