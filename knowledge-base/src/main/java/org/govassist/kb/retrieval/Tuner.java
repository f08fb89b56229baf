package org.govassist.kb.retrieval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.govassist.kb.EngineSettings;
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
 * <p>Usage: {@code Tuner [--semantic] [--keep-weights] [--folds] [--answer A --clarify C] GUIDES.json
 * QUESTIONS.tsv [GUIDES.json QUESTIONS.tsv ...]}; with {@code --semantic} it fits hybrid retrieval
 * with the bundled sentence encoder; with {@code --keep-weights} it fits the calibration alone over
 * the scoring weights in force; with {@code --folds} it first prints how the fit does on questions it
 * was not fitted on (2-fold, alternate questions of each set), at the engine's thresholds and around
 * them, or around A and C.
 */
public final class Tuner {

	private static final int SEARCH_ROUNDS = 12_000;


	/** A labelled question with its candidates as the engine found them. */
	private record Example(Set<String> namingTerms, List<Candidate> candidates, Set<String> gold, double unknownShare) {

		boolean inScope() {
			return !gold.isEmpty();
		}

		/** The candidates rescored with other weights, best first. */
		List<Candidate> ranked(Scorer.Weights weights) {
			List<Candidate> ranked = new ArrayList<>(candidates.stream()
				.map(c -> new Candidate(c.profile(), c.features(), c.bestPhrase(), weights.combine(c.features())))
				.sorted(Comparator.comparingDouble(Candidate::score).reversed())
				.toList());
			Retrieval.preferAgreeingIntent(ranked);
			return ranked;
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
		boolean semantic = files.remove("--semantic");
		boolean folds = files.remove("--folds");
		boolean keepWeights = files.remove("--keep-weights");
		Thresholds thresholds = Thresholds.take(files, semantic);
		if (semantic) {
			try (SentenceEncoder encoder = SentenceEncoder.loadBundled()) {
				tune(files, encoder, folds, keepWeights, thresholds);
			}
		}
		else {
			tune(files, null, folds, keepWeights, thresholds);
		}
	}

	/**
	 * The thresholds that held-out halves are judged at: {@code --answer A --clarify C}, by default
	 * the engine's.
	 */
	private record Thresholds(double answer, double clarify) {

		static Thresholds take(List<String> args, boolean semantic) {
			EngineSettings defaults = EngineSettings.defaults(semantic);
			return new Thresholds(take(args, "--answer", defaults.answerThreshold()),
					take(args, "--clarify", defaults.clarifyThreshold()));
		}

		private static double take(List<String> args, String option, double otherwise) {
			int at = args.indexOf(option);
			if (at < 0) {
				return otherwise;
			}
			double value = Double.parseDouble(args.get(at + 1));
			args.subList(at, at + 2).clear();
			return value;
		}

	}

	/**
	 * Fits and prints the model of lexical retrieval, or of hybrid retrieval with an embedder.
	 *
	 * @param files pairs of guide file and question file
	 * @param embedder the sentence embedder, or {@code null} for lexical retrieval
	 * @param folds whether to check first how the fit generalises: fitted on one half of every set
	 * (alternate questions) and judged on the other, both ways round
	 * @param keepWeights whether to keep the scoring weights in force and fit only the calibration
	 * @param thresholds the thresholds the held-out halves are judged at
	 */
	static void tune(List<String> files, TextEmbedder embedder, boolean folds, boolean keepWeights,
			Thresholds thresholds) throws IOException, GuideFileException {
		List<List<Example>> sets = new ArrayList<>();
		for (int i = 0; i + 1 < files.size(); i += 2) {
			sets.add(examples(Path.of(files.get(i)), Path.of(files.get(i + 1)), embedder));
		}
		Retrieval.Model start = embedder == null ? Retrieval.Model.LEXICAL : Retrieval.Model.HYBRID;
		boolean semantic = embedder != null;
		if (folds) {
			heldOut(sets, start, semantic, keepWeights, thresholds);
		}
		double[] weights = start.weights().values();
		report("defaults", sets, weights);
		List<List<Judged>> before = sets.stream().map(set -> judge(set, start.weights(), start.calibration())).toList();
		System.out.println("defaults at the engine's thresholds " + qualityLine(before, thresholds.answer(),
				thresholds.clarify(), semantic) + recall(before));
		weights = keepWeights ? weights : searchWeights(sets);
		System.out.println("weights " + Arrays.toString(round(weights)));
		report("fitted", sets, weights);
		Scorer.Weights fitted = new Scorer.Weights(weights);
		Calibration calibration = fitCalibration(sets, fitted);
		System.out.println("calibration " + Arrays.toString(round(calibration.coefficients())));
		List<List<Judged>> judged = sets.stream().map(set -> judge(set, fitted, calibration)).toList();
		System.out.println(
				"answer clarify | per set: direct resolved (of in scope) wrong (of all) abstained (of out of scope)");
		for (double answer = 0.3; answer <= 0.951; answer += 0.025) {
			for (double clarify = 0.05; clarify <= answer && clarify <= 0.501; clarify += 0.05) {
				System.out.println(qualityLine(judged, answer, clarify, semantic));
			}
		}
	}

