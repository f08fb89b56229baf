package org.govassist.kb.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.govassist.kb.guide.Guide;
import org.govassist.kb.guide.GuideWriter;
import org.junit.jupiter.api.Test;

class DemoKnowledgeBaseTest {

	@Test
	void hasAtLeastEightyGuidesWithUniqueIds() {
		List<Guide> guides = DemoKnowledgeBase.guides();

		assertThat(guides).hasSizeGreaterThanOrEqualTo(80);
		assertThat(guides).extracting(Guide::id).doesNotHaveDuplicates();
	}

	@Test
	void everyGuideTellsWhatItIsWhoHandlesItAndWhatToBringOrDo() {
		assertThat(DemoKnowledgeBase.guides()).allSatisfy(guide -> {
			assertThat(guide.title()).as("title of %s", guide.id()).isNotBlank();
			assertThat(guide.department()).as("department of %s", guide.id()).isNotBlank();
			assertThat(guide.summary()).as("summary of %s", guide.id()).isNotBlank();
			assertThat(guide.materials().isEmpty() && guide.process().isEmpty())
				.as("%s has neither materials nor process", guide.id())
				.isFalse();
		});
	}

	@Test
	void everyGuideBelongsToTheDemoCity() {
		assertThat(DemoKnowledgeBase.guides()).extracting(Guide::department).allMatch(department -> department.contains("临江市"));
	}

	@Test
	void guidesAreLoadedOnceAndCannotBeChanged() {
		List<Guide> guides = DemoKnowledgeBase.guides();

		assertThat(DemoKnowledgeBase.guides()).isSameAs(guides);
		assertThat(guides).isUnmodifiable();
	}

	@Test
	void bundledFileIsInTheLayoutTheWriterProduces() throws Exception {
		String bundled;
		try (InputStream in = DemoKnowledgeBase.class.getResourceAsStream(DemoKnowledgeBase.RESOURCE)) {
			bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}

		assertThat(GuideWriter.toJson(DemoKnowledgeBase.guides())).isEqualTo(bundled);
	}

}
