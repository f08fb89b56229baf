package org.govassist.kb.retrieval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.govassist.kb.TextEmbedder;
import org.govassist.kb.guide.GuideFileException;
import org.govassist.kb.guide.GuideReader;
import org.govassist.kb.semantic.SentenceEncoder;

/**
 * Fits the scoring weights and the confidence calibration on labelled question sets and prints
 * them with the decision quality they give over a grid of thresholds; the printed values are the
 * defaults of {@link Scorer.Weights}, {@link Calibration} and the engine's thresholds. Run by
 * {@code scripts/tune.sh}.
 *
 * <p>Usage: {@code Tuner [--semantic] GUIDES.json QUESTIONS.tsv [GUIDES.json QUESTIONS.tsv ...]}; with
 * {@code --semantic} it fits hybrid retrieval with the bundled sentence encoder.
 */
public final class Tuner {

	private static final int SEARCH_ROUNDS = 12_000;

	/** A labelled question with its candidates as the engine found them. */
	private record Example(List<Candidate> candidates, Set<String> gold, double unknownShare) {

		boolean inScope() {
			return !gold.isEmpty();
		}

		/** The candidates rescored with other weights, best first. */
		List<Candidate> ranked(Scorer.Weights weights) {
			return candidates.stream()
				.map(c -> new Candidate(c.profile(), c.features(), c.bestPhrase(), weights.combine(c.features())))
				.sorted(Comparator.comparingDouble(Candidate::score).reversed())
				.toList();
		}

		/** Position of the best-ranked gold guide, -1 when none is a candidate. */
		int goldRank(double[] weights) {
			double goldScore = Double.NEGATIVE_INFINITY;
			double[] scores = new double[candidates.size()];
			for (int i = 0; i < scores.length; i++) {
				scores[i] = combine(weights, candidates.get(i).features());
				if (gold.contains(candidates.get(i).guideId())) {
					goldScore = Math.max(goldScore, scores[i]);
				}
			}
			if (goldScore == Double.NEGATIVE_INFINITY) {
				return -1;
			}
			int rank = 0;
			for (double score : scores) {
				rank += score > goldScore ? 1 : 0;
			}
			return rank;
		}

	}

	private Tuner() {
	}

	public static void main(String[] args) throws IOException, GuideFileException {
		List<String> files = new ArrayList<>(List.of(args));
		if (files.remove("--semantic")) {
			try (SentenceEncoder encoder = SentenceEncoder.loadBundled()) {
				tune(files, encoder);
			}
		}
		else {
			tune(files, null);
		}
	}

	/**
	 * Fits and prints the model of lexical retrieval, or of hybrid retrieval with an embedder.
	 *
	 * @param files pairs of guide file and question file
	 * @param embedder the sentence embedder, or {@code null} for lexical retrieval
	 */
	static void tune(List<String> files, TextEmbedder embedder) throws IOException, GuideFileException {
		List<List<Example>> sets = new ArrayList<>();
		for (int i = 0; i + 1 < files.size(); i += 2) {
			sets.add(examples(Path.of(files.get(i)), Path.of(files.get(i + 1)), embedder));
		}
		Retrieval.Model start = embedder == null ? Retrieval.Model.LEXICAL : Retrieval.Model.HYBRID;
		double[] weights = start.weights().values();
		report("defaults", sets, weights);
		weights = searchWeights(sets, weights);
		System.out.println("weights " + Arrays.toString(round(weights)));
		report("fitted", sets, weights);
		Calibration calibration = fitCalibration(sets, new Scorer.Weights(weights));
		System.out.println("calibration " + Arrays.toString(round(calibration.coefficients())));
		sweepThresholds(sets, new Scorer.Weights(weights), calibration);
	}

	private static List<Example> examples(Path guides, Path questions, TextEmbedder embedder)
			throws IOException, GuideFileException {
		List<Example> examples = new ArrayList<>();
		try (Retrieval retrieval = new Retrieval(embedder)) {
			retrieval.publish(GuideReader.read(guides));
			List<String> lines = Files.readAllLines(questions, StandardCharsets.UTF_8);
			for (String line : lines.subList(1, lines.size())) {
				String[] parts = line.split("\t", -1);
				Set<String> gold = parts.length > 1 && !parts[1].isBlank() ? Set.of(parts[1].split(",")) : Set.of();
				QueryText query = retrieval.prepare(parts[0]);
				examples.add(new Example(retrieval.rank(query).candidates(), gold, retrieval.unknownShare(query)));
			}
		}
		return examples;
	}

	/**
	 * A seeded random search, one weight at a time, for top-1 and top-3 recall. A weight of the
	 * wrong sign would only fit accidents of the development sets, so signs are kept.
	 */
	private static double[] searchWeights(List<List<Example>> sets, double[] start) {
		Random random = new Random(42);
		double[] weights = start.clone();
		double best = objective(sets, weights);
		for (int round = 0; round < SEARCH_ROUNDS; round++) {
			double[] trial = weights.clone();
			int k = random.nextInt(trial.length);
			trial[k] += random.nextGaussian() * 0.08;
			trial[k] = Feature.values()[k].isEvidenceAgainst() ? Math.min(0, trial[k]) : Math.max(0, trial[k]);
			double value = objective(sets, trial);
			if (value > best) {
				best = value;
				weights = trial;
			}
		}
		return weights;
	}

