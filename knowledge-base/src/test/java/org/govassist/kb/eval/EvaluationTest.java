package org.govassist.kb.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.govassist.kb.eval.Evaluation.LoadedSet;
import org.govassist.kb.eval.EvaluationOptions.EvaluationSet;
import org.govassist.kb.guide.GuideFileException;
import org.govassist.kb.guide.GuideWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {

	@TempDir
	Path dir;

	private Path guides;

	@BeforeEach
	void writeGuides() throws IOException {
		guides = dir.resolve("guides.json");
		try (OutputStream out = Files.newOutputStream(guides)) {
			GuideWriter.write(TestGuides.identityGuides(), out);
		}
	}

	@Test
	void theEngineAndEveryBaselineAreScoredOnEveryQuestion() throws Exception {
		Path questions = Files.writeString(dir.resolve("identity.tsv"),
				"question\tgold\n护照多久能拿到\tpassport-application\n身份证丢了补办\tid-card-reissue\n明天下雨吗\t\n");

		SetResult result = Evaluation.evaluate(LoadedSet.load(new EvaluationSet(guides, questions)), null);

		assertThat(result.questions().name()).isEqualTo("identity");
		assertThat(result.trials()).extracting(trial -> trial.metrics().system())
				.containsExactly("engine-lexical", "bm25-smartcn", "bm25-cjk", "bm25-standard");
		assertThat(result.trials()).allSatisfy(trial -> {
			assertThat(trial.metrics().questions()).isEqualTo(3);
			assertThat(trial.metrics().inScope()).isEqualTo(2);
		});
		assertThat(result.engine()).isPresent();
		assertThat(result.describe("passport-application")).isEqualTo("passport-application 普通护照申请");
	}

	@Test
	void goldIdsMissingFromTheGuidesFailBeforeAnythingIsBuilt() throws IOException {
		Path questions = Files.writeString(dir.resolve("identity.tsv"), "question\tgold\n护照多久能拿到\tpassport-renewal\n");

		assertThatExceptionOfType(QuestionSetException.class)
				.isThrownBy(() -> LoadedSet.load(new EvaluationSet(guides, questions)))
				.withMessageContaining("line 2: no guide has the id 'passport-renewal'");
	}

	@Test
	void anInvalidGuideFileIsRejectedWithTheReadersProblems() throws IOException {
		Path bad = Files.writeString(dir.resolve("bad.json"), "[{\"id\": \"x\"}]");
		Path questions = Files.writeString(dir.resolve("identity.tsv"), "question\tgold\n护照多久能拿到\t\n");

		assertThatExceptionOfType(GuideFileException.class)
				.isThrownBy(() -> LoadedSet.load(new EvaluationSet(bad, questions)))
				.withMessageContaining("title");
	}

}
