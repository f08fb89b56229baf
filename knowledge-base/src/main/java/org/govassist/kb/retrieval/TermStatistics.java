package org.govassist.kb.retrieval;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * How many guides mention each term, and the inverse document frequency that weighs a term by
 * how much it tells guides apart. Immutable: a change of guides builds new statistics.
 */
final class TermStatistics {

	private final Map<String, Integer> documentFrequency;

	private final int guideCount;

	private TermStatistics(Map<String, Integer> documentFrequency, int guideCount) {
		this.documentFrequency = documentFrequency;
		this.guideCount = guideCount;
	}

	static TermStatistics of(Collection<GuideProfile> profiles) {
		Map<String, Integer> frequency = new HashMap<>();
		for (GuideProfile profile : profiles) {
			for (String term : profile.allTerms()) {
				frequency.merge(term, 1, Integer::sum);
			}
		}
		return new TermStatistics(frequency, profiles.size());
	}

	/** Whether any guide mentions the term at all. */
	boolean known(String term) {
		return documentFrequency.containsKey(term);
	}

	/** BM25's inverse document frequency; a term no guide mentions weighs the most. */
	double idf(String term) {
		int df = documentFrequency.getOrDefault(term, 0);
		return Math.log(1 + (guideCount - df + 0.5) / (df + 0.5));
	}

}
