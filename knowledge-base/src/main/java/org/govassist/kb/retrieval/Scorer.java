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

	Candidate score(QueryText query, GuideProfile profile, double lexical, TermStatistics statistics) {
		double queryMass = mass(query.terms(), statistics);
		KeyPhrase best = null;
		double bestFit = -1;
		double bestCoverage = 0;
		double bestRecall = 0;
		double bestGrams = 0;
		double bestChars = 0;
		double bestCharCoverage = 0;
		double bestAsks = 0;
		for (KeyPhrase phrase : profile.phrases()) {
			double matched = matchedMass(query.terms(), phrase.terms(), statistics);
			double coverage = queryMass == 0 ? 0 : matched / queryMass;
			double phraseMass = mass(phrase.terms(), statistics);
			double recall = phraseMass == 0 ? 0 : matched / phraseMass;
			double grams = overlap(query.grams(), phrase.grams(), statistics);
			double chars = overlap(query.chars(), phrase.chars(), statistics);
			double charCoverage = covered(query.chars(), phrase.chars(), statistics);
			double asks = query.askedSections().stream().anyMatch(phrase.asks()::contains) ? 1 : 0;
			double fit = weights.phraseCoverage * coverage + weights.phraseRecall * recall + weights.phraseGrams * grams
					+ weights.phraseChars * chars + weights.charCoverage * charCoverage + weights.sameQuestion * asks;
			if (fit > bestFit) {
				best = phrase;
				bestFit = fit;
				bestCoverage = coverage;
				bestRecall = recall;
				bestGrams = grams;
				bestChars = chars;
				bestCharCoverage = charCoverage;
				bestAsks = asks;
			}
		}
		double keyCoverage = queryMass == 0 ? 0 : matchedMass(query.terms(), profile.keyTerms(), statistics) / queryMass;
		double guideCoverage = queryMass == 0 ? 0
				: matchedMass(query.terms(), profile.allTerms(), statistics) / queryMass;
		boolean agree = query.intents().stream().anyMatch(profile.intents()::contains);
		boolean conflict = !query.intents().isEmpty() && !profile.intents().isEmpty() && !agree;
		Candidate.Features features = new Candidate.Features(bestCoverage, bestRecall, bestGrams, bestChars, bestCharCoverage, bestAsks, keyCoverage,
				guideCoverage, agree ? 1 : 0, conflict ? 1 : 0, lexical, best);
		return new Candidate(profile, features, weights.combine(features));
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
	 * How the measures of {@link Candidate.Features} add up to a score. The values were fitted on
	 * the development question sets (docs/benchmarks.md).
	 */
	record Weights(double phraseCoverage, double phraseRecall, double phraseGrams, double phraseChars, double charCoverage,
			double sameQuestion, double keyCoverage,
			double guideCoverage, double intentAgreement, double intentConflict, double lexical) {

		static final Weights DEFAULTS = new Weights(0.0, 0.0, 0.501, 0.869, 0.079, 0.078, 0.032, 0.2, 0.0,
				-0.015, 0.017);

		double combine(Candidate.Features f) {
			return phraseCoverage * f.phraseCoverage() + phraseRecall * f.phraseRecall() + phraseGrams * f.phraseGrams()
					+ phraseChars * f.phraseChars() + charCoverage * f.charCoverage() + sameQuestion * f.sameQuestion()
					+ keyCoverage * f.keyCoverage() + guideCoverage * f.guideCoverage()
					+ intentAgreement * f.intentAgreement() + intentConflict * f.intentConflict() + lexical * f.lexical();
		}

	}

}
