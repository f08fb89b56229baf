package org.govassist.kb.retrieval;

/**
 * A guide considered for a question, with the evidence for it and its combined score.
 *
 * @param profile the guide
 * @param features what was measured
 * @param score the combined score, higher is better
 */
record Candidate(GuideProfile profile, Features features, double score) {

	String guideId() {
		return profile.guide().id();
	}

	/**
	 * The evidence that a guide is the matter asked about, each measure within 0..1.
	 *
	 * @param phraseCoverage share of the question's weighted terms found in the best key phrase
	 * @param phraseRecall share of the best key phrase's weighted terms found in the question
	 * @param phraseGrams character-bigram overlap (Dice) of the question and the best key phrase
	 * @param phraseChars character overlap (Dice) of the question and the best key phrase
	 * @param charCoverage weighted share of the question's characters found in the best key phrase
	 * @param sameQuestion 1 when the best key phrase asks for a section the question asks for, else 0
	 * @param keyCoverage share of the question's weighted terms found in any key phrase
	 * @param guideCoverage share of the question's weighted terms found anywhere in the guide
	 * @param intentAgreement 1 when question and guide name the same kind of action, else 0
	 * @param intentConflict 1 when both name kinds of action and none agree, else 0
	 * @param lexical the index's BM25 score relative to the best candidate's
	 * @param bestPhrase the best key phrase
	 */
	record Features(double phraseCoverage, double phraseRecall, double phraseGrams, double phraseChars,
			double charCoverage, double sameQuestion, double keyCoverage,
			double guideCoverage, double intentAgreement, double intentConflict, double lexical, KeyPhrase bestPhrase) {
	}

}
