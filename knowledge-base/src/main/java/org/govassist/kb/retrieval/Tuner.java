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

	private record Example(double[][] features, boolean[] gold, boolean inScope, double unknown) {
	}

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
			for (int i = 0; i < candidates.size(); i++) {
				features[i] = vector(candidates.get(i).features());
				isGold[i] = gold.contains(candidates.get(i).guideId());
			}
			examples.add(new Example(features, isGold, !gold.isEmpty(), retrieval.unknownShare(query)));
		}
		retrieval.close();
		return examples;
	}

	private static double[] vector(Candidate.Features f) {
		return new double[] { f.phraseCoverage(), f.phraseRecall(), f.phraseGrams(), f.phraseChars(), f.charCoverage(), f.keyCoverage(), f.guideCoverage(),
				f.intentAgreement(), f.intentConflict(), f.lexical() };
	}

	private static double[] toArray(Scorer.Weights w) {
		return new double[] { w.phraseCoverage(), w.phraseRecall(), w.phraseGrams(), w.phraseChars(), w.charCoverage(), w.keyCoverage(), w.guideCoverage(),
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
				Integer[] order = new Integer[scores.length];
				for (int i = 0; i < order.length; i++) {
					order[i] = i;
				}
				Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
				double best = scores[order[0]];
				double second = order.length > 1 ? scores[order[1]] : 0;
				double keyCoverage = example.features()[order[0]][5];
				inputs.add(new double[] { 1, best, best - second, example.unknown(), keyCoverage });
				labels.add(example.gold()[order[0]]);
			}
		}
		double[] beta = new double[5];
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
