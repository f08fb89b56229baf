package org.govassist.kb.eval;

/**
 * How a reply to a labelled question turned out. Every pair of question and reply falls into
 * exactly one outcome, and every metric of a {@link Scoreboard} is a count of outcomes.
 */
enum Outcome {

	/** Answered an in-scope question with one of its guides. */
	ANSWERED_RIGHT,
	/** Answered an in-scope question with another guide. */
	ANSWERED_WRONG,
	/** Answered a question no guide answers. */
	ANSWERED_OUT_OF_SCOPE,
	/** Asked back about an in-scope question, offering one of its guides. */
	CLARIFIED_WITH_GOLD,
	/** Asked back about an in-scope question without offering any of its guides. */
	CLARIFIED_WITHOUT_GOLD,
	/** Asked back about a question no guide answers. */
	CLARIFIED_OUT_OF_SCOPE,
	/** Gave up on an in-scope question. */
	FELL_BACK,
	/** Gave up on a question no guide answers, as it should. */
	FELL_BACK_OUT_OF_SCOPE;

	/**
	 * Classifies a reply.
	 *
	 * @param question the question with its gold guides
	 * @param response what the system replied
	 * @return the outcome
	 */
	static Outcome of(LabelledQuestion question, Response response) {
		boolean inScope = question.inScope();
		return switch (response.kind()) {
			case ANSWER -> !inScope ? ANSWERED_OUT_OF_SCOPE
					: question.isGold(response.answeredGuideId()) ? ANSWERED_RIGHT : ANSWERED_WRONG;
			case CLARIFY -> !inScope ? CLARIFIED_OUT_OF_SCOPE
					: response.rankedGuideIds().stream().anyMatch(question::isGold) ? CLARIFIED_WITH_GOLD
							: CLARIFIED_WITHOUT_GOLD;
			case FALLBACK -> inScope ? FELL_BACK : FELL_BACK_OUT_OF_SCOPE;
		};
	}

	/** The citizen got the right guide straight away. */
	boolean direct() {
		return this == ANSWERED_RIGHT;
	}

	/** The citizen got the right guide straight away or one choice away. */
	boolean resolved() {
		return this == ANSWERED_RIGHT || this == CLARIFIED_WITH_GOLD;
	}

	/** The citizen was confidently told about the wrong matter: the costliest mistake. */
	boolean wrong() {
		return this == ANSWERED_WRONG || this == ANSWERED_OUT_OF_SCOPE;
	}

	/** The system asked back. */
	boolean clarified() {
		return this == CLARIFIED_WITH_GOLD || this == CLARIFIED_WITHOUT_GOLD || this == CLARIFIED_OUT_OF_SCOPE;
	}

	/** The system gave up. */
	boolean fellBack() {
		return this == FELL_BACK || this == FELL_BACK_OUT_OF_SCOPE;
	}

	/** An out-of-scope question was not answered (asking back or giving up both count). */
	boolean abstainedOutOfScope() {
		return this == CLARIFIED_OUT_OF_SCOPE || this == FELL_BACK_OUT_OF_SCOPE;
	}

	/** Worth a look when tuning: anything but a resolved in-scope question or an out-of-scope fallback. */
	boolean missed() {
		return !resolved() && this != FELL_BACK_OUT_OF_SCOPE;
	}

}
