package org.govassist.kb.retrieval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.govassist.kb.TextEmbedder;
import org.govassist.kb.analysis.Lexicon;
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

	private final TextAnalysis analysis;

	private final GuideIndex index = new GuideIndex();

	/** How many nearest key phrases semantic search looks at, and how many guides it adds at most. */
	static final int NEAREST_PHRASES = 60;

	static final int SEMANTIC_CANDIDATES = 20;

	/** Dot products below this are unrelated texts; the SEMANTIC feature rescales from here to 1. */
	static final double SEMANTIC_FLOOR = 0.4;

	/** How close to the best a candidate must score to win on naming the question's kind of action. */
	static final double INTENT_SHARE = 0.85;

	private final Scorer scorer;

	private final Calibration calibration;

	private final TextEmbedder embedder;

	/** At most this share of the guides mention a single character that names a matter. */
	static final double RARE_SHARE = 0.05;

	private volatile Snapshot snapshot = new Snapshot(Map.of(), TermStatistics.of(List.of()));

	private record Snapshot(Map<String, GuideProfile> profiles, TermStatistics statistics) {
	}

	/**
	 * Lexical retrieval alone.
	 */
	public Retrieval() {
		this(null);
	}

	/**
	 * Retrieval with semantic search beside BM25 when an embedder is given.
	 *
	 * @param embedder the sentence embedder, or {@code null} for lexical retrieval alone
	 */
	public Retrieval(TextEmbedder embedder) {
		this(embedder, Lexicon.bundled());
	}

	/**
	 * Retrieval that segments and folds synonyms with a lexicon of its own.
	 *
	 * @param embedder the sentence embedder, or {@code null} for lexical retrieval alone
	 * @param lexicon the vocabulary of guides and questions
	 */
	public Retrieval(TextEmbedder embedder, Lexicon lexicon) {
		this.analysis = new TextAnalysis(lexicon);
		Model model = embedder == null ? Model.LEXICAL : Model.HYBRID;
		this.scorer = new Scorer(model.weights());
		this.calibration = model.calibration();
		this.embedder = embedder;
	}

	/**
	 * The fitted weights and calibration of one way of retrieving; see {@link Tuner}.
	 */
	record Model(Scorer.Weights weights, Calibration calibration) {

		static final Model LEXICAL = new Model(Scorer.Weights.DEFAULTS, Calibration.DEFAULTS);

		static final Model HYBRID = new Model(Scorer.Weights.HYBRID, Calibration.HYBRID);

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
		index.putAll(changed, phraseVectors(changed));
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

	private Map<String, List<float[]>> phraseVectors(List<GuideProfile> profiles) {
		if (embedder == null) {
			return Map.of();
		}
		List<String> texts = new ArrayList<>();
		profiles.forEach(profile -> profile.phrases().forEach(phrase -> texts.add(phrase.text())));
		List<float[]> vectors = embedder.embedPassages(texts);
		Map<String, List<float[]>> byGuide = new HashMap<>();
		int next = 0;
		for (GuideProfile profile : profiles) {
			int count = profile.phrases().size();
			byGuide.put(profile.guide().id(), vectors.subList(next, next + count));
			next += count;
		}
		return byGuide;
	}

	/** Every published guide, in no particular order. */
	public List<Guide> guides() {
		return snapshot.profiles().values().stream().map(GuideProfile::guide).toList();
	}

	public Optional<Guide> guide(String guideId) {
		GuideProfile profile = snapshot.profiles().get(guideId);
		return profile == null ? Optional.empty() : Optional.of(profile.guide());
	}

	/** Whether semantic search runs beside BM25. */
	public boolean isSemantic() {
		return embedder != null;
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
		Set<String> ids = new LinkedHashSet<>(hits.keySet());
		Map<String, Double> similarity = Map.of();
		if (embedder != null) {
			float[] vector = embedder.embedQuery(query.original());
			index.nearest(vector, NEAREST_PHRASES).keySet().stream().limit(SEMANTIC_CANDIDATES).forEach(ids::add);
			similarity = index.similarities(vector, ids);
		}
		return rank(query, hits, ids, similarity, current);
	}

	/**
	 * Scores and orders the candidates.
	 *
	 * @param hits guide id to BM25 score, best first
	 * @param ids every candidate: the BM25 hits and the guides nearest in meaning
	 * @param similarity guide id to the dot product of the question's and its nearest key phrase's
	 * vectors; empty without semantic search
	 */
	private Ranking rank(QueryText query, Map<String, Float> hits, Set<String> ids, Map<String, Double> similarity,
			Snapshot current) {
		float top = hits.values().stream().findFirst().orElse(0f);
		Map<String, Integer> lexicalRanks = ranks(hits.keySet().stream().toList());
		Map<String, Integer> semanticRanks = ranks(similarity.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.map(Map.Entry::getKey)
			.toList());
		List<Candidate> candidates = new ArrayList<>();
		for (String id : ids) {
			GuideProfile profile = current.profiles().get(id);
			if (profile != null) {
				double lexical = top == 0 ? 0 : hits.getOrDefault(id, 0f) / top;
				double semantic = Math.max(0, (similarity.getOrDefault(id, 0.0) - SEMANTIC_FLOOR) / (1 - SEMANTIC_FLOOR));
				Scorer.Evidence evidence = new Scorer.Evidence(lexical, reciprocal(lexicalRanks.get(id)), semantic,
						reciprocal(semanticRanks.get(id)));
				candidates.add(scorer.score(query, profile, evidence, current.statistics()));
			}
		}
		candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
		preferAgreeingIntent(candidates);
		double unknown = unknownShare(query, current.statistics());
		return new Ranking(List.copyOf(candidates), calibration.confidence(candidates, unknown));
	}

	private static Map<String, Integer> ranks(List<String> ordered) {
		Map<String, Integer> ranks = new HashMap<>();
		for (int i = 0; i < ordered.size(); i++) {
			ranks.put(ordered.get(i), i);
		}
		return ranks;
	}

	/** 1 for the first of a list, 1/2 for the second …, 0 for a guide not in it. */
	private static double reciprocal(Integer rank) {
		return rank == null ? 0 : 1.0 / (1 + rank);
	}

	/**
	 * Moves a close candidate that names the question's kind of action (换, 补, 首次 …) ahead of a
	 * best one that names another: between sibling matters that is what the citizen said.
	 */
	static void preferAgreeingIntent(List<Candidate> ranked) {
		if (ranked.size() < 2 || ranked.get(0).feature(Feature.INTENT_CONFLICT) == 0) {
			return;
		}
		double best = ranked.get(0).score();
		for (int i = 1; i < ranked.size() && ranked.get(i).score() >= INTENT_SHARE * best; i++) {
			if (ranked.get(i).feature(Feature.INTENT_AGREEMENT) == 1) {
				ranked.add(0, ranked.remove(i));
				return;
			}
		}
	}

	/**
	 * The question's terms that can name a matter on their own: words of two or more characters,
	 * and single characters that few guides mention (the 狗 of 办狗证, not the 证).
	 *
	 * @param query the prepared question
	 * @return those terms
	 */
	Set<String> namingTerms(QueryText query) {
		TermStatistics statistics = snapshot.statistics();
		return query.terms()
			.stream()
			.filter(term -> term.codePointCount(0, term.length()) >= 2 || statistics.share(term) <= RARE_SHARE)
			.collect(Collectors.toUnmodifiableSet());
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
