package org.govassist.kb.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The evaluation command's options.
 *
 * @param sets the knowledge bases and question sets to evaluate, in order
 * @param errors whether to list the questions the engine missed
 * @param json whether to print JSON instead of tables
 * @param lexical whether to leave out the sentence-embedding model (hybrid engine and semantic baseline)
 */
record EvaluationOptions(List<EvaluationSet> sets, boolean errors, boolean json, boolean lexical) {

	static final String USAGE = """
			usage: evaluate.sh [--guides FILE --questions FILE]... [--errors] [--json] [--lexical] [--shared DIR]
			  --guides FILE --questions FILE   a guide file and its labelled questions (TSV); repeatable.
			                                   Default: the development sets under DIR/bench
			  --errors                         also list every question the engine answered wrongly or left unresolved
			  --json                           print JSON instead of tables
			  --lexical                        leave out the sentence-embedding model: no hybrid engine, no semantic baseline
			  --shared DIR                     where the default development sets live (default: ../shared)
			""";

	EvaluationOptions {
		sets = List.copyOf(sets);
	}

	/**
	 * Reads the command line.
	 *
	 * @param args the arguments
	 * @return the options, with the default sets when none were named
	 * @throws UsageException if the arguments are malformed or the default sets are missing
	 */
	static EvaluationOptions parse(String... args) throws UsageException {
		List<EvaluationSet> sets = new ArrayList<>();
		Path pendingGuides = null;
		Path shared = Path.of("..", "shared");
		boolean errors = false;
		boolean json = false;
		boolean lexical = false;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			switch (arg) {
				case "--guides" -> {
					if (pendingGuides != null) {
						throw new UsageException("--guides " + pendingGuides + " has no --questions FILE after it");
					}
					pendingGuides = Path.of(valueOf(args, ++i, arg, "FILE"));
				}
				case "--questions" -> {
					if (pendingGuides == null) {
						throw new UsageException("--questions must follow a --guides FILE");
					}
					sets.add(new EvaluationSet(pendingGuides, Path.of(valueOf(args, ++i, arg, "FILE"))));
					pendingGuides = null;
				}
				case "--shared" -> shared = Path.of(valueOf(args, ++i, arg, "DIR"));
				case "--errors" -> errors = true;
				case "--json" -> json = true;
				case "--lexical" -> lexical = true;
				default -> throw new UsageException("unknown argument: " + arg);
			}
		}
		if (pendingGuides != null) {
			throw new UsageException("--guides " + pendingGuides + " has no --questions FILE after it");
		}
		if (sets.isEmpty()) {
			sets = defaultSets(shared);
		}
		return new EvaluationOptions(sets, errors, json, lexical);
	}

	private static String valueOf(String[] args, int index, String option, String what) throws UsageException {
		if (index >= args.length || args[index].startsWith("--")) {
			throw new UsageException(option + " needs a " + what);
		}
		return args[index];
	}

	/**
	 * The two development sets: the demo knowledge base with its questions, and the real
	 * citizens' queries with their one-line guides.
	 */
	static List<EvaluationSet> defaultSets(Path shared) throws UsageException {
		Path bench = shared.resolve("bench");
		List<EvaluationSet> sets = List.of(
				new EvaluationSet(bench.resolve("guides.json"), bench.resolve("questions-dev.tsv")),
				new EvaluationSet(bench.resolve(Path.of("real", "sz-guides.json")), bench.resolve(Path.of("real", "sz-dev.tsv"))));
		List<String> missing = new ArrayList<>();
		for (EvaluationSet set : sets) {
			for (Path file : List.of(set.guides(), set.questions())) {
				if (!Files.isRegularFile(file)) {
					missing.add(file.toAbsolutePath().normalize().toString());
				}
			}
		}
		if (!missing.isEmpty()) {
			throw new UsageException("the default development sets are missing: " + String.join(", ", missing)
					+ "\nname them with --shared DIR, or evaluate other files with --guides FILE --questions FILE");
		}
		return sets;
	}

	/**
	 * A knowledge base and the questions to ask it.
	 *
	 * @param guides the guide file
	 * @param questions the labelled question file
	 */
	record EvaluationSet(Path guides, Path questions) {

	}

}
