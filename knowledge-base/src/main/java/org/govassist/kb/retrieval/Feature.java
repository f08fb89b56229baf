package org.govassist.kb.retrieval;

/**
 * The measures of how well a guide fits a question, each within 0..1. "The best key phrase" is
 * the guide's question-like text (title, alias or FAQ question) that fits the question best.
 */
enum Feature {

	/** Share of the question's weighted terms found in the best key phrase. */
	PHRASE_COVERAGE,
	/** Share of the best key phrase's weighted terms found in the question. */
	PHRASE_RECALL,
	/** Weighted character-bigram overlap (Dice) of the question and the best key phrase. */
	PHRASE_GRAMS,
	/** Weighted character overlap (Dice) of the question and the best key phrase. */
	PHRASE_CHARS,
	/** Weighted share of the question's characters found in the best key phrase. */
	CHAR_COVERAGE,
	/** 1 when the best key phrase asks for a section the question asks for. */
	SAME_QUESTION,
	/** Share of the question's weighted terms found in any key phrase. */
	KEY_COVERAGE,
	/** Share of the question's weighted terms found anywhere in the guide. */
	GUIDE_COVERAGE,
	/** 1 when question and guide name the same kind of action (首次, 换, 补 …). */
	INTENT_AGREEMENT,
	/** 1 when both name kinds of action and none agree. */
	INTENT_CONFLICT,
	/** The index's BM25 score relative to the best candidate's. */
	LEXICAL,
	/** 1 / (1 + the guide's rank among the BM25 hits): 1 for the best hit, 0 for a guide BM25 did not find. */
	LEXICAL_RANK,
	/**
	 * Sentence-embedding similarity of the question and the guide's closest question-like text,
	 * rescaled so that unrelated texts sit near 0; 0 when semantic retrieval is off.
	 */
	SEMANTIC,
	/**
	 * 1 / (1 + the guide's rank among the candidates by sentence similarity): 1 for the candidate
	 * nearest in meaning, however near that is; 0 when semantic retrieval is off.
	 */
	SEMANTIC_RANK;

	static final int COUNT = values().length;

	/** Whether a high value speaks against the guide. */
	boolean isEvidenceAgainst() {
		return this == INTENT_CONFLICT;
	}

}
