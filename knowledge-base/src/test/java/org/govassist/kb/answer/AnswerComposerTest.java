package org.govassist.kb.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.govassist.kb.guide.Faq;
import org.govassist.kb.guide.Guide;
import org.govassist.kb.guide.Section;
import org.govassist.kb.guide.SectionKind;
import org.junit.jupiter.api.Test;

class AnswerComposerTest {

	private final Guide guide = new Guide("passport-renewal", "普通护照换发", List.of("换护照"), "临江市公安局出入境管理支队",
			"出入境", List.of("个人"), "护照有效期不足6个月的可以申请换发。", null, List.of("居民身份证", "原护照"),
			List.of("取号", "受理"), "7个工作日", "每本120元", "市出入境接待大厅", "周一至周五 9:00-17:00", "0999-12345678",
			null, "https://example.org/passport", List.of(new Faq("护照过期了还能用吗？", "过期护照不能出境使用，请及时换发。")),
			LocalDate.of(2026, 10, 1));

	@Test
	void theAskedSectionLeadsTheReplyAndTheSections() {
		String text = AnswerComposer.compose(guide, List.of(SectionKind.FEE), -1);
		assertThat(text).startsWith("关于「普通护照换发」\n【收费标准】\n每本120元");
		List<Section> sections = AnswerComposer.orderedSections(guide, List.of(SectionKind.FEE));
		assertThat(sections.get(0).name()).isEqualTo("收费标准");
		assertThat(sections).extracting(Section::kind).contains(SectionKind.MATERIALS, SectionKind.SUMMARY);
	}

	@Test
	void withNothingAskedTheSummaryLeadsAndTheGuideReadsInOrder() {
		assertThat(AnswerComposer.compose(guide, List.of(), -1)).contains("护照有效期不足6个月");
		assertThat(AnswerComposer.orderedSections(guide, List.of()).get(0).kind()).isEqualTo(SectionKind.SUMMARY);
	}

	@Test
	void aMatchedFaqIsAnsweredWithItsAnswer() {
		assertThat(AnswerComposer.compose(guide, List.of(), 0)).contains("过期护照不能出境使用");
	}

	@Test
	void aSectionTheGuideLacksIsSaidPlainlyWithThePhoneNumber() {
		String text = AnswerComposer.compose(guide, List.of(SectionKind.LEGAL_BASIS), -1);
		assertThat(text).contains("暂无设定依据").contains("0999-12345678");
		assertThat(AnswerComposer.askedPresent(guide, List.of(SectionKind.LEGAL_BASIS))).isZero();
	}

}
