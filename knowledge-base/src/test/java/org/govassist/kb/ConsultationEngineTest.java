package org.govassist.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.List;

import org.govassist.kb.demo.DemoKnowledgeBase;
import org.govassist.kb.guide.Guide;
import org.govassist.kb.guide.SectionKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConsultationEngineTest {

	private static ConsultationEngine engine;

	@BeforeAll
	static void openOnTheDemoKnowledgeBase() {
		engine = ConsultationEngine.open(EngineSettings.DEFAULTS, DemoKnowledgeBase.guides());
	}

	@AfterAll
	static void close() throws Exception {
		engine.close();
	}

	@Test
	void anEverydayQuestionIsAnsweredFromTheRightGuide() {
		Decision decision = engine.ask("身份证丢了咋补办", null);
		assertThat(decision).isInstanceOf(Answer.class);
		Answer answer = (Answer) decision;
		assertThat(answer.guide().id()).isEqualTo("id-card-loss-reissue");
		assertThat(answer.confidence()).isBetween(0.0, 1.0);
	}

	@Test
	void theAnswerLeadsWithTheSectionAsked() {
		Answer answer = (Answer) engine.ask("护照过期了换发要带啥材料", null);
		assertThat(answer.guide().id()).isEqualTo("passport-renewal-reissue");
		assertThat(answer.sections().get(0).kind()).isEqualTo(SectionKind.MATERIALS);
		assertThat(answer.askedSections()).isEqualTo(1);
		assertThat(answer.text()).contains("申请材料");
	}

	@Test
	void aCitizenGivingTheirOwnPhoneNumberIsNotAskingForTheGuidesTelephone() {
		for (String question : List.of("我的电话13812345678 社保卡丢了怎么办", "社保卡丢了怎么办，手机：138****5678")) {
			Answer answer = (Answer) engine.ask(question, null);
			assertThat(answer.guide().id()).as(question).isEqualTo("social-security-card-loss-replacement");
			assertThat(answer.askedSections()).as(question).isZero();
		}
		Answer asked = (Answer) engine.ask("社保卡丢了 补办的电话是多少", null);
		assertThat(asked.sections().get(0).kind()).isEqualTo(SectionKind.PHONE);
	}

	@Test
	void aFollowUpThatOnlyAsksTheFeeStaysWithTheCurrentMatter() {
		Answer first = (Answer) engine.ask("刚离职公积金能取吗", null);
		Decision followUp = engine.ask("那要多少钱？", first.guide().id());
		assertThat(followUp).isInstanceOfSatisfying(Answer.class, answer -> {
			assertThat(answer.guide().id()).isEqualTo(first.guide().id());
			assertThat(answer.followUp()).isTrue();
			assertThat(answer.sections().get(0).kind()).isEqualTo(SectionKind.FEE);
		});
	}

	@Test
	void aSectionAskedWithoutAnyMatterIsAnsweredWithWhatToAskInstead() {
		assertThat(engine.ask("那要多少钱？", null)).isInstanceOfSatisfying(Fallback.class,
				fallback -> assertThat(fallback.text()).contains("收费标准").contains("要多少钱"));
	}

	@Test
	void theKindOfActionNamedLeadsBetweenSiblingMatters() {
		Decision decision = engine.ask("换护照要带啥材料", null);
		assertThat(decision).isInstanceOfSatisfying(Clarify.class, clarify -> assertThat(clarify.options().get(0).guideId())
			.isEqualTo("passport-renewal-reissue"));
	}

	@Test
	void aNewMatterAfterAnAnswerIsNotTakenForAFollowUp() {
		Decision decision = engine.ask("结婚登记要带什么材料", "passport-renewal-reissue");
		assertThat(decision).isInstanceOfSatisfying(Answer.class,
				answer -> assertThat(answer.guide().id()).isEqualTo("marriage-registration"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "给我讲个笑话呗", "帮我写篇500字的作文 题目是我的妈妈", "小区有人遛狗不拴绳 把我家孩子吓哭了" })
	void questionsOutsideGovernmentServicesAreNotAnswered(String question) {
		assertThat(engine.ask(question, null)).isNotInstanceOf(Answer.class);
	}

	@Test
	void closeSiblingMattersAreClarifiedOrAnsweredRightNeverGuessedWrong() {
		Decision decision = engine.ask("身份证怎么办", null);
		if (decision instanceof Answer answer) {
			assertThat(answer.guide().id()).startsWith("id-card");
		}
		else {
			assertThat(decision).isInstanceOfSatisfying(Clarify.class, clarify -> assertThat(clarify.options())
				.extracting(GuideRef::guideId)
				.anyMatch(id -> id.startsWith("id-card")));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "？？！！。。", "😀😀😀", "1234567890", "…… ——" })
	void aQuestionWithNothingToSearchForFallsBack(String question) {
		assertThat(engine.ask(question, null)).isInstanceOfSatisfying(Fallback.class,
				fallback -> assertThat(fallback.reason()).isEqualTo(Fallback.Reason.EMPTY));
	}

	@Test
	void oddInputNeverThrows() {
		String ramble = "我想问一下就是那个我家里的事情还有单位的事情".repeat(25).substring(0, 500);
		String manyWords = String.join(" ", java.util.Collections.nCopies(2000, "身份证 护照 驾照 社保卡 公积金"));
		for (String question : java.util.Arrays.asList(ramble, manyWords, "換護照要帶甚麼", "ID card 丢了 how to 补办", "ＡＢＣ１２３身份证",
				"\u0000\uD83D", null)) {
			assertThatCode(() -> engine.ask(question, null)).doesNotThrowAnyException();
		}
	}

	@Test
	void traditionalCharactersAreUnderstood() {
		Decision decision = engine.ask("身分證丟了怎麼補辦", null);
		assertThat(decision).isInstanceOfSatisfying(Answer.class,
				answer -> assertThat(answer.guide().id()).isEqualTo("id-card-loss-reissue"));
	}

	@Test
	void aPublishedGuideIsAnsweredAndAWithdrawnOneIsNot() throws Exception {
		try (ConsultationEngine fresh = ConsultationEngine.open(EngineSettings.DEFAULTS, DemoKnowledgeBase.guides())) {
			Guide pets = new Guide("dog-registration", "养犬登记", List.of("办狗证", "给狗上户口"), "临江市公安局", "公共安全", List.of("个人"),
					"在城区饲养犬只的，应当办理养犬登记，领取养犬登记证。", null, List.of("居民身份证", "犬只免疫证明"), List.of(), "当场办结",
					"免费", "各区犬类管理服务点", null, null, null, null, List.of(), LocalDate.of(2026, 11, 1));
			fresh.publish(pets);
			assertThat(fresh.ask("养狗要办狗证吗 去哪办", null)).isInstanceOfSatisfying(Answer.class,
					answer -> assertThat(answer.guide().id()).isEqualTo("dog-registration"));
			fresh.withdraw("dog-registration");
			assertThat(fresh.ask("养狗要办狗证吗 去哪办", null)).isNotInstanceOf(Answer.class);
			assertThat(fresh.guide("dog-registration")).isEmpty();
		}
	}

}
