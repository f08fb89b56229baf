package org.govassist.kb.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LuceneBaselineTest {

	private static LuceneBaseline baseline(String analyzer) {
		return switch (analyzer) {
			case "smartcn" -> LuceneBaseline.smartChinese(TestGuides.identityGuides());
			case "cjk" -> LuceneBaseline.cjkBigrams(TestGuides.identityGuides());
			default -> LuceneBaseline.singleCharacters(TestGuides.identityGuides());
		};
	}

	@ParameterizedTest
	@ValueSource(strings = { "smartcn", "cjk", "standard" })
	void answersWithTheBestMatchingGuideAndRanksTheOthers(String analyzer) {
		try (LuceneBaseline baseline = baseline(analyzer)) {
			Response response = baseline.respond("护照多久能拿到");

			assertThat(baseline.name()).isEqualTo("bm25-" + analyzer);
			assertThat(response.kind()).isEqualTo(Response.Kind.ANSWER);
			assertThat(response.answeredGuideId()).isEqualTo("passport-application");
			assertThat(response.rankedGuideIds()).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(LuceneBaseline.RANKED);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "smartcn", "cjk", "standard" })
	void answersEvenAWeakMatchRatherThanAbstaining(String analyzer) {
		try (LuceneBaseline baseline = baseline(analyzer)) {
			Response response = baseline.respond("我想问问结婚的事情，明天天气如何");

			assertThat(response.kind()).isEqualTo(Response.Kind.ANSWER);
			assertThat(response.answeredGuideId()).isEqualTo("marriage-registration");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "smartcn", "cjk", "standard" })
	void fallsBackOnlyWhenNothingMatches(String analyzer) {
		try (LuceneBaseline baseline = baseline(analyzer)) {
			assertThat(baseline.respond("？？？").kind()).isEqualTo(Response.Kind.FALLBACK);
			assertThat(baseline.respond("zzz").rankedGuideIds()).isEqualTo(List.of());
		}
	}

}
