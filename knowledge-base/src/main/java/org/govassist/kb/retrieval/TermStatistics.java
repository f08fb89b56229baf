package org.govassist.kb.retrieval;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How many guides mention each term, character and character bigram, and the inverse document
 * frequency that weighs each by how much it tells guides apart. Immutable: a change of guides
 * builds new statistics.
 */
final class TermStatistics {

	private final Map<String, Integer> termFrequency;

	private final Map<String, Integer> keyFrequency;

	private final int guideCount;

	private TermStatistics(Map<String, Integer> termFrequency, Map<String, Integer> keyFrequency, int guideCount) {
		this.termFrequency = termFrequency;
		this.keyFrequency = keyFrequency;
		this.guideCount = guideCount;
	}

	static TermStatistics of(Collection<GuideProfile> profiles) {
		Map<String, Integer> terms = new HashMap<>();
		Map<String, Integer> keys = new HashMap<>();
		for (GuideProfile profile : profiles) {
			for (String term : profile.allTerms()) {
				terms.merge(term, 1, Integer::sum);
			}
			Set<String> seen = new HashSet<>();
			for (KeyPhrase phrase : profile.phrases()) {
				seen.addAll(phrase.chars());
				seen.addAll(phrase.grams());
			}
			for (String key : seen) {
				keys.merge(key, 1, Integer::sum);
			}
		}
		return new TermStatistics(terms, keys, profiles.size());
	}

	/** Whether any guide mentions the term at all. */
	boolean known(String term) {
		return termFrequency.containsKey(term);
	}

	/** The share of guides that mention a term, 0..1. */
	double share(String term) {
		return guideCount == 0 ? 0 : termFrequency.getOrDefault(term, 0) / (double) guideCount;
	}

	/** BM25's inverse document frequency of a term; a term no guide mentions weighs the most. */
	double idf(String term) {
		return idf(termFrequency.getOrDefault(term, 0));
	}

	/**
	 * Inverse document frequency of a character or bigram over the guides' question-like texts.
	 */
	double keyIdf(String charOrGram) {
		return idf(keyFrequency.getOrDefault(charOrGram, 0));
	}

	private double idf(int df) {
		return Math.log(1 + (guideCount - df + 0.5) / (df + 0.5));
	}

}
