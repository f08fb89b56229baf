package org.govassist.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.govassist.kb.analysis.GovernmentAnalyzer;
import org.govassist.kb.analysis.Lexicon;
import org.govassist.kb.analysis.LexiconAdditions;
import org.govassist.kb.demo.DemoKnowledgeBase;
import org.govassist.kb.guide.Guide;
import org.junit.jupiter.api.Test;

/**
 * Replacing the lexicon of a serving engine, and explaining a decision.
 */
class LexiconReplacementTest {

	private static final LexiconAdditions LONGEVITY = new LexiconAdditions(List.of(),
			List.of(List.of("高龄津贴", "长寿金", "寿星钱")));

	@Test
	void aNewSynonymGroupMakesAQuestionAnsweredFromTheGuideItNames() throws Exception {
		try (ConsultationEngine engine = ConsultationEngine.open(EngineSettings.DEFAULTS, DemoKnowledgeBase.guides())) {
			assertThat(answeredGuide(engine.ask("寿星钱怎么领", null))).isNotEqualTo("elderly-allowance");

			engine.useLexicon(LONGEVITY.applyTo(Lexicon.bundled()));

			assertThat(answeredGuide(engine.ask("寿星钱怎么领", null))).isEqualTo("elderly-allowance");
			assertThat(engine.size()).isEqualTo(DemoKnowledgeBase.guides().size());
		}
	}

	@Test
	void guidesPublishedAndWithdrawnBeforeAReplacementStaySo() throws Exception {
		try (ConsultationEngine engine = ConsultationEngine.open(EngineSettings.DEFAULTS, DemoKnowledgeBase.guides())) {
			Guide allowance = engine.guide("elderly-allowance").orElseThrow();
			engine.withdraw("elderly-allowance");
			engine.publish(retitled(engine.guide("legal-aid-application").orElseThrow(), "法律援助申请（新）"));

			engine.useLexicon(LONGEVITY.applyTo(Lexicon.bundled()));

			assertThat(engine.guide("elderly-allowance")).isEmpty();
			assertThat(answeredGuide(engine.ask("寿星钱怎么领", null))).isNotEqualTo("elderly-allowance");
			assertThat(engine.guide("legal-aid-application").orElseThrow().title()).isEqualTo("法律援助申请（新）");
			engine.publish(allowance);
			assertThat(answeredGuide(engine.ask("寿星钱怎么领", null))).isEqualTo("elderly-allowance");
		}
	}

	@Test
	void aGroupSharingABuiltInTermExtendsThatGroup() {
		Lexicon lexicon = new LexiconAdditions(List.of(), List.of(List.of("兜底金", "低保"))).applyTo(Lexicon.bundled());

		assertThat(lexicon.canonical("兜底金")).isEqualTo(Lexicon.bundled().canonical("低保"));
		assertThat(lexicon.words()).anyMatch(word -> word.word().equals("兜底金"));
	}

	@Test
	void anAddedWordIsKeptWholeAndAGroupJoiningTwoBuiltInGroupsIsLeftOut() {
		Lexicon lexicon = new LexiconAdditions(List.of("寿星钱"), List.of(List.of("低保", "驾照")))
			.applyTo(Lexicon.bundled());

		assertThat(lexicon.words()).anyMatch(word -> word.word().equals("寿星钱"));
		assertThat(lexicon.canonical("驾照")).isEqualTo(Lexicon.bundled().canonical("驾照"));
		assertThat(lexicon.canonical("低保")).isEqualTo(Lexicon.bundled().canonical("低保"));
	}

	@Test
	void anAddedWordStaysOutOfEveryOtherLexiconsSegmenter() {
		Lexicon extended = new LexiconAdditions(List.of("寿星钱"), List.of()).applyTo(Lexicon.bundled());

		try (GovernmentAnalyzer bundled = GovernmentAnalyzer.forWords();
				GovernmentAnalyzer withAddition = GovernmentAnalyzer.forWords(extended)) {
			assertThat(GovernmentAnalyzer.terms(withAddition, "寿星钱怎么领")).contains("寿星钱");
			assertThat(GovernmentAnalyzer.terms(bundled, "寿星钱怎么领")).doesNotContain("寿星钱");
		}
	}

	@Test
	void termsOfAQuestionAreItsContentTermsWithSynonymsFolded() throws Exception {
		try (ConsultationEngine engine = ConsultationEngine.open(EngineSettings.DEFAULTS, DemoKnowledgeBase.guides())) {
			assertThat(engine.terms("驾照咋补办")).containsExactlyInAnyOrderElementsOf(engine.terms("补办驾驶证"))
				.contains(Lexicon.bundled().canonical("驾照"));
			assertThat(engine.terms("？？？")).isEmpty();
		}
	}

	@Test
	void nothingAddedLeavesTheLexiconAsItIs() {
		assertThat(LexiconAdditions.NONE.applyTo(Lexicon.bundled())).isSameAs(Lexicon.bundled());
	}

	@Test
	void anExplanationShowsTheDecisionTheTermsAndTheCandidatesWithTheirMatchedTerms() throws Exception {
		try (ConsultationEngine engine = ConsultationEngine.open(EngineSettings.DEFAULTS, DemoKnowledgeBase.guides())) {
			Explanation explanation = engine.explain("身份证丢了咋补办", null);

			assertThat(answeredGuide(explanation.decision())).isEqualTo("id-card-loss-reissue");
			assertThat(explanation.terms()).contains("身份证");
			Explanation.CandidateScore best = explanation.candidates().getFirst();
			assertThat(best.guideId()).isEqualTo("id-card-loss-reissue");
			assertThat(best.confidence()).isBetween(0.0, 1.0);
			assertThat(best.matchedTerms()).contains("身份证");
			assertThat(explanation.candidates()).hasSizeLessThanOrEqualTo(ConsultationEngine.EXPLAINED_CANDIDATES);
			assertThat(explanation.candidates().subList(1, explanation.candidates().size()))
				.allSatisfy(other -> assertThat(other.confidence()).isNull());
			assertThat(explanation.candidates()).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
		}
	}

	private static String answeredGuide(Decision decision) {
		return decision instanceof Answer answer ? answer.guide().id() : null;
	}

	private static Guide retitled(Guide guide, String title) {
		return new Guide(guide.id(), title, guide.aliases(), guide.department(), guide.category(), guide.audience(),
				guide.summary(), guide.conditions(), guide.materials(), guide.process(), guide.timeLimit(), guide.fee(),
				guide.location(), guide.hours(), guide.phone(), guide.legalBasis(), guide.onlineUrl(), guide.faqs(),
				guide.updatedAt());
	}

}
