package org.govassist.kb.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.govassist.kb.eval.EvaluationOptions.EvaluationSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationOptionsTest {

	@Test
	void guidesAndQuestionsComeInPairs() throws UsageException {
		EvaluationOptions options = EvaluationOptions.parse("--guides", "a.json", "--questions", "a.tsv", "--errors",
				"--guides", "b.json", "--questions", "b.tsv");

		assertThat(options.sets()).containsExactly(new EvaluationSet(Path.of("a.json"), Path.of("a.tsv")),
				new EvaluationSet(Path.of("b.json"), Path.of("b.tsv")));
		assertThat(options.errors()).isTrue();
		assertThat(options.json()).isFalse();
	}

	@Test
	void withoutSetsTheDevelopmentSetsUnderTheSharedFolderAreUsed(@TempDir Path shared) throws IOException, UsageException {
		Path bench = Files.createDirectories(shared.resolve("bench/real"));
		for (String file : new String[] { "guides.json", "questions-dev.tsv", "real/sz-guides.json", "real/sz-dev.tsv" }) {
			Files.writeString(shared.resolve("bench").resolve(file), "");
		}

		EvaluationOptions options = EvaluationOptions.parse("--json", "--shared", shared.toString());

		assertThat(options.json()).isTrue();
		assertThat(options.sets()).containsExactly(
				new EvaluationSet(shared.resolve("bench/guides.json"), shared.resolve("bench/questions-dev.tsv")),
				new EvaluationSet(bench.resolve("sz-guides.json"), bench.resolve("sz-dev.tsv")));
	}

	@Test
	void missingDevelopmentSetsAreNamed(@TempDir Path shared) {
		assertThatExceptionOfType(UsageException.class)
				.isThrownBy(() -> EvaluationOptions.parse("--shared", shared.toString()))
				.withMessageContaining("the default development sets are missing")
				.withMessageContaining(shared.resolve("bench/questions-dev.tsv").toString())
				.withMessageContaining("--guides FILE --questions FILE");
	}

	@Test
	void guidesWithoutQuestionsAreRejected() {
		assertThatExceptionOfType(UsageException.class)
				.isThrownBy(() -> EvaluationOptions.parse("--guides", "a.json", "--guides", "b.json", "--questions", "b.tsv"))
				.withMessage("--guides a.json has no --questions FILE after it");
		assertThatExceptionOfType(UsageException.class)
				.isThrownBy(() -> EvaluationOptions.parse("--guides", "a.json"))
				.withMessage("--guides a.json has no --questions FILE after it");
	}

	@Test
	void questionsWithoutGuidesAreRejected() {
		assertThatExceptionOfType(UsageException.class)
				.isThrownBy(() -> EvaluationOptions.parse("--questions", "a.tsv"))
				.withMessage("--questions must follow a --guides FILE");
	}

	@Test
	void anOptionMissingItsFileIsRejected() {
		assertThatExceptionOfType(UsageException.class)
				.isThrownBy(() -> EvaluationOptions.parse("--guides", "--questions", "a.tsv"))
				.withMessage("--guides needs a FILE");
	}

	@Test
	void unknownArgumentsAreRejectedByName() {
		assertThatExceptionOfType(UsageException.class)
				.isThrownBy(() -> EvaluationOptions.parse("--verbose"))
				.withMessage("unknown argument: --verbose");
	}

}
