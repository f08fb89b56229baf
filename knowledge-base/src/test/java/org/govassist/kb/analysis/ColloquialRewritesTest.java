package org.govassist.kb.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.StringReader;
import java.util.Map;

import org.govassist.kb.analysis.TokenStreamChecks.Token;
import org.junit.jupiter.api.Test;

class ColloquialRewritesTest {

	private static final ColloquialRewrites BUNDLED = ColloquialRewrites.bundled();

	@Test
	void colloquialQuestionWordsBecomeStandard() {
		assertThat(BUNDLED.rewrite("身份证丢了咋补办")).isEqualTo("身份证丢了怎么补办");
		assertThat(BUNDLED.rewrite("社保卡咋整")).isEqualTo("社保卡怎么办");
		assertThat(BUNDLED.rewrite("办这个要多钱")).isEqualTo("办这个要多少钱");
		assertThat(BUNDLED.rewrite("在哪儿弄")).isEqualTo("在哪里办");
		assertThat(BUNDLED.rewrite("俺家娃上学")).isEqualTo("我家孩子上学");
		assertThat(BUNDLED.rewrite("换护照要带啥")).isEqualTo("换护照需要什么材料");
		assertThat(BUNDLED.rewrite("年检需要带什么")).isEqualTo("年检需要什么材料");
	}

	@Test
	void pinyinInitialsOfCommonDocumentsAreSpelledOut() {
		assertThat(BUNDLED.rewrite("钱包被偷了 sfz也在里面")).isEqualTo("钱包被偷了 身份证也在里面");
		assertThat(BUNDLED.rewrite("gjj付房租")).isEqualTo("公积金付房租");
	}

	@Test
	void upperCasePinyinInitialsAreAnalysedAsTheDocument() {
		assertThat(GovernmentAnalyzer.terms(GovernmentAnalyzer.forIndexing(), "SFZ过期了咋换")).contains("身份证");
	}

	@Test
	void misspeltDocumentNamesAreCorrected() {
		assertThat(BUNDLED.rewrite("身分证")).isEqualTo("身份证");
		assertThat(BUNDLED.rewrite("公基金")).isEqualTo("公积金");
		assertThat(BUNDLED.rewrite("户口薄")).isEqualTo("户口簿");
		assertThat(BUNDLED.rewrite("去香港签证怎么办")).isEqualTo("去香港签注怎么办");
		assertThat(BUNDLED.rewrite("网站登陆不了")).isEqualTo("网站登录不了");
	}

	@Test
	void wordsWithAnotherSenseAreNotRewritten() {
		assertThat(BUNDLED.rewrite("住在弄堂里")).isEqualTo("住在弄堂里");
		assertThat(BUNDLED.rewrite("证件弄丢了")).isEqualTo("证件弄丢了");
		assertThat(BUNDLED.rewrite("整个流程")).isEqualTo("整个流程");
		assertThat(BUNDLED.rewrite("要花很多钱吗")).isEqualTo("要花很多钱吗");
		assertThat(BUNDLED.rewrite("台风登陆后申请救助")).isEqualTo("台风登陆后申请救助");
		assertThat(BUNDLED.rewrite("户口部门")).isEqualTo("户口部门");
		assertThat(BUNDLED.rewrite("美国签证")).isEqualTo("美国签证");
	}

	@Test
	void tokenOffsetsPointAtTheTypedText() {
		assertThat(TokenStreamChecks.analyse(GovernmentAnalyzer.forIndexing(), "社保卡咋整").tokens())
			.containsExactly(new Token("社保卡", 0, 3, 1, 1, "n"), new Token("怎么办", 3, 5, 1, 1, "ryv"));
	}

	@Test
	void rulesCanBeSuppliedAtRunTimeAndAreNormalised() {
		ColloquialRewrites rules = ColloquialRewrites.of(Map.of("辦個證", "办证"));
		assertThat(rules.rules()).containsExactly(Map.entry("办个证", "办证"));
		assertThat(rules.rewrite("想办个证")).isEqualTo("想办证");
	}

	@Test
	void malformedRuleIsRejectedWithItsLine() {
		assertThatIllegalArgumentException().isThrownBy(() -> ColloquialRewrites.parse(new StringReader("# rules\n咋 怎么\n")))
			.withMessageContaining("line 2");
		assertThatIllegalArgumentException().isThrownBy(() -> ColloquialRewrites.parse(new StringReader("咋 => 怎么\n咋 => 怎样\n")))
			.withMessageContaining("repeats");
	}

}
