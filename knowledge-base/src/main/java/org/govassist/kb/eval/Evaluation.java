package org.govassist.kb.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.govassist.kb.TextEmbedder;
import org.govassist.kb.guide.Guide;
import org.govassist.kb.semantic.SentenceEncoder;
import org.govassist.kb.guide.GuideFileException;
import org.govassist.kb.guide.GuideReader;

/**
 * The evaluation command: measures how well the consultation engine finds the right guide, next
 * to plain Lucene BM25 baselines over the same guides, on labelled question sets.
 *
 * <p>Run it through {@code scripts/evaluate.sh [--guides FILE --questions FILE]... [--errors]
 * [--json]}; with no sets named it evaluates the two development sets. For each set it builds
 * the engine and each baseline in turn, asks every question once to warm up and once to measure,
 * and prints one table per set (or JSON). The metrics are explained in docs/benchmarks.md.
 *
 * <p>Exit status: 0 after a completed evaluation, whatever the scores; 1 when a guide or
 * question file cannot be used; 2 for a malformed command line.
 */
public final class Evaluation {

	private static final List<Function<Collection<Guide>, Responder>> LEXICAL_SYSTEMS = List.of(EngineResponder::open,
			LuceneBaseline::smartChinese, LuceneBaseline::cjkBigrams, LuceneBaseline::singleCharacters);

	private Evaluation() {
	}

	/**
	 * Runs the command.
	 *
	 * @param args the command line, see {@link EvaluationOptions#USAGE}
	 */
	public static void main(String[] args) {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
			out.print(EvaluationOptions.USAGE);
			return;
		}
		EvaluationOptions options;
		try {
			options = EvaluationOptions.parse(args);
		}
		catch (UsageException ex) {
			err.println(ex.getMessage());
			err.print(EvaluationOptions.USAGE);
			System.exit(2);
			return;
		}
		List<LoadedSet> sets = new ArrayList<>();
		try {
			for (EvaluationOptions.EvaluationSet set : options.sets()) {
				sets.add(LoadedSet.load(set));
			}
		}
		catch (GuideFileException | QuestionSetException ex) {
			err.println(ex.getMessage());
			System.exit(1);
			return;
		}
		catch (IOException ex) {
			err.println(ex instanceof NoSuchFileException missing ? missing.getFile() + ": no such file"
					: "cannot read a file: " + ex.getMessage());
			System.exit(1);
			return;
		}
		report(sets, options, out);
	}

	private static void report(List<LoadedSet> sets, EvaluationOptions options, PrintStream out) {
		TextReport text = new TextReport(out, options.errors());
		List<SetResult> results = new ArrayList<>();
		try (SentenceEncoder encoder = options.lexical() ? null : SentenceEncoder.loadBundled()) {
			for (LoadedSet set : sets) {
				SetResult result = evaluate(set, encoder);
				if (options.json()) {
					results.add(result);
				}
				else {
					text.print(result);
				}
			}
		}
		if (options.json()) {
			out.println(new JsonReport(options.errors()).render(results));
		}
	}

	/**
	 * Evaluates every system on one set.
	 *
	 * @param set the knowledge base and its questions
	 * @param embedder the sentence embedder for the hybrid engine and the semantic baseline, or
	 * {@code null} for the lexical systems alone
	 * @return the results, the engine's first
	 */
	static SetResult evaluate(LoadedSet set, TextEmbedder embedder) {
		List<Function<Collection<Guide>, Responder>> systems = new ArrayList<>();
		if (embedder != null) {
			systems.add(guides -> EngineResponder.openHybrid(guides, embedder));
		}
		systems.addAll(LEXICAL_SYSTEMS);
		if (embedder != null) {
			systems.add(guides -> SemanticBaseline.open(guides, embedder));
		}
		List<TrialResult> trials = new ArrayList<>();
		for (Function<Collection<Guide>, Responder> system : systems) {
			try (Responder responder = system.apply(set.guides())) {
				trials.add(Trial.run(responder, set.questions()));
			}
		}
		return new SetResult(set.questions(), set.guideFile(), set.guidesById(), trials);
	}

	/**
	 * A knowledge base and its questions, read and checked before any system is built, so that a
	 * bad file fails the command at once rather than after the sets before it.
	 *
	 * @param guideFile where the guides come from
	 * @param guides the guides
	 * @param questions the questions, every gold id naming one of the guides
	 */
	record LoadedSet(Path guideFile, List<Guide> guides, QuestionSet questions) {

		LoadedSet {
			guides = List.copyOf(guides);
		}

		static LoadedSet load(EvaluationOptions.EvaluationSet set)
				throws IOException, GuideFileException, QuestionSetException {
			List<Guide> guides = GuideReader.read(set.guides());
			QuestionSet questions = QuestionSet.read(set.questions());
			questions.requireGuides(guides.stream().map(Guide::id).collect(Collectors.toSet()));
			return new LoadedSet(set.guides(), guides, questions);
		}

		Map<String, Guide> guidesById() {
			Map<String, Guide> byId = new LinkedHashMap<>();
			guides.forEach(guide -> byId.put(guide.id(), guide));
			return byId;
		}

	}

}
