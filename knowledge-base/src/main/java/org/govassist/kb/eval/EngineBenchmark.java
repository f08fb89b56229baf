package org.govassist.kb.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.govassist.kb.demo.DemoKnowledgeBase;
import org.govassist.kb.guide.Guide;
import org.govassist.kb.semantic.SentenceEncoder;

/**
 * The engine benchmark: index build time, heap, per-question latency and throughput of the
 * consultation engine over (a) the demo knowledge base and (b) a generated knowledge base of
 * 10,000 guides, both asked the development questions.
 *
 * <p>Run it through {@code scripts/bench-engine.sh [--rounds R] [--generated N] [--shared DIR]}.
 * Every measurement has a fixed number of iterations, so the run ends by itself: per knowledge
 * base one build, {@value #WARM_UP_ROUNDS} warm-up rounds over the questions, then R measured
 * rounds (default {@value #DEFAULT_ROUNDS}) on one thread and R rounds on each of two threads.
 * It prints one table; docs/benchmarks.md explains the columns.
 */
public final class EngineBenchmark {

	static final int WARM_UP_ROUNDS = 2;

	static final int DEFAULT_ROUNDS = 5;

	private static final String USAGE = """
			usage: bench-engine.sh [--rounds R] [--generated N] [--lexical] [--shared DIR]
			  --rounds R      measured rounds over the questions per thread count (default 5)
			  --generated N   guides in the generated knowledge base (default 10000)
			  --lexical       leave out hybrid retrieval (no sentence-embedding model)
			  --shared DIR    where bench/questions-dev.tsv lives (default: ../shared)
			""";

	private EngineBenchmark() {
	}

	/**
	 * Runs the benchmark and prints its table.
	 *
	 * @param args {@code [--rounds R] [--generated N] [--shared DIR]}
	 */
	public static void main(String[] args) throws InterruptedException, ExecutionException {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (UsageException ex) {
			err.println(ex.getMessage());
			err.print(USAGE);
			System.exit(2);
			return;
		}
		int rounds = options.rounds();
		Path questionFile = options.shared().resolve(Path.of("bench", "questions-dev.tsv"));
		List<String> questions;
		try {
			questions = QuestionSet.read(questionFile).questions().stream().map(LabelledQuestion::text).toList();
		}
		catch (IOException | QuestionSetException ex) {
			err.println("cannot read the development questions " + questionFile.toAbsolutePath().normalize() + ": "
					+ ex.getMessage() + "\nname their folder with --shared DIR");
			System.exit(1);
			return;
		}
		List<Guide> demo = DemoKnowledgeBase.guides();
		describeMachine(out, rounds, questions.size());
		List<Guide> large = GuideGenerator.generate(options.generated(), GuideGenerator.DEFAULT_SEED);
		List<BenchmarkResult> results = new ArrayList<>();
		long modelStart = System.nanoTime();
		try (SentenceEncoder encoder = options.lexical() ? null : SentenceEncoder.loadBundled()) {
			if (encoder != null) {
				out.printf(Locale.ROOT, "sentence-embedding model loaded in %.0f ms%n%n", (System.nanoTime() - modelStart) / 1e6);
			}
			// A throwaway build loads dictionaries and models once, so that build times measure indexing.
			try (Responder engine = EngineResponder.open(demo)) {
				engine.respond(questions.getFirst());
			}
			results.add(measure("demo", demo, questions, rounds, EngineResponder::open));
			results.add(measure("generated", large, questions, rounds, EngineResponder::open));
			if (encoder != null) {
				Function<List<Guide>, Responder> hybrid = guides -> EngineResponder.openHybrid(guides, encoder);
				results.add(measure("demo, hybrid", demo, questions, rounds, hybrid));
				results.add(measure("generated, hybrid", large, questions, rounds, hybrid));
			}
		}
		out.print(table(results).render());
	}

	private static void describeMachine(PrintStream out, int rounds, int questions) {
		Runtime runtime = Runtime.getRuntime();
		out.printf(Locale.ROOT, "%s, Java %s, %d processors, max heap %d MB%n", LocalDate.now(),
				Runtime.version(), runtime.availableProcessors(), runtime.maxMemory() >> 20);
		out.printf(Locale.ROOT, "%d questions per round, %d warm-up rounds, %d measured rounds per thread count%n%n",
				questions, WARM_UP_ROUNDS, rounds);
	}

