package org.govassist.kb.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govassist.kb.eval.OutcomeTest.answer;
import static org.govassist.kb.eval.OutcomeTest.clarify;
import static org.govassist.kb.eval.OutcomeTest.fallback;

import java.util.List;

import org.junit.jupiter.api.Test;

class ScoreboardTest {

	private static LabelledQuestion about(String... gold) {
		return new LabelledQuestion(1, "问题", List.of(gold));
	}

	private static final long MILLI = 1_000_000;

	@Test
	void directAndResolvedCountInScopeQuestionsWrongClarifyAndFallbackCountAll() {
		Scoreboard board = new Scoreboard("engine");
		board.record(about("a"), answer("a"), MILLI);
		board.record(about("a"), answer("b"), MILLI);
		board.record(about("a"), clarify("b", "a"), MILLI);
		board.record(about("a"), fallback(), MILLI);
		board.record(about(), answer("a"), MILLI);
		board.record(about(), fallback(), MILLI);
		board.record(about(), clarify("a", "b"), MILLI);

		Metrics metrics = board.metrics();

		assertThat(metrics.system()).isEqualTo("engine");
		assertThat(metrics.questions()).isEqualTo(7);
		assertThat(metrics.inScope()).isEqualTo(4);
		assertThat(metrics.outOfScope()).isEqualTo(3);
		assertThat(metrics.direct()).isEqualTo(new Ratio(1, 4));
		assertThat(metrics.resolved()).isEqualTo(new Ratio(2, 4));
		assertThat(metrics.wrong()).isEqualTo(new Ratio(2, 7));
		assertThat(metrics.clarified()).isEqualTo(new Ratio(2, 7));
		assertThat(metrics.fellBack()).isEqualTo(new Ratio(2, 7));
		assertThat(metrics.outOfScopeAbstained()).isEqualTo(new Ratio(2, 3));
	}

	@Test
	void topKLooksAtTheFirstKRankedGuidesOfInScopeQuestionsOnly() {
		Scoreboard board = new Scoreboard("bm25");
		board.record(about("a"), new Response(Response.Kind.ANSWER, List.of("a", "b", "c"), "answer"), MILLI);
		board.record(about("c"), new Response(Response.Kind.ANSWER, List.of("a", "b", "c", "d"), "answer"), MILLI);
		board.record(about("d"), new Response(Response.Kind.ANSWER, List.of("a", "b", "c", "d"), "answer"), MILLI);
		board.record(about("b"), clarify("a", "b"), MILLI);
		board.record(about(), answer("a"), MILLI);

		Metrics metrics = board.metrics();

		assertThat(metrics.top1()).isEqualTo(new Ratio(1, 4));
		assertThat(metrics.top3()).isEqualTo(new Ratio(3, 4));
	}

	@Test
	void latencyPercentilesComeFromTheRecordedDurations() {
		Scoreboard board = new Scoreboard("engine");
		for (int i = 1; i <= 100; i++) {
			board.record(about("a"), answer("a"), i * MILLI);
		}

		Metrics metrics = board.metrics();

		assertThat(metrics.p50Millis()).isEqualTo(50.0);
		assertThat(metrics.p99Millis()).isEqualTo(99.0);
	}

	@Test
	void aSetWithoutOutOfScopeQuestionsLeavesAbstentionUndefined() {
		Scoreboard board = new Scoreboard("engine");
		board.record(about("a"), answer("a"), MILLI);

		Ratio abstained = board.metrics().outOfScopeAbstained();

		assertThat(abstained.defined()).isFalse();
		assertThat(abstained).hasToString("-");
	}

}
