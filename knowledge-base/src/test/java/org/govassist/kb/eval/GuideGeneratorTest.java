package org.govassist.kb.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.govassist.kb.guide.Faq;
import org.govassist.kb.guide.Guide;
import org.govassist.kb.guide.GuideFileException;
import org.govassist.kb.guide.GuideReader;
import org.govassist.kb.guide.GuideWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuideGeneratorTest {

	@Test
	void theCatalogueYieldsAtLeastTheDefaultTenThousandGuides() {
		assertThat(GuideGenerator.capacity()).isGreaterThanOrEqualTo(GuideGenerator.DEFAULT_COUNT);
	}

	@Test
	void everyGuideOfTheWholeCatalogueHasAUniqueValidIdAndTheRequiredFields() {
		List<Guide> guides = GuideGenerator.generate(GuideGenerator.capacity(), GuideGenerator.DEFAULT_SEED);

		Set<String> ids = new HashSet<>();
		for (Guide guide : guides) {
			assertThat(guide.id()).matches("[a-z0-9][a-z0-9-]{2,63}");
			assertThat(ids.add(guide.id())).as("unique " + guide.id()).isTrue();
			assertThat(List.of(guide.title(), guide.department(), guide.summary())).as(guide.id()).allSatisfy(
					text -> assertThat(text).isNotBlank());
		}
	}

	@Test
	void noPlaceholderIsLeftUnfilled() {
		for (Guide guide : GuideGenerator.generate(2_000, 7)) {
			assertThat(texts(guide)).as(guide.id()).noneMatch(text -> text.contains("{") || text.contains("}"));
		}
	}

	@Test
	void guidesReadLikeRealOnes() {
		Guide guide = GuideGenerator.generate(GuideGenerator.capacity(), GuideGenerator.DEFAULT_SEED).stream()
				.filter(candidate -> candidate.id().equals("binjiang-id-card-reissue"))
				.findFirst()
				.orElseThrow();

		assertThat(guide.title()).isEqualTo("居民身份证遗失补领（滨江区）");
		assertThat(guide.department()).isEqualTo("临江市公安局滨江分局");
		assertThat(guide.aliases()).hasSizeBetween(2, 3).allSatisfy(alias -> assertThat(alias).contains("身份证"));
		assertThat(guide.materials()).isNotEmpty();
		assertThat(guide.process()).isNotEmpty();
		assertThat(guide.fee()).contains("40元");
		assertThat(guide.location()).startsWith("滨江区政务服务中心").contains("江滨路118号");
		assertThat(guide.faqs()).extracting(Faq::q).anyMatch(q -> q.contains("滨江区"));
		assertThat(guide.onlineUrl()).endsWith("/binjiang-id-card-reissue");
	}

	@Test
	void theSameCountAndSeedGiveTheSameGuides() {
		assertThat(GuideGenerator.generate(500, 42)).isEqualTo(GuideGenerator.generate(500, 42));
		assertThat(GuideGenerator.generate(500, 42)).isNotEqualTo(GuideGenerator.generate(500, 43));
	}

	@Test
	void aLargerKnowledgeBaseContainsTheGuidesOfASmallerOne() {
		List<Guide> small = GuideGenerator.generate(300, 42);
		List<Guide> large = GuideGenerator.generate(3_000, 42);

		assertThat(large).containsAll(small);
	}

	@Test
	void countsBeyondTheCatalogueAreRejected() {
		assertThatIllegalArgumentException()
				.isThrownBy(() -> GuideGenerator.generate(GuideGenerator.capacity() + 1, 1))
				.withMessageContaining("can generate 1 to " + GuideGenerator.capacity());
		assertThatIllegalArgumentException().isThrownBy(() -> GuideGenerator.generate(0, 1));
	}

	@Test
	void theWholeCatalogueIsAValidGuideFileThatReadsBackUnchanged(@TempDir Path dir) throws IOException, GuideFileException {
		List<Guide> guides = GuideGenerator.generate(GuideGenerator.capacity(), GuideGenerator.DEFAULT_SEED);
		Path file = dir.resolve("guides.json");
		try (OutputStream out = Files.newOutputStream(file)) {
			GuideWriter.write(guides, out);
		}

		assertThat(GuideReader.read(file)).isEqualTo(guides);
	}

	private static List<String> texts(Guide guide) {
		List<String> texts = new ArrayList<>(List.of(guide.id(), guide.title(), guide.department(), guide.category(),
				guide.summary(), guide.conditions(), guide.timeLimit(), guide.fee(), guide.location(), guide.hours(),
				guide.phone(), guide.legalBasis(), guide.onlineUrl()));
		texts.addAll(guide.aliases());
		texts.addAll(guide.materials());
		texts.addAll(guide.process());
		guide.faqs().forEach(faq -> texts.addAll(List.of(faq.q(), faq.a())));
		return texts;
	}

	@Test
	void theCommandLineTakesACountAFileAndASeed() throws UsageException {
		assertThat(GuideGenerator.Options.parse()).isEqualTo(
				new GuideGenerator.Options(GuideGenerator.DEFAULT_COUNT, null, GuideGenerator.DEFAULT_SEED));
		assertThat(GuideGenerator.Options.parse("500", "kb.json", "--seed", "9"))
				.isEqualTo(new GuideGenerator.Options(500, Path.of("kb.json"), 9));
	}

	@Test
	void theCommandLineRejectsCountsTheCatalogueCannotMeet() {
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> GuideGenerator.Options.parse("99999"))
				.withMessage("N must be a whole number from 1 to " + GuideGenerator.capacity() + ", not 99999");
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> GuideGenerator.Options.parse("many"))
				.withMessageEndingWith("not many");
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> GuideGenerator.Options.parse("1", "a", "b"))
				.withMessage("unexpected argument: b");
	}

}
