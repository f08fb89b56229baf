package org.govassist.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.govassist.kb.demo.DemoKnowledgeBase;
import org.govassist.kb.guide.Guide;
import org.govassist.kb.semantic.SentenceEncoder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HybridConsultationTest {

	private static SentenceEncoder encoder;

	private static ConsultationEngine engine;

	@BeforeAll
	static void openWithTheBundledModel() {
		encoder = SentenceEncoder.loadBundled();
		engine = ConsultationEngine.open(EngineSettings.HYBRID_DEFAULTS, DemoKnowledgeBase.guides(), encoder);
	}

	@AfterAll
	static void close() throws Exception {
		engine.close();
		encoder.close();
	}

	@Test
	void aQuestionInOtherWordsThanTheGuidesFindsTheMatter() {
		Decision decision = engine.ask("我爸走了 他的房子咋过户到我名下", null);
		assertThat(offered(decision)).contains("real-estate-inheritance-transfer");
	}

	@Test
	void closeSiblingMattersAreOfferedRatherThanGuessed() {
		Decision decision = engine.ask("公积金怎么取出来", null);
		assertThat(decision).isInstanceOfSatisfying(Clarify.class, clarify -> assertThat(clarify.options())
			.extracting(GuideRef::guideId)
			.allMatch(id -> id.startsWith("hpf-")));
	}

	@Test
	void aClarificationOffersAtLeastThreeMattersWhenThereAreThatMany() {
		Decision decision = engine.ask("公积金怎么取出来", null);
		assertThat(decision).isInstanceOfSatisfying(Clarify.class,
				clarify -> assertThat(clarify.options()).hasSizeBetween(3, 5));
	}

	@Test
	void aQuestionNamingNoMatterButASharedCharacterIsNeverAnsweredOutright() {
		assertNotAnsweredOutright("我想办个证", "办个证要多久");
	}

	@Test
	void siblingMattersTiedOnEveryWordOfTheQuestionAreOfferedRatherThanDropped() {
		for (String question : List.of("房子过户", "房子过户要带什么")) {
			assertThat(engine.ask(question, null)).as(question)
				.isInstanceOfSatisfying(Clarify.class, clarify -> assertThat(clarify.options()).extracting(GuideRef::guideId)
					.contains("real-estate-inheritance-transfer", "real-estate-secondhand-transfer"));
		}
	}

	@Test
	void aComplaintThatSharesAWordWithSomeGuidesIsNotAnsweredWithUnrelatedMatters() {
		assertNoMatch("小区路灯坏了好几天了没人修", "电梯坏了 物业不管", "垃圾好几天没人收 臭死了", "窗口工作人员态度太差了");
	}

	@Test
	void movingSomeonesHouseholdRegistrationHereFindsSettlingWithRelatives() {
		Decision decision = engine.ask("我老婆是外地的 能把户口迁到我这边吗", null);
		assertThat(offered(decision)).contains("hukou-dependent-settlement");
	}

	@Test
	void aQuestionMostlyInWordsNoGuideUsesIsNotOfferedMattersThatShareOnlyItsSmallWords() {
		assertNoMatch("我家狗丢了怎么办", "医院挂号怎么挂");
	}

	@Test
	void aGuideAboutOneDocumentIsNotAssertedForAnother() {
		assertNotAnsweredOutright("行驶证丢了怎么补", "残疾证到期了要换新证");
	}

	@Test
	void aMatterNextToAGuidesMatterIsOfferedNotAsserted() {
		// Senior-school preferences share the words of school enrolment, an e-bike's plate those of a
		// new car's registration; neither guide is close enough in meaning to be the answer.
		assertNotAnsweredOutright("我儿子今年中考 志愿填报有什么要注意的", "电动自行车上牌要带什么");
	}

	@Test
	void aDocumentTheGuidesQuestionsMentionStillGetsItsAnswer() {
		assertThat(engine.ask("再婚的话要带离婚证吗", null)).isInstanceOfSatisfying(Answer.class,
				answer -> assertThat(answer.guide().id()).isEqualTo("marriage-registration"));
	}

	@Test
	void aLostDocumentWithoutAGuideOfItsOwnIsStillOfferedTheCloseMatters() {
		assertThat(engine.ask("房产证弄丢了 怎么补办", null)).isInstanceOf(Clarify.class);
	}

	@Test
	void aPhoneOrCardNumberInTheQuestionDoesNotChangeTheReply() {
		String question = "火星移民签证怎么申请";
		Decision without = engine.ask(question, null);
		for (String number : List.of("，电话13812345678", "，我的手机：138****5678", " 11010519491231002X",
				" 6222021234567890123")) {
			Decision with = engine.ask(question + number, null);
			assertThat(with.getClass()).as(number).isEqualTo(without.getClass());
			assertThat(offered(with)).as(number).isEqualTo(offered(without));
		}
	}

	@Test
	void questionsOutsideGovernmentServicesAreStillNotAnswered() {
		assertThat(engine.ask("帮我写篇500字的作文 题目是我的妈妈", null)).isNotInstanceOf(Answer.class);
		assertThat(engine.ask("给我讲个笑话呗", null)).isNotInstanceOf(Answer.class);
	}

	@Test
	void everydayChatterIsNotMetWithAChoiceOfUnrelatedMatters() {
		for (String question : List.of("路灯坏了", "晚饭吃啥好呢", "周末去哪玩比较好")) {
			assertThat(engine.ask(question, null)).as(question).isInstanceOf(Fallback.class);
		}
	}

	@Test
	void aPublishedGuideIsFoundByMeaningAndAWithdrawnOneIsNot() throws Exception {
		Guide pets = new Guide("dog-registration", "养犬登记", List.of("办狗证"), "临江市公安局", "公共安全", List.of("个人"),
				"在城区饲养犬只的，应当办理养犬登记，领取养犬登记证。", null, List.of("居民身份证", "犬只免疫证明"), List.of(), "当场办结", "免费",
				"各区犬类管理服务点", null, null, null, null, List.of(), LocalDate.of(2026, 11, 1));
		try (ConsultationEngine fresh = ConsultationEngine.open(EngineSettings.HYBRID_DEFAULTS, DemoKnowledgeBase.guides(),
				encoder)) {
			fresh.publish(pets);
			assertThat(offered(fresh.ask("家里新养了一条小狗 需要去登记吗", null))).contains("dog-registration");
			fresh.withdraw("dog-registration");
			assertThat(offered(fresh.ask("家里新养了一条小狗 需要去登记吗", null))).doesNotContain("dog-registration");
		}
	}

	@Test
	void aQuestionWithNothingToSearchForNeverReachesTheModel() throws Exception {
		AtomicInteger queries = new AtomicInteger();
		TextEmbedder counting = new TextEmbedder() {
			@Override
			public float[] embedQuery(String question) {
				queries.incrementAndGet();
				return encoder.embedQuery(question);
			}

			@Override
			public List<float[]> embedPassages(List<String> passages) {
				return encoder.embedPassages(passages);
			}
		};
		try (ConsultationEngine counted = ConsultationEngine.open(EngineSettings.HYBRID_DEFAULTS, DemoKnowledgeBase.guides(),
				counting)) {
			for (String question : List.of("", "   ", "？？！！", "😀😀", "123456")) {
				assertThat(counted.ask(question, null)).isInstanceOf(Fallback.class);
			}
			assertThat(queries).hasValue(0);
			counted.ask("身份证丢了怎么补办", null);
			assertThat(queries).hasValue(1);
		}
	}

	@Test
	void aVeryLongQuestionIsAnsweredNotRejected() {
		String ramble = "我想问一下我家里的身份证丢了要怎么补办，".repeat(40);
		assertThat(offered(engine.ask(ramble, null))).contains("id-card-loss-reissue");
	}

	private static void assertNotAnsweredOutright(String... questions) {
		for (String question : questions) {
			assertThat(engine.ask(question, null)).as(question).isNotInstanceOf(Answer.class);
		}
	}

	private static void assertNoMatch(String... questions) {
		for (String question : questions) {
			assertThat(engine.ask(question, null)).as(question)
				.isInstanceOfSatisfying(Fallback.class, fallback -> assertThat(fallback.reason()).isEqualTo(Fallback.Reason.NO_MATCH));
		}
	}

	private static List<String> offered(Decision decision) {
		return switch (decision) {
			case Answer answer -> List.of(answer.guide().id());
			case Clarify clarify -> clarify.options().stream().map(GuideRef::guideId).toList();
			case Fallback fallback -> List.of();
		};
	}

}
