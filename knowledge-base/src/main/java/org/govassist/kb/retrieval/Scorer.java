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
		for (KeyPhrase phrase : profile.phrases()) {
			double matched = matchedMass(query.terms(), phrase.terms(), statistics);
			double coverage = queryMass == 0 ? 0 : matched / queryMass;
			double phraseMass = mass(phrase.terms(), statistics);
			double recall = phraseMass == 0 ? 0 : matched / phraseMass;
			double grams = dice(query.grams(), phrase.grams());
			double fit = weights.phraseCoverage * coverage + weights.phraseRecall * recall + weights.phraseGrams * grams;
			if (fit > bestFit) {
				best = phrase;
				bestFit = fit;
				bestCoverage = coverage;
				bestRecall = recall;
				bestGrams = grams;
			}
		}
		double keyCoverage = queryMass == 0 ? 0 : matchedMass(query.terms(), profile.keyTerms(), statistics) / queryMass;
		double guideCoverage = queryMass == 0 ? 0
				: matchedMass(query.terms(), profile.allTerms(), statistics) / queryMass;
		boolean agree = query.intents().stream().anyMatch(profile.intents()::contains);
		boolean conflict = !query.intents().isEmpty() && !profile.intents().isEmpty() && !agree;
		Candidate.Features features = new Candidate.Features(bestCoverage, bestRecall, bestGrams, keyCoverage,
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

	static double dice(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		int common = 0;
		Set<String> smaller = a.size() <= b.size() ? a : b;
		Set<String> larger = smaller == a ? b : a;
		for (String gram : smaller) {
			if (larger.contains(gram)) {
				common++;
			}
		}
		return 2.0 * common / (a.size() + b.size());
	}

	/**
	 * How the measures of {@link Candidate.Features} add up to a score. The values were fitted on
	 * the development question sets (docs/benchmarks.md).
	 */
	record Weights(double phraseCoverage, double phraseRecall, double phraseGrams, double keyCoverage,
			double guideCoverage, double intentAgreement, double intentConflict, double lexical) {

		static final Weights DEFAULTS = new Weights(0.35, 0.2, 0.25, 0.15, 0.1, 0.1, -0.25, 0.15);

		double combine(Candidate.Features f) {
			return phraseCoverage * f.phraseCoverage() + phraseRecall * f.phraseRecall() + phraseGrams * f.phraseGrams()
					+ keyCoverage * f.keyCoverage() + guideCoverage * f.guideCoverage()
					+ intentAgreement * f.intentAgreement() + intentConflict * f.intentConflict() + lexical * f.lexical();
		}

	}

}
