package org.govassist.kb.semantic;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.govassist.kb.demo.DemoKnowledgeBase;
import org.govassist.kb.guide.Faq;
import org.govassist.kb.guide.Guide;

/**
 * The sentence encoder benchmark: how long the bundled model takes to load, the latency of one
 * query on one thread ({@value #QUERIES} short questions after {@value #WARM_UP} warm-up ones), the
 * throughput of {@link SentenceEncoder#embedPassages} over {@value #PASSAGES} passages, and the
 * memory the process then uses.
 *
 * <p>The texts are the demo knowledge base's titles, aliases and FAQ questions (queries) and those
 * with its FAQ answers and summaries (passages), repeated as needed. It takes no arguments and ends
 * by itself; the thread settings are the {@link EncoderSettings#DEFAULTS}.
 */
public final class EncoderBenchmark {

	static final int WARM_UP = 100;

	static final int QUERIES = 500;

	static final int PASSAGES = 1_000;

	private EncoderBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		List<Guide> guides = DemoKnowledgeBase.guides();
		List<String> questions = repeatedTo(QUERIES, questionLikeTexts(guides));
		List<String> passages = repeatedTo(PASSAGES, passages(guides));

		long loadStart = System.nanoTime();
		try (SentenceEncoder encoder = SentenceEncoder.loadBundled()) {
			double loadMillis = millisSince(loadStart);
			out.printf(Locale.ROOT, "load: %.0f ms (%d processors, %d passage threads)%n", loadMillis,
					Runtime.getRuntime().availableProcessors(), EncoderSettings.DEFAULTS.passageThreads());

			for (String question : questions.subList(0, WARM_UP)) {
				encoder.embedQuery(question);
			}
			long[] nanos = new long[questions.size()];
			int[] tokens = new int[questions.size()];
			WordPieceTokenizer tokenizer = WordPieceTokenizer.bundled();
			for (int i = 0; i < questions.size(); i++) {
				long start = System.nanoTime();
				encoder.embedQuery(questions.get(i));
				nanos[i] = System.nanoTime() - start;
				tokens[i] = tokenizer.encode(SentenceEncoder.QUERY_PREFIX + questions.get(i)).length;
			}
			Arrays.sort(nanos);
			out.printf(Locale.ROOT, "query, one thread: p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d queries, %.1f tokens on average)%n",
					percentileMillis(nanos, 50), percentileMillis(nanos, 99), percentileMillis(nanos, 100), nanos.length,
					Arrays.stream(tokens).average().orElse(0));

			long passageStart = System.nanoTime();
			encoder.embedPassages(passages);
			double passageMillis = millisSince(passageStart);
			out.printf(Locale.ROOT, "passages: %d in %.0f ms, %.0f per second (%.1f tokens on average)%n", passages.size(),
					passageMillis, passages.size() * 1000 / passageMillis,
					passages.stream().mapToInt(text -> tokenizer.encode(text).length).average().orElse(0));

			MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
			out.printf(Locale.ROOT, "memory: heap used %d MB, resident %s%n", heap.getUsed() >> 20, residentMemory());
		}
	}

	private static List<String> questionLikeTexts(List<Guide> guides) {
		List<String> texts = new ArrayList<>();
		for (Guide guide : guides) {
			texts.add(guide.title());
			texts.addAll(guide.aliases());
			guide.faqs().stream().map(Faq::q).forEach(texts::add);
		}
		return texts;
	}

	private static List<String> passages(List<Guide> guides) {
		List<String> texts = new ArrayList<>(questionLikeTexts(guides));
		for (Guide guide : guides) {
			if (guide.summary() != null) {
				texts.add(guide.summary());
			}
			guide.faqs().stream().map(Faq::a).forEach(texts::add);
		}
		return texts;
	}

	private static List<String> repeatedTo(int count, List<String> texts) {
		List<String> repeated = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			repeated.add(texts.get(i % texts.size()));
		}
		return repeated;
	}

	/** Nearest rank over sorted durations. */
	private static double percentileMillis(long[] sortedNanos, double p) {
		int rank = (int) Math.ceil(p / 100 * sortedNanos.length);
		return sortedNanos[Math.max(0, rank - 1)] / 1e6;
	}

	private static double millisSince(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e6;
	}

	/** The process's resident set size where Linux reports it. */
	private static String residentMemory() {
		try {
			return Files.readAllLines(Path.of("/proc/self/status")).stream()
					.filter(line -> line.startsWith("VmRSS:"))
					.map(line -> (Long.parseLong(line.replaceAll("\\D", "")) >> 10) + " MB")
					.findFirst()
					.orElse("unknown");
		}
		catch (java.io.IOException | RuntimeException e) {
			return "unknown";
		}
	}

}
