package org.govassist.kb.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class OutcomeTest {

	private static final LabelledQuestion IN_SCOPE = new LabelledQuestion(2, "身份证丢了咋补办", List.of("id-card-reissue", "temporary-id-card"));

	private static final LabelledQuestion OUT_OF_SCOPE = new LabelledQuestion(3, "附近哪家火锅店好吃", List.of());

	@Test
	void answerWithAnyGoldGuideIsRight() {
		assertThat(Outcome.of(IN_SCOPE, answer("temporary-id-card"))).isEqualTo(Outcome.ANSWERED_RIGHT);
	}

	@Test
	void answerWithAnotherGuideIsWrong() {
		assertThat(Outcome.of(IN_SCOPE, answer("passport-reissue"))).isEqualTo(Outcome.ANSWERED_WRONG);
	}

	@Test
	void anyAnswerToAnOutOfScopeQuestionIsWrong() {
		Outcome outcome = Outcome.of(OUT_OF_SCOPE, answer("id-card-reissue"));

		assertThat(outcome).isEqualTo(Outcome.ANSWERED_OUT_OF_SCOPE);
		assertThat(outcome.wrong()).isTrue();
		assertThat(outcome.abstainedOutOfScope()).isFalse();
	}

	@Test
	void clarificationOfferingAGoldGuideAnywhereResolvesTheQuestion() {
		Outcome outcome = Outcome.of(IN_SCOPE, clarify("passport-reissue", "hk-permit", "id-card-reissue"));

		assertThat(outcome).isEqualTo(Outcome.CLARIFIED_WITH_GOLD);
		assertThat(outcome.resolved()).isTrue();
		assertThat(outcome.direct()).isFalse();
		assertThat(outcome.wrong()).isFalse();
	}

	@Test
	void clarificationWithoutAGoldGuideLeavesTheQuestionUnresolvedButIsNotWrong() {
		Outcome outcome = Outcome.of(IN_SCOPE, clarify("passport-reissue", "hk-permit"));

		assertThat(outcome).isEqualTo(Outcome.CLARIFIED_WITHOUT_GOLD);
		assertThat(outcome.resolved()).isFalse();
		assertThat(outcome.wrong()).isFalse();
		assertThat(outcome.missed()).isTrue();
	}

	@Test
	void askingBackOnAnOutOfScopeQuestionCountsAsAbstainingYetIsListedForTuning() {
		Outcome outcome = Outcome.of(OUT_OF_SCOPE, clarify("passport-reissue", "hk-permit"));

		assertThat(outcome).isEqualTo(Outcome.CLARIFIED_OUT_OF_SCOPE);
		assertThat(outcome.abstainedOutOfScope()).isTrue();
		assertThat(outcome.clarified()).isTrue();
		assertThat(outcome.missed()).isTrue();
	}

	@Test
	void fallingBackIsRightOnlyForOutOfScopeQuestions() {
		Outcome inScope = Outcome.of(IN_SCOPE, fallback());
		Outcome outOfScope = Outcome.of(OUT_OF_SCOPE, fallback());

		assertThat(inScope).isEqualTo(Outcome.FELL_BACK);
		assertThat(inScope.missed()).isTrue();
		assertThat(outOfScope).isEqualTo(Outcome.FELL_BACK_OUT_OF_SCOPE);
		assertThat(outOfScope.missed()).isFalse();
		assertThat(outOfScope.abstainedOutOfScope()).isTrue();
	}

	@Test
	void everyOutcomeIsExactlyOneOfAnsweredClarifiedOrFellBack() {
		for (Outcome outcome : Outcome.values()) {
			boolean answered = outcome.direct() || outcome.wrong();
			assertThat(List.of(answered, outcome.clarified(), outcome.fellBack())).as(outcome.name())
					.containsOnlyOnce(true);
		}
	}

	static Response answer(String guideId) {
		return new Response(Response.Kind.ANSWER, List.of(guideId), "answer " + guideId);
	}

	static Response clarify(String... guideIds) {
		return new Response(Response.Kind.CLARIFY, List.of(guideIds), "clarify");
	}

	static Response fallback() {
		return new Response(Response.Kind.FALLBACK, List.of(), "fallback");
	}

}