	/** Top-1 plus a share of top-3 recall, over in-scope questions, averaged over the sets. */
	private static double objective(List<List<Example>> sets, double[] weights) {
		double total = 0;
		for (List<Example> set : sets) {
			int inScope = 0;
			double score = 0;
			for (Example example : set) {
				if (example.inScope()) {
					inScope++;
					int rank = example.goldRank(weights);
					score += rank == 0 ? 1 : rank > 0 && rank < 3 ? 0.3 : 0;
				}
			}
			total += score / Math.max(1, inScope);
		}
		return total / sets.size();
	}

	private static double combine(double[] weights, double[] features) {
		double sum = 0;
		for (int k = 0; k < weights.length; k++) {
			sum += weights[k] * features[k];
		}
		return sum;
	}

	private static void report(String label, List<List<Example>> sets, double[] weights) {
		for (int s = 0; s < sets.size(); s++) {
			int inScope = 0;
			int top1 = 0;
			int top3 = 0;
			for (Example example : sets.get(s)) {
				if (example.inScope()) {
					inScope++;
					int rank = example.goldRank(weights);
					top1 += rank == 0 ? 1 : 0;
					top3 += rank >= 0 && rank < 3 ? 1 : 0;
				}
			}
			System.out.printf("%-9s set %d: top-1 %.3f top-3 %.3f (%d in scope)%n", label, s + 1, top1 / (double) inScope,
					top3 / (double) inScope, inScope);
		}
	}

	/** Logistic regression of "the best candidate is right" on {@link Calibration#inputs}. */
	private static Calibration fitCalibration(List<List<Example>> sets, Scorer.Weights weights) {
		List<double[]> inputs = new ArrayList<>();
		List<Boolean> labels = new ArrayList<>();
		for (List<Example> set : sets) {
			for (Example example : set) {
				List<Candidate> ranked = example.ranked(weights);
				if (!ranked.isEmpty()) {
					double[] x = Calibration.inputs(ranked, example.unknownShare());
					double[] withIntercept = new double[x.length + 1];
					withIntercept[0] = 1;
					System.arraycopy(x, 0, withIntercept, 1, x.length);
					inputs.add(withIntercept);
					labels.add(example.gold().contains(ranked.get(0).guideId()));
				}
			}
		}
		double[] beta = new double[inputs.get(0).length];
		for (int iteration = 0; iteration < 20_000; iteration++) {
			double[] gradient = new double[beta.length];
			for (int i = 0; i < inputs.size(); i++) {
				double[] x = inputs.get(i);
				double error = (labels.get(i) ? 1 : 0) - 1 / (1 + Math.exp(-combine(beta, x)));
				for (int k = 0; k < beta.length; k++) {
					gradient[k] += error * x[k];
				}
			}
			for (int k = 0; k < beta.length; k++) {
				beta[k] += 0.5 * gradient[k] / inputs.size();
			}
		}
		return new Calibration(beta);
	}

	/** Prints the decision quality for a grid of answer and clarify thresholds. */
	private static void sweepThresholds(List<List<Example>> sets, Scorer.Weights weights, Calibration calibration) {
		System.out.println("answer clarify | per set: direct resolved (of in scope) wrong (of all) abstained (of out of scope)");
		List<List<List<Candidate>>> ranked = sets.stream()
			.map(set -> set.stream().map(example -> example.ranked(weights)).toList())
			.toList();
		for (double answer = 0.3; answer <= 0.951; answer += 0.025) {
			for (double clarify = 0.05; clarify <= answer && clarify <= 0.501; clarify += 0.05) {
				StringBuilder line = new StringBuilder(String.format("%.2f %.2f |", answer, clarify));
				for (int s = 0; s < sets.size(); s++) {
					line.append(quality(sets.get(s), ranked.get(s), calibration, answer, clarify));
				}
				System.out.println(line);
			}
		}
	}

	private static String quality(List<Example> set, List<List<Candidate>> ranked, Calibration calibration, double answer,
			double clarify) {
		int direct = 0;
		int resolved = 0;
		int wrong = 0;
		int outOfScope = 0;
		int abstained = 0;
		for (int i = 0; i < set.size(); i++) {
			Example example = set.get(i);
			List<Candidate> candidates = ranked.get(i);
			double confidence = calibration.confidence(candidates, example.unknownShare());
			outOfScope += example.inScope() ? 0 : 1;
			if (!candidates.isEmpty() && confidence >= answer) {
				boolean right = example.gold().contains(candidates.get(0).guideId());
				direct += right ? 1 : 0;
				wrong += right ? 0 : 1;
			}
			else {
				abstained += example.inScope() ? 0 : 1;
				if (candidates.size() > 1 && confidence >= clarify && offers(candidates, example.gold())) {
					resolved++;
				}
			}
		}
		int inScope = set.size() - outOfScope;
		return String.format(" %.3f %.3f %.3f %.3f |", direct / (double) inScope, (direct + resolved) / (double) inScope,
				wrong / (double) set.size(), outOfScope == 0 ? 1.0 : abstained / (double) outOfScope);
	}

	/** Whether a clarification built as {@link Decider} builds it would offer a gold guide. */
	private static boolean offers(List<Candidate> ranked, Set<String> gold) {
		double best = ranked.get(0).score();
		for (int i = 0; i < Math.min(Decider.MAX_OPTIONS_TUNED, ranked.size()); i++) {
			if (i >= 2 && ranked.get(i).score() < Decider.CLOSE_SHARE * best) {
				return false;
			}
			if (gold.contains(ranked.get(i).guideId())) {
				return true;
			}
		}
		return false;
	}

	private static double[] round(double[] values) {
		double[] rounded = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			rounded[i] = Math.round(values[i] * 1000) / 1000.0;
		}
		return rounded;
	}

}
