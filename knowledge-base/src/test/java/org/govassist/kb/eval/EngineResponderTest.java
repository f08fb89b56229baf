package org.govassist.kb.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.govassist.kb.Answer;
import org.govassist.kb.Clarify;
import org.govassist.kb.Fallback;
import org.govassist.kb.GuideRef;
import org.govassist.kb.guide.Guide;
import org.junit.jupiter.api.Test;

class EngineResponderTest {

	private final Guide guide = TestGuides.identityGuides().getFirst();

	@Test
	void anAnswerRanksOnlyItsGuide() {
		Answer answer = new Answer("可以补领。", guide, guide.sections(), 0, 0.83,
				List.of(new GuideRef("passport-application", "普通护照申请")), false);

		Response response = EngineResponder.toResponse(answer);

		assertThat(response.kind()).isEqualTo(Response.Kind.ANSWER);
		assertThat(response.rankedGuideIds()).containsExactly("id-card-reissue");
		assertThat(response.detail()).isEqualTo("answer id-card-reissue (confidence 0.83)");
	}

	@Test
	void aClarificationRanksItsOptionsInOrder() {
		Clarify clarify = new Clarify("您想办理哪一项？",
				List.of(new GuideRef("passport-application", "普通护照申请"), new GuideRef("id-card-reissue", "居民身份证补领")));

		Response response = EngineResponder.toResponse(clarify);

		assertThat(response.kind()).isEqualTo(Response.Kind.CLARIFY);
		assertThat(response.rankedGuideIds()).containsExactly("passport-application", "id-card-reissue");
	}

	@Test
	void aFallbackRanksNothingAndNamesItsReason() {
		Response response = EngineResponder.toResponse(new Fallback("抱歉。", Fallback.Reason.NO_MATCH));

		assertThat(response.kind()).isEqualTo(Response.Kind.FALLBACK);
		assertThat(response.rankedGuideIds()).isEmpty();
		assertThat(response.detail()).isEqualTo("fallback no_match");
	}

}