	/** A question as a fitted model ranks it, with the confidence in its best candidate. */
	private record Judged(Example example, List<Candidate> ranked, double confidence) {
	}

	private static List<Judged> judge(List<Example> set, Scorer.Weights weights, Calibration calibration) {
		return set.stream().map(example -> {
			List<Candidate> ranked = example.ranked(weights);
			return new Judged(example, ranked, calibration.confidence(ranked, example.unknownShare()));
		}).toList();
	}

	/**
	 * Prints how a fit generalises: the weights and calibration fitted on every other question of
	 * each set judge the remaining questions, both ways round, and the decision quality is that of
	 * every question judged by the fit it took no part in.
	 */
	private static void heldOut(List<List<Example>> sets, Retrieval.Model start, boolean semantic, boolean keepWeights,
			Thresholds thresholds) {
		List<List<Judged>> judged = new ArrayList<>();
		sets.forEach(set -> judged.add(new ArrayList<>(Collections.nCopies(set.size(), null))));
		for (int fold = 0; fold < 2; fold++) {
			List<List<Example>> fit = half(sets, 1 - fold);
			Scorer.Weights weights = keepWeights ? start.weights()
					: new Scorer.Weights(searchWeights(fit));
			Calibration calibration = fitCalibration(fit, weights);
			for (int s = 0; s < sets.size(); s++) {
				for (int i = fold; i < sets.get(s).size(); i += 2) {
					judged.get(s).set(i, judge(List.of(sets.get(s).get(i)), weights, calibration).get(0));
				}
			}
		}
		System.out.println("held out (2-fold) | per set: direct resolved (of in scope) wrong (of all) abstained "
				+ "(of out of scope) top-1 top-3 top-5 (of in scope)");
		for (double answer = thresholds.answer() - 0.1; answer <= thresholds.answer() + 0.101; answer += 0.05) {
			System.out.println(qualityLine(judged, answer, thresholds.clarify(), semantic) + recall(judged));
		}
	}

	/** Every other question of each set: the even-numbered ones for 0, the odd ones for 1. */
	private static List<List<Example>> half(List<List<Example>> sets, int parity) {
		List<List<Example>> halves = new ArrayList<>();
		for (List<Example> set : sets) {
			List<Example> half = new ArrayList<>();
			for (int i = parity; i < set.size(); i += 2) {
				half.add(set.get(i));
			}
			halves.add(half);
		}
		return halves;
	}

