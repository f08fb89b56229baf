package org.govassist.kb.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class EngineBenchmarkTest {

	@Test
	void measuresEveryQuestionOfEveryRoundAndBothThroughputs() throws Exception {
		List<String> questions = List.of("护照多久能拿到", "身份证丢了补办", "怎么领结婚证");

		BenchmarkResult result = EngineBenchmark.measure("tiny", TestGuides.identityGuides(), questions, 3, EngineResponder::open);

		assertThat(result.knowledgeBase()).isEqualTo("tiny");
		assertThat(result.guides()).isEqualTo(3);
		assertThat(result.questions()).isEqualTo(3);
		assertThat(result.latencies().size()).isEqualTo(9);
		assertThat(result.buildMillis()).isPositive();
		assertThat(result.heapAfterBuildBytes()).isPositive();
		assertThat(result.singleThreadPerSecond()).isPositive();
		assertThat(result.twoThreadsPerSecond()).isPositive();
	}

	@Test
	void theTableHasOneRowPerKnowledgeBase() throws Exception {
		BenchmarkResult result = EngineBenchmark.measure("tiny", TestGuides.identityGuides(), List.of("办护照"), 1, EngineResponder::open);

		String table = EngineBenchmark.table(List.of(result, result)).render();

		assertThat(table.lines()).hasSize(4);
		assertThat(table.lines().skip(2)).allSatisfy(line -> assertThat(line).startsWith("tiny "));
	}

	@Test
	void theCommandLineBoundsRoundsAndTheGeneratedKnowledgeBase() throws UsageException {
		assertThat(EngineBenchmark.Options.parse("--rounds", "2", "--generated", "500", "--lexical", "--shared", "data"))
				.isEqualTo(new EngineBenchmark.Options(2, 500, true, Path.of("data")));
		assertThatExceptionOfType(UsageException.class)
				.isThrownBy(() -> EngineBenchmark.Options.parse("--generated", "20000"))
				.withMessage("--generated needs a whole number from 1 to " + GuideGenerator.capacity() + ", not 20000");
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> EngineBenchmark.Options.parse("--rounds", "0"))
				.withMessageContaining("not 0");
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> EngineBenchmark.Options.parse("--rounds"))
				.withMessage("--rounds needs a value");
	}

}
