package org.govassist.kb.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.govassist.kb.eval.GuideCatalog.Place;
import org.govassist.kb.eval.GuideCatalog.Subject;
import org.govassist.kb.guide.Faq;
import org.govassist.kb.guide.Guide;
import org.govassist.kb.guide.GuideWriter;

/**
 * Generates a large knowledge base of realistic-looking guides for benchmarks: every certificate,
 * licence and benefit of a catalogue, with each of its matters (first application, renewal,
 * replacement of a lost one, change, cancellation, ...), as offered by the city and each of its
 * districts, counties and zones, with Chinese titles, everyday aliases, materials, steps, time
 * limits, fees, places, hours and FAQs.
 *
 * <p>Deterministic: the same count and seed give the same guides, and a guide's content depends
 * only on the seed and its id, so a larger knowledge base contains most of a smaller one's guides.
 *
 * <p>Command line: {@code scripts/generate-guides.sh [N [OUT.json]] [--seed S]} writes N guides
 * (default 10,000) in the guide file format to OUT.json, or to standard output.
 */
public final class GuideGenerator {

	/** The seed used when none is given. */
	public static final long DEFAULT_SEED = 20_260_101L;

	/** The number of guides generated when none is given. */
	public static final int DEFAULT_COUNT = 10_000;

	private static final Set<String> WITH_SUBJECT_MATERIALS = Set.of("first", "apply", "renew");

	private static final List<String> HOURS = List.of(
			"周一至周五 9:00—12:00，13:30—17:00（法定节假日除外）",
			"周一至周五 8:30—12:00，14:00—17:30；周六上午9:00—12:00提供延时服务（法定节假日除外）",
			"周一至周日 9:00—17:00（法定节假日除外）");

	private static final LocalDate FIRST_UPDATE = LocalDate.of(2025, 1, 1);

	private static final int UPDATE_DAYS = 660;

	private GuideGenerator() {
	}

	/**
	 * How many distinct guides the catalogue can produce.
	 *
	 * @return the largest count {@link #generate} accepts
	 */
	public static int capacity() {
		return allMatters().size();
	}

	/**
	 * Generates guides.
	 *
	 * @param count how many, 1 to {@link #capacity()}
	 * @param seed the seed that picks which matters and all varying details
	 * @return the guides, grouped by place and subject, ids unique
	 */
	public static List<Guide> generate(int count, long seed) {
		List<Matter> matters = allMatters();
		if (count < 1 || count > matters.size()) {
			throw new IllegalArgumentException("can generate 1 to " + matters.size() + " guides, not " + count);
		}
		Collections.shuffle(matters, new Random(seed));
		List<Matter> chosen = new ArrayList<>(matters.subList(0, count));
		chosen.sort(Comparator.comparingInt(Matter::order));
		return chosen.stream().map(matter -> matter.guide(seed)).toList();
	}

	private static List<Matter> allMatters() {
		List<Matter> matters = new ArrayList<>();
		for (Place place : GuideCatalog.PLACES) {
			for (Subject subject : GuideCatalog.SUBJECTS) {
				for (MatterKind kind : subject.matters()) {
					matters.add(new Matter(matters.size(), place, subject, kind));
				}
			}
		}
		return matters;
	}

	/**
	 * Writes generated guides as a guide file.
	 *
	 * @param args {@code [N [OUT.json]] [--seed S]}
	 * @throws IOException if the file cannot be written
	 */
	public static void main(String[] args) throws IOException {
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (UsageException ex) {
			err.println(ex.getMessage());
			err.println("usage: generate-guides.sh [N [OUT.json]] [--seed S]   (N: 1 to " + capacity() + ", default "
					+ DEFAULT_COUNT + ")");
			System.exit(2);
			return;
		}
		List<Guide> guides = generate(options.count(), options.seed());
		if (options.out() == null) {
			GuideWriter.write(guides, System.out);
			return;
		}
		try (OutputStream stream = Files.newOutputStream(options.out())) {
			GuideWriter.write(guides, stream);
		}
		err.println("wrote " + guides.size() + " guides to " + options.out());
	}