	/**
	 * Measures the engine over one knowledge base.
	 *
	 * @param name what the knowledge base is
	 * @param guides its guides
	 * @param questions the questions of one round
	 * @param rounds measured rounds per thread count
	 * @param open builds the engine over the guides
	 * @return the measurements
	 */
	static BenchmarkResult measure(String name, List<Guide> guides, List<String> questions, int rounds,
			Function<List<Guide>, Responder> open) throws InterruptedException, ExecutionException {
		long heapBefore = usedHeapAfterGc();
		long start = System.nanoTime();
		try (Responder engine = open.apply(guides)) {
			double buildMillis = (System.nanoTime() - start) / 1e6;
			long heapAfter = usedHeapAfterGc();
			askRounds(engine, questions, WARM_UP_ROUNDS);
			long singleStart = System.nanoTime();
			Latencies latencies = askRounds(engine, questions, rounds);
			double singleSeconds = (System.nanoTime() - singleStart) / 1e9;
			double twoThreadsSeconds = askOnThreads(engine, questions, rounds, 2);
			int asked = questions.size() * rounds;
			return new BenchmarkResult(name, guides.size(), questions.size(), buildMillis, heapAfter,
					Math.max(0, heapAfter - heapBefore), latencies, asked / singleSeconds, 2 * asked / twoThreadsSeconds);
		}
	}

	private static Latencies askRounds(Responder engine, List<String> questions, int rounds) {
		Latencies latencies = new Latencies();
		for (int round = 0; round < rounds; round++) {
			for (String question : questions) {
				long start = System.nanoTime();
				engine.respond(question);
				latencies.add(System.nanoTime() - start);
			}
		}
		return latencies;
	}

	/** Seconds it takes {@code threads} threads to ask every question {@code rounds} times each. */
	private static double askOnThreads(Responder engine, List<String> questions, int rounds, int threads)
			throws InterruptedException, ExecutionException {
		try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
			CountDownLatch ready = new CountDownLatch(threads);
			CountDownLatch go = new CountDownLatch(1);
			List<Future<?>> runs = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				runs.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					return askRounds(engine, questions, rounds);
				}));
			}
			ready.await();
			long start = System.nanoTime();
			go.countDown();
			for (Future<?> run : runs) {
				run.get();
			}
			return (System.nanoTime() - start) / 1e9;
		}
	}

	private static long usedHeapAfterGc() throws InterruptedException {
		// Several collections, as one System.gc() may leave objects awaiting finalisation of their referents.
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(50);
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	static Table table(List<BenchmarkResult> results) {
		Table table = new Table("knowledge base", "guides", "build s", "heap MB", "engine MB", "p50 ms", "p90 ms", "p99 ms",
				"max ms", "q/s 1 thread", "q/s 2 threads");
		for (BenchmarkResult r : results) {
			table.row(r.knowledgeBase(), Integer.toString(r.guides()), format("%.2f", r.buildMillis() / 1000),
					format("%.0f", r.heapAfterBuildBytes() / 1048576.0), format("%.0f", r.engineHeapBytes() / 1048576.0),
					format("%.2f", r.latencies().percentileMillis(50)), format("%.2f", r.latencies().percentileMillis(90)),
					format("%.2f", r.latencies().percentileMillis(99)), format("%.2f", r.latencies().maxMillis()),
					format("%.0f", r.singleThreadPerSecond()), format("%.0f", r.twoThreadsPerSecond()));
		}
		return table;
	}

	private static String format(String pattern, double value) {
		return String.format(Locale.ROOT, pattern, value);
	}

	/**
	 * The benchmark's command line.
	 *
	 * @param rounds measured rounds over the questions per thread count
	 * @param generated guides in the generated knowledge base
	 * @param shared the folder holding {@code bench/questions-dev.tsv}
	 */
	record Options(int rounds, int generated, boolean lexical, Path shared) {

		static Options parse(String... args) throws UsageException {
			int rounds = DEFAULT_ROUNDS;
			int generated = GuideGenerator.DEFAULT_COUNT;
			boolean lexical = false;
			Path shared = Path.of("..", "shared");
			for (int i = 0; i < args.length; i++) {
				switch (args[i]) {
					case "--rounds" -> rounds = number(args, ++i, Integer.MAX_VALUE);
					case "--generated" -> generated = number(args, ++i, GuideGenerator.capacity());
					case "--lexical" -> lexical = true;
					case "--shared" -> shared = Path.of(value(args, ++i));
					default -> throw new UsageException("unknown argument: " + args[i]);
				}
			}
			return new Options(rounds, generated, lexical, shared);
		}

		private static int number(String[] args, int index, int max) throws UsageException {
			String value = value(args, index);
			try {
				int number = Integer.parseInt(value);
				if (number >= 1 && number <= max) {
					return number;
				}
			}
			catch (NumberFormatException ex) {
				// reported below, like a number out of range
			}
			throw new UsageException(args[index - 1] + " needs a whole number from 1 to " + max + ", not " + value);
		}

		private static String value(String[] args, int index) throws UsageException {
			if (index >= args.length) {
				throw new UsageException(args[index - 1] + " needs a value");
			}
			return args[index];
		}

	}

}
