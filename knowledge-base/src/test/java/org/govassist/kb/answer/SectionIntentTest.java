package org.govassist.kb.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.govassist.kb.guide.SectionKind;
import org.junit.jupiter.api.Test;

class SectionIntentTest {

	@Test
	void everydayWordsForMaterialsFeeTimeAndPlaceAreRecognised() {
		assertThat(SectionIntent.askedIn("换护照要带什么")).containsExactly(SectionKind.MATERIALS);
		assertThat(SectionIntent.askedIn("办护照现在多少钱一本")).containsExactly(SectionKind.FEE);
		assertThat(SectionIntent.askedIn("身份证补办要多久")).containsExactly(SectionKind.TIME_LIMIT);
		assertThat(SectionIntent.askedIn("结婚登记在哪办")).containsExactly(SectionKind.LOCATION);
		assertThat(SectionIntent.askedIn("居住证能网上办吗")).contains(SectionKind.ONLINE);
	}

	@Test
	void severalSectionsComeInTheOrderAsked() {
		assertThat(SectionIntent.askedIn("补一本要去哪 要带什么 多少钱"))
			.containsExactly(SectionKind.LOCATION, SectionKind.MATERIALS, SectionKind.FEE);
	}

	@Test
	void aQuestionThatAsksForNothingInParticularHasNoSection() {
		assertThat(SectionIntent.askedIn("身份证丢了")).isEmpty();
	}

	@Test
	void removingTheCuesLeavesTheMatter() {
		assertThat(SectionIntent.withoutCues("那要多少钱").strip()).isEqualTo("那要");
		assertThat(SectionIntent.withoutCues("护照要带什么材料")).contains("护照");
	}

}