	/**
	 * The generator's command line.
	 *
	 * @param count how many guides
	 * @param out the file to write, or {@code null} for standard output
	 * @param seed the seed
	 */
	record Options(int count, Path out, long seed) {

		static Options parse(String... args) throws UsageException {
			List<String> positional = new ArrayList<>();
			long seed = DEFAULT_SEED;
			for (int i = 0; i < args.length; i++) {
				if (args[i].equals("--seed")) {
					if (++i == args.length) {
						throw new UsageException("--seed needs a number");
					}
					seed = parseNumber(args[i], "--seed needs a whole number");
				}
				else if (args[i].startsWith("--") || positional.size() == 2) {
					throw new UsageException("unexpected argument: " + args[i]);
				}
				else {
					positional.add(args[i]);
				}
			}
			int capacity = capacity();
			long count = positional.isEmpty() ? DEFAULT_COUNT
					: parseNumber(positional.getFirst(), "N must be a whole number from 1 to " + capacity);
			if (count < 1 || count > capacity) {
				throw new UsageException("N must be a whole number from 1 to " + capacity + ", not " + count);
			}
			return new Options((int) count, positional.size() == 2 ? Path.of(positional.get(1)) : null, seed);
		}

		private static long parseNumber(String text, String problem) throws UsageException {
			try {
				return Long.parseLong(text);
			}
			catch (NumberFormatException ex) {
				throw new UsageException(problem + ", not " + text);
			}
		}

	}

	/**
	 * One matter of one subject in one place: what one generated guide describes.
	 *
	 * @param order its position in the catalogue, which orders the generated guides
	 */
	private record Matter(int order, Place place, Subject subject, MatterKind kind) {

		String id() {
			return place.code() + "-" + subject.code() + "-" + kind.code();
		}

		Guide guide(long seed) {
			String id = id();
			Random random = new Random(seed * 1_000_003L + id.hashCode());
			String department = subject.department().nameIn(place);
			Map<String, String> values = Map.of("subject", subject.name(), "short", subject.shortName(), "department",
					department, "place", place.name(), "centre", place.centre());
			String title = Template.fill(kind.title(), values) + (place.city() ? "" : "（" + place.name() + "）");
			List<String> aliases = new ArrayList<>(kind.aliases());
			Collections.shuffle(aliases, random);
			List<String> materials = new ArrayList<>(fill(kind.materials(), values));
			if (WITH_SUBJECT_MATERIALS.contains(kind.code())) {
				materials.addAll(subject.materials());
			}
			String fee = kind.charged() ? subject.fee() : "不收费";
			String location = place.centre() + (1 + random.nextInt(3)) + "楼" + (1 + random.nextInt(40)) + "号窗口（"
					+ place.address() + "）";
			String hours = pick(HOURS, random);
			List<Faq> faqs = new ArrayList<>();
			for (Faq faq : kind.faqs()) {
				faqs.add(new Faq(Template.fill(faq.q(), values), Template.fill(faq.a(), values)));
			}
			faqs.add(new Faq("在" + place.name() + "去哪里办" + subject.shortName() + "？", location + "，办公时间" + hours + "。"));
			if (!fee.equals("不收费")) {
				faqs.add(new Faq("办" + subject.shortName() + "要交多少钱？", fee + "。"));
			}
			return new Guide(id, title, fill(aliases.subList(0, 2 + random.nextInt(2)), values), department,
					subject.category(), subject.audience(), Template.fill(kind.summary(), values),
					Template.fill(kind.conditions(), values), materials, fill(kind.process(), values),
					pick(kind.timeLimits(), random), fee, location, hours,
					"0999-" + (80_000_000 + random.nextInt(10_000_000)), subject.legalBasis(),
					"https://zwfw.linjiang.example/guide/" + id, faqs, FIRST_UPDATE.plusDays(random.nextInt(UPDATE_DAYS)));
		}

		private static List<String> fill(List<String> patterns, Map<String, String> values) {
			return patterns.stream().map(pattern -> Template.fill(pattern, values)).toList();
		}

		private static String pick(List<String> choices, Random random) {
			return choices.get(random.nextInt(choices.size()));
		}

	}

}
