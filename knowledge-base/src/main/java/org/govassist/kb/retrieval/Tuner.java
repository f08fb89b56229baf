package org.govassist.kb.retrieval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.govassist.kb.guide.GuideFileException;
import org.govassist.kb.guide.GuideReader;

/**
 * Fits the scoring weights and the confidence calibration on labelled question sets and prints
 * them with the decision quality they give; the printed values are the defaults of
 * {@link Scorer.Weights} and {@link Calibration}. Run by {@code scripts/tune.sh}.
 *
 * <p>Usage: {@code Tuner GUIDES.json QUESTIONS.tsv [GUIDES.json QUESTIONS.tsv ...]}.
 */
public final class Tuner {

	private record Example(double[][] features, double[] richness, boolean[] gold, boolean inScope, double unknown) {
	}

	/** The position of {@link Candidate.Features#intentConflict()} in the feature vector. */
	private static final int CONFLICT = 8;

	private Tuner() {
	}

	public static void main(String[] args) throws Exception {
		List<List<Example>> sets = new ArrayList<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			sets.add(examples(Path.of(args[i]), Path.of(args[i + 1])));
		}
		double[] weights = toArray(Scorer.Weights.DEFAULTS);
		report("defaults", sets, weights);
		Random random = new Random(42);
		double bestObjective = objective(sets, weights);
		for (int round = 0; round < 12000; round++) {
			double[] trial = weights.clone();
			int k = random.nextInt(trial.length);
			trial[k] += random.nextGaussian() * 0.08;
			// Every measure is evidence for a guide except a conflict of intents: a negative weight
			// would only fit accidents of the development sets.
			trial[k] = k == CONFLICT ? Math.min(0, trial[k]) : Math.max(0, trial[k]);
			double value = objective(sets, trial);
			if (value > bestObjective) {
				bestObjective = value;
				weights = trial;
			}
		}
		System.out.println("weights " + Arrays.toString(round(weights)));
		report("fitted", sets, weights);
		double[] calibration = fitCalibration(sets, weights);
		System.out.println("calibration " + Arrays.toString(round(calibration)));
		sweepThresholds(sets, weights, calibration);
	}

	/** Prints the decision quality for a grid of answer and clarify thresholds. */
	private static void sweepThresholds(List<List<Example>> sets, double[] weights, double[] calibration) {
		System.out.println("answer clarify | per set: direct resolved wrong abstained");
		for (double answer = 0.3; answer <= 0.951; answer += 0.05) {
			for (double clarify = 0.05; clarify <= answer && clarify <= 0.501; clarify += 0.05) {
				StringBuilder line = new StringBuilder(String.format("%.2f %.2f |", answer, clarify));
				for (List<Example> set : sets) {
					int direct = 0;
					int resolved = 0;
					int wrong = 0;
					int outOfScope = 0;
					int abstained = 0;
					for (Example example : set) {
						double[] scores = scores(example, weights);
						Integer[] order = order(scores);
						double confidence = order.length == 0 ? 0 : confidence(example, scores, order, calibration);
						if (!example.inScope()) {
							outOfScope++;
						}
						if (order.length > 0 && confidence >= answer) {
							boolean right = example.gold()[order[0]];
							direct += right ? 1 : 0;
							resolved += right ? 1 : 0;
							wrong += right ? 0 : 1;
						}
						else if (order.length > 1 && confidence >= clarify) {
							double best = scores[order[0]];
							for (int i = 0; i < Math.min(Decider.MAX_OPTIONS_TUNED, order.length); i++) {
								if (i >= 2 && scores[order[i]] < Decider.CLOSE_SHARE * best) {
									break;
								}
								if (example.gold()[order[i]]) {
									resolved++;
									break;
								}
							}
							abstained += example.inScope() ? 0 : 1;
						}
						else {
							abstained += example.inScope() ? 0 : 1;
						}
					}
					int inScope = set.size() - outOfScope;
					line.append(String.format(" %.3f %.3f %.3f %.3f |", direct / (double) inScope,
							resolved / (double) inScope, wrong / (double) set.size(),
							outOfScope == 0 ? 1.0 : abstained / (double) outOfScope));
				}
				System.out.println(line);
			}
		}
	}

	/** Intercept input, then the inputs of {@link Calibration#inputs} in their order. */
	private static double[] calibrationInputs(Example example, double[] scores, Integer[] order) {
		double best = scores[order[0]];
		double second = order.length > 1 ? scores[order[1]] : 0;
		double[] f = example.features()[order[0]];
		double[] x = new double[5 + f.length];
		x[0] = 1;
		x[1] = best;
		x[2] = best - second;
		x[3] = example.unknown();
		x[4] = example.richness()[order[0]];
		System.arraycopy(f, 0, x, 5, f.length);
		return x;
	}

	private static Integer[] order(double[] scores) {
		Integer[] order = new Integer[scores.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
		return order;
	}

	private static double confidence(Example example, double[] scores, Integer[] order, double[] beta) {
		double[] x = calibrationInputs(example, scores, order);
		double z = 0;
		for (int k = 0; k < beta.length; k++) {
			z += beta[k] * x[k];
		}
		return 1 / (1 + Math.exp(-z));
	}

	private static List<Example> examples(Path guides, Path questions) throws IOException, GuideFileException {
		Retrieval retrieval = new Retrieval();
		retrieval.publish(GuideReader.read(guides));
		List<Example> examples = new ArrayList<>();
		List<String> lines = Files.readAllLines(questions, StandardCharsets.UTF_8);
		for (String line : lines.subList(1, lines.size())) {
			String[] parts = line.split("\t", -1);
			Set<String> gold = parts.length > 1 && !parts[1].isBlank() ? Set.of(parts[1].split(",")) : Set.of();
			QueryText query = retrieval.prepare(parts[0]);
			Ranking ranking = retrieval.rank(query);
			List<Candidate> candidates = ranking.candidates();
			double[][] features = new double[candidates.size()][];
			boolean[] isGold = new boolean[candidates.size()];
			double[] richness = new double[candidates.size()];
			for (int i = 0; i < candidates.size(); i++) {
				features[i] = vector(candidates.get(i).features());
				isGold[i] = gold.contains(candidates.get(i).guideId());
				richness[i] = Calibration.richness(candidates.get(i).profile());
			}
			examples.add(new Example(features, richness, isGold, !gold.isEmpty(), retrieval.unknownShare(query)));
		}
		retrieval.close();
		return examples;
	}

	private static double[] vector(Candidate.Features f) {
		return new double[] { f.phraseCoverage(), f.phraseRecall(), f.phraseGrams(), f.phraseChars(), f.charCoverage(), f.sameQuestion(), f.keyCoverage(), f.guideCoverage(),
				f.intentAgreement(), f.intentConflict(), f.lexical() };
	}

	private static double[] toArray(Scorer.Weights w) {
		return new double[] { w.phraseCoverage(), w.phraseRecall(), w.phraseGrams(), w.phraseChars(), w.charCoverage(), w.sameQuestion(), w.keyCoverage(), w.guideCoverage(),
				w.intentAgreement(), w.intentConflict(), w.lexical() };
	}

	/** Top-1 plus a share of top-3 recall, over in-scope questions, averaged over the sets. */
	private static double objective(List<List<Example>> sets, double[] weights) {
		double total = 0;
		for (List<Example> set : sets) {
			int inScope = 0;
			double score = 0;
			for (Example example : set) {
				if (!example.inScope()) {
					continue;
				}
				inScope++;
				int rank = goldRank(example, weights);
				if (rank == 0) {
					score += 1;
				}
				else if (rank > 0 && rank < 3) {
					score += 0.3;
				}
			}
			total += score / Math.max(1, inScope);
		}
		return total / sets.size();
	}

	private static int goldRank(Example example, double[] weights) {
		double[] scores = scores(example, weights);
		int goldBest = -1;
		for (int i = 0; i < scores.length; i++) {
			if (example.gold()[i] && (goldBest < 0 || scores[i] > scores[goldBest])) {
				goldBest = i;
			}
		}
		if (goldBest < 0) {
			return -1;
		}
		int rank = 0;
		for (double score : scores) {
			if (score > scores[goldBest]) {
				rank++;
			}
		}
		return rank;
	}

	private static double[] scores(Example example, double[] weights) {
		double[] scores = new double[example.features().length];
		for (int i = 0; i < scores.length; i++) {
			for (int k = 0; k < weights.length; k++) {
				scores[i] += weights[k] * example.features()[i][k];
			}
		}
		return scores;
	}

	private static void report(String label, List<List<Example>> sets, double[] weights) {
		for (int s = 0; s < sets.size(); s++) {
			int inScope = 0;
			int top1 = 0;
			int top3 = 0;
			for (Example example : sets.get(s)) {
				if (!example.inScope()) {
					continue;
				}
				inScope++;
				int rank = goldRank(example, weights);
				top1 += rank == 0 ? 1 : 0;
				top3 += rank >= 0 && rank < 3 ? 1 : 0;
			}
			System.out.printf("%-9s set %d: top-1 %.3f top-3 %.3f (%d in scope)%n", label, s + 1, top1 / (double) inScope,
					top3 / (double) inScope, inScope);
		}
	}

	/** Logistic regression of "the best candidate is right" on the calibration inputs. */
	private static double[] fitCalibration(List<List<Example>> sets, double[] weights) {
		List<double[]> inputs = new ArrayList<>();
		List<Boolean> labels = new ArrayList<>();
		for (List<Example> set : sets) {
			for (Example example : set) {
				double[] scores = scores(example, weights);
				if (scores.length == 0) {
					continue;
				}
				Integer[] order = order(scores);
				inputs.add(calibrationInputs(example, scores, order));
				labels.add(example.gold()[order[0]]);
			}
		}
		double[] beta = new double[inputs.get(0).length];
		for (int iteration = 0; iteration < 20000; iteration++) {
			double[] gradient = new double[beta.length];
			for (int i = 0; i < inputs.size(); i++) {
				double[] x = inputs.get(i);
				double z = 0;
				for (int k = 0; k < beta.length; k++) {
					z += beta[k] * x[k];
				}
				double error = (labels.get(i) ? 1 : 0) - 1 / (1 + Math.exp(-z));
				for (int k = 0; k < beta.length; k++) {
					gradient[k] += error * x[k];
				}
			}
			for (int k = 0; k < beta.length; k++) {
				beta[k] += 0.5 * gradient[k] / inputs.size();
			}
		}
		return beta;
	}

	private static double[] round(double[] values) {
		double[] rounded = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			rounded[i] = Math.round(values[i] * 1000) / 1000.0;
		}
		return rounded;
	}

}
