package org.govassist.kb.retrieval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govassist.kb.guide.Guide;

/**
 * Finds and ranks the guides that may answer a question: candidates from the Lucene index,
 * rescored by {@link Scorer}, with a calibrated confidence for the best.
 *
 * <p>Thread-safe: questions are ranked against an immutable snapshot of the guides; {@link #publish}
 * and {@link #withdraw} replace the snapshot, and the questions that start after they return see
 * the change.
 */
public final class Retrieval implements AutoCloseable {

	static final int CANDIDATES = 50;

	private final TextAnalysis analysis = new TextAnalysis();

	private final GuideIndex index = new GuideIndex();

	private final Scorer scorer;

	private final Calibration calibration;

	private volatile Snapshot snapshot = new Snapshot(Map.of(), TermStatistics.of(List.of()));

	private record Snapshot(Map<String, GuideProfile> profiles, TermStatistics statistics) {
	}

	public Retrieval() {
		this(Scorer.Weights.DEFAULTS, Calibration.DEFAULTS);
	}

	Retrieval(Scorer.Weights weights, Calibration calibration) {
		this.scorer = new Scorer(weights);
		this.calibration = calibration;
	}

	/** Adds guides or replaces those with the same ids. */
	public synchronized void publish(Collection<Guide> guides) {
		Map<String, GuideProfile> profiles = new HashMap<>(snapshot.profiles());
		List<GuideProfile> changed = new ArrayList<>();
		for (Guide guide : guides) {
			GuideProfile profile = GuideProfile.of(guide, analysis);
			profiles.put(guide.id(), profile);
			changed.add(profile);
		}
		index.putAll(changed);
		snapshot = new Snapshot(Map.copyOf(profiles), TermStatistics.of(profiles.values()));
	}

	/** Withdraws a guide; an unknown id changes nothing. */
	public synchronized void withdraw(String guideId) {
		if (!snapshot.profiles().containsKey(guideId)) {
			return;
		}
		Map<String, GuideProfile> profiles = new HashMap<>(snapshot.profiles());
		profiles.remove(guideId);
		index.remove(guideId);
		snapshot = new Snapshot(Map.copyOf(profiles), TermStatistics.of(profiles.values()));
	}

	public Optional<Guide> guide(String guideId) {
		GuideProfile profile = snapshot.profiles().get(guideId);
		return profile == null ? Optional.empty() : Optional.of(profile.guide());
	}

	public int size() {
		return snapshot.profiles().size();
	}

	QueryText prepare(String question) {
		return QueryText.of(question, analysis);
	}

	Ranking rank(QueryText query) {
		if (query.isEmpty()) {
			return Ranking.NONE;
		}
		Snapshot current = snapshot;
		Map<String, Float> hits = index.search(query.terms(), query.grams(), query.chars(), CANDIDATES);
		float top = hits.values().stream().findFirst().orElse(0f);
		List<Candidate> candidates = new ArrayList<>();
		hits.forEach((id, score) -> {
			GuideProfile profile = current.profiles().get(id);
			if (profile != null) {
				candidates.add(scorer.score(query, profile, top == 0 ? 0 : score / top, current.statistics()));
			}
		});
		candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
		double unknown = unknownShare(query, current.statistics());
		return new Ranking(List.copyOf(candidates), calibration.confidence(candidates, unknown));
	}

	/** The share of the question's weighted terms that no guide mentions at all. */
	double unknownShare(QueryText query) {
		return unknownShare(query, snapshot.statistics());
	}

	private static double unknownShare(QueryText query, TermStatistics statistics) {
		double all = Scorer.mass(query.terms(), statistics);
		if (all == 0) {
			return query.grams().isEmpty() ? 1 : 0;
		}
		double unknown = 0;
		for (String term : query.terms()) {
			if (!statistics.known(term)) {
				unknown += statistics.idf(term);
			}
		}
		return unknown / all;
	}

	@Override
	public void close() throws java.io.IOException {
		index.close();
	}

}