	private static String recall(List<List<Judged>> sets) {
		StringBuilder line = new StringBuilder();
		for (List<Judged> set : sets) {
			int inScope = 0;
			int[] within = new int[3];
			for (Judged judged : set) {
				if (judged.example().inScope()) {
					inScope++;
					for (int i = 0; i < Math.min(5, judged.ranked().size()); i++) {
						if (judged.example().gold().contains(judged.ranked().get(i).guideId())) {
							within[0] += i < 1 ? 1 : 0;
							within[1] += i < 3 ? 1 : 0;
							within[2]++;
							break;
						}
					}
				}
			}
			line.append(String.format(" %.3f %.3f %.3f |", within[0] / (double) inScope, within[1] / (double) inScope,
					within[2] / (double) inScope));
		}
		return line.toString();
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
				examples.add(new Example(retrieval.namingTerms(query), retrieval.rank(query).candidates(), gold, retrieval.unknownShare(query)));
			}
		}
		return examples;
	}

	/**
	 * Fits the weights in two steps: a listwise softmax model of which candidate is right, fitted by
	 * projected gradient descent (a smooth, convex objective, so the fit does not depend on where it
	 * starts), then a seeded random search, one weight at a time, for top-1 and top-3 recall from
	 * there. A weight of the wrong sign would only fit accidents of the development sets, so signs are
	 * kept.
	 */
	private static double[] searchWeights(List<List<Example>> sets) {
		Random random = new Random(42);
		double[] weights = softmaxWeights(sets);
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

	private static final int SOFTMAX_ROUNDS = 3_000;

	/** The sum of the positive weights the softmax fit is scaled to, near that of earlier fits. */
	private static final double WEIGHT_SCALE = 2.5;

	/**
	 * Minimises, by projected gradient descent with a small L2 penalty, the mean over each set's
	 * in-scope questions (sets weighing equally) of minus the log of the softmax probability of the
	 * gold candidates.
	 */
	private static double[] softmaxWeights(List<List<Example>> sets) {
		double[] weights = new double[Feature.COUNT];
		Arrays.fill(weights, 1.0);
		weights[Feature.INTENT_CONFLICT.ordinal()] = -1.0;
		for (int round = 0; round < SOFTMAX_ROUNDS; round++) {
			double[] gradient = new double[weights.length];
			for (List<Example> set : sets) {
				double[] setGradient = new double[weights.length];
				int counted = 0;
				for (Example example : set) {
					if (example.inScope() && example.goldRank(weights) >= 0) {
						counted++;
						addGradient(example, weights, setGradient);
					}
				}
				for (int k = 0; k < weights.length; k++) {
					gradient[k] += setGradient[k] / Math.max(1, counted) / sets.size();
				}
			}
			for (int k = 0; k < weights.length; k++) {
				weights[k] -= 2.0 * (gradient[k] + 0.001 * weights[k]);
				weights[k] = Feature.values()[k].isEvidenceAgainst() ? Math.min(0, weights[k]) : Math.max(0, weights[k]);
			}
		}
		double positive = Arrays.stream(weights).filter(w -> w > 0).sum();
		return Arrays.stream(weights).map(w -> positive == 0 ? w : w * WEIGHT_SCALE / positive).toArray();
	}

	/** Adds the gradient of minus the log softmax probability of an example's gold candidates. */
	private static void addGradient(Example example, double[] weights, double[] gradient) {
		List<Candidate> candidates = example.candidates();
		double[] scores = new double[candidates.size()];
		double max = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < scores.length; i++) {
			scores[i] = combine(weights, candidates.get(i).features());
			max = Math.max(max, scores[i]);
		}
		double all = 0;
		double gold = 0;
		for (int i = 0; i < scores.length; i++) {
			scores[i] = Math.exp(scores[i] - max);
			all += scores[i];
			gold += example.gold().contains(candidates.get(i).guideId()) ? scores[i] : 0;
		}
		for (int i = 0; i < scores.length; i++) {
			double p = scores[i] / all;
			double q = example.gold().contains(candidates.get(i).guideId()) ? scores[i] / gold : 0;
			double[] features = candidates.get(i).features();
			for (int k = 0; k < gradient.length; k++) {
				gradient[k] += (p - q) * features[k];
			}
		}
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

	/** The decision quality at an answer and a clarify threshold, per set. */
	private static String qualityLine(List<List<Judged>> sets, double answer, double clarify, boolean semantic) {
		StringBuilder line = new StringBuilder(String.format("%.2f %.2f |", answer, clarify));
		for (List<Judged> set : sets) {
			line.append(quality(set, answer, clarify, semantic));
		}
		return line.toString();
	}

	private static String quality(List<Judged> set, double answer, double clarify, boolean semantic) {
		int direct = 0;
		int resolved = 0;
		int wrong = 0;
		int outOfScope = 0;
		int abstained = 0;
		for (Judged judged : set) {
			Example example = judged.example();
			List<Candidate> candidates = judged.ranked();
			outOfScope += example.inScope() ? 0 : 1;
			if (!candidates.isEmpty() && judged.confidence() >= answer && Decider.mayAnswer(candidates.get(0), semantic)
					&& Decider.namesMatter(example.namingTerms(), candidates.get(0))
					&& !Decider.namesAnotherDocument(example.namingTerms(), candidates.get(0))) {
				boolean right = example.gold().contains(candidates.get(0).guideId());
				direct += right ? 1 : 0;
				wrong += right ? 0 : 1;
			}
			else {
				abstained += example.inScope() ? 0 : 1;
				boolean clarifies = !candidates.isEmpty() && (judged.confidence() >= clarify
						|| Decider.coversQuestion(example.namingTerms(), candidates.get(0)));
				if (clarifies && Decider.options(example.namingTerms(), candidates, judged.confidence(),
						example.unknownShare(), semantic, Decider.MAX_OPTIONS_TUNED)
					.stream()
					.anyMatch(option -> example.gold().contains(option.guideId()))) {
					resolved++;
				}
			}
		}
		int inScope = set.size() - outOfScope;
		return String.format(" %.3f %.3f %.3f %.3f |", direct / (double) inScope, (direct + resolved) / (double) inScope,
				wrong / (double) set.size(), outOfScope == 0 ? 1.0 : abstained / (double) outOfScope);
	}

	private static double[] round(double[] values) {
		double[] rounded = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			rounded[i] = Math.round(values[i] * 1000) / 1000.0;
		}
		return rounded;
	}

}
