package org.govassist.kb.retrieval;

import java.util.List;
import java.util.Set;

/**
 * Measures how well each candidate guide fits a question and combines the measures into one
 * score. Term measures are weighted by inverse document frequency so that the words that tell
 * guides apart (社保卡, 公积金) count more than the ones many guides share.
 *
 * <p>Immutable and thread-safe.
 */
final class Scorer {

	private final Weights weights;

	Scorer(Weights weights) {
		this.weights = weights;
	}

	/**
	 * What retrieval measured of a candidate before scoring.
	 *
	 * @param lexical the BM25 score relative to the best hit's, 0 when not a hit
	 * @param lexicalRank 1 / (1 + the rank among the BM25 hits), 0 when not a hit
	 * @param semantic the rescaled sentence similarity, 0 without semantic search
	 * @param semanticRank 1 / (1 + the rank among the candidates by sentence similarity), 0 without
	 * semantic search
	 */
	record Evidence(double lexical, double lexicalRank, double semantic, double semanticRank) {
	}

	Candidate score(QueryText query, GuideProfile profile, Evidence evidence, TermStatistics statistics) {
		double queryMass = mass(query.terms(), statistics);
		double[] features = new double[Feature.COUNT];
		KeyPhrase best = null;
		double bestFit = Double.NEGATIVE_INFINITY;
		double[] phraseFeatures = new double[Feature.COUNT];
		for (KeyPhrase phrase : profile.phrases()) {
			double matched = matchedMass(query.terms(), phrase.terms(), statistics);
			double phraseMass = mass(phrase.terms(), statistics);
			phraseFeatures[Feature.PHRASE_COVERAGE.ordinal()] = queryMass == 0 ? 0 : matched / queryMass;
			phraseFeatures[Feature.PHRASE_RECALL.ordinal()] = phraseMass == 0 ? 0 : matched / phraseMass;
			phraseFeatures[Feature.PHRASE_GRAMS.ordinal()] = overlap(query.grams(), phrase.grams(), statistics);
			phraseFeatures[Feature.PHRASE_CHARS.ordinal()] = overlap(query.chars(), phrase.chars(), statistics);
			phraseFeatures[Feature.CHAR_COVERAGE.ordinal()] = covered(query.chars(), phrase.chars(), statistics);
			phraseFeatures[Feature.SAME_QUESTION.ordinal()] = query.askedSections().stream().anyMatch(phrase.asks()::contains)
					? 1 : 0;
			double fit = weights.combine(phraseFeatures);
			if (fit > bestFit) {
				best = phrase;
				bestFit = fit;
				System.arraycopy(phraseFeatures, 0, features, 0, features.length);
			}
		}
		features[Feature.KEY_COVERAGE.ordinal()] = queryMass == 0 ? 0
				: matchedMass(query.terms(), profile.keyTerms(), statistics) / queryMass;
		features[Feature.GUIDE_COVERAGE.ordinal()] = queryMass == 0 ? 0
				: matchedMass(query.terms(), profile.allTerms(), statistics) / queryMass;
		boolean agree = query.intents().stream().anyMatch(profile.intents()::contains);
		boolean conflict = !query.intents().isEmpty() && !profile.intents().isEmpty() && !agree;
		features[Feature.INTENT_AGREEMENT.ordinal()] = agree ? 1 : 0;
		features[Feature.INTENT_CONFLICT.ordinal()] = conflict ? 1 : 0;
		features[Feature.LEXICAL.ordinal()] = evidence.lexical();
		features[Feature.LEXICAL_RANK.ordinal()] = evidence.lexicalRank();
		features[Feature.SEMANTIC.ordinal()] = evidence.semantic();
		features[Feature.SEMANTIC_RANK.ordinal()] = evidence.semanticRank();
		return new Candidate(profile, features, best, weights.combine(features));
	}

	static double mass(List<String> terms, TermStatistics statistics) {
		double mass = 0;
		for (String term : terms) {
			mass += statistics.idf(term);
		}
		return mass;
	}

	private static double matchedMass(List<String> queryTerms, java.util.Collection<String> guideTerms,
			TermStatistics statistics) {
		double mass = 0;
		for (String term : queryTerms) {
			if (guideTerms.contains(term)) {
				mass += statistics.idf(term);
			}
		}
		return mass;
	}

	/** Weighted Dice overlap of two sets of characters or bigrams, each weighed by its key IDF. */
	static double overlap(Set<String> query, Set<String> phrase, TermStatistics statistics) {
		double[] shared = sharedMass(query, phrase, statistics);
		double all = shared[1];
		for (String key : phrase) {
			all += statistics.keyIdf(key);
		}
		return all == 0 ? 0 : 2 * shared[0] / all;
	}

	/** The weighted share of the question's characters or bigrams that a phrase contains. */
	static double covered(Set<String> query, Set<String> phrase, TermStatistics statistics) {
		double[] shared = sharedMass(query, phrase, statistics);
		return shared[1] == 0 ? 0 : shared[0] / shared[1];
	}

	/** The key IDF mass of the question's keys the phrase contains, and of all the question's keys. */
	private static double[] sharedMass(Set<String> query, Set<String> phrase, TermStatistics statistics) {
		double common = 0;
		double all = 0;
		for (String key : query) {
			double weight = statistics.keyIdf(key);
			all += weight;
			if (phrase.contains(key)) {
				common += weight;
			}
		}
		return new double[] { common, all };
	}

	/**
	 * How the {@link Feature}s add up to a score: one weight per feature, by ordinal. The values were
	 * fitted on the development question sets by {@link Tuner} (docs/benchmarks.md).
	 */
	record Weights(double[] values) {

		static final Weights DEFAULTS = new Weights(new double[] { 0.0, 0.0, 0.501, 0.869, 0.067, 0.078, 0.032, 0.2, 0.042,
				-0.015, 0.017, 0, 0, 0 });

		/** With semantic search: fitted by {@code scripts/tune.sh --semantic}. */
		static final Weights HYBRID = new Weights(new double[] { 0.043, 0.0, 0.332, 0.502, 0.137, 0.037, 0.0, 0.233, 0.134,
				-0.02, 0.0, 0, 0.793, 0 });

		Weights {
			if (values.length != Feature.COUNT) {
				throw new IllegalArgumentException("need " + Feature.COUNT + " weights, not " + values.length);
			}
			values = values.clone();
		}

		@Override
		public double[] values() {
			return values.clone();
		}

		/** The weighted sum of measures; measures not yet taken count as 0. */
		double combine(double[] features) {
			double sum = 0;
			for (int i = 0; i < values.length; i++) {
				sum += values[i] * features[i];
			}
			return sum;
		}

	}

}
