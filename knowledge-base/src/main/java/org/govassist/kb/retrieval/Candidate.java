package org.govassist.kb.retrieval;

/**
 * A guide considered for a question, with the evidence for it and its combined score.
 *
 * @param profile the guide
 * @param features the measured {@link Feature}s, indexed by ordinal
 * @param bestPhrase the guide's key phrase that fits the question best
 * @param score the combined score, higher is better
 */
record Candidate(GuideProfile profile, double[] features, KeyPhrase bestPhrase, double score) {

	String guideId() {
		return profile.guide().id();
	}

	double feature(Feature feature) {
		return features[feature.ordinal()];
	}

}
