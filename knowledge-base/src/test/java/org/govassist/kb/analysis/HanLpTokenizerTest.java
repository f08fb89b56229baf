package org.govassist.kb.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.govassist.kb.analysis.TokenStreamChecks.Analysis;
import org.govassist.kb.analysis.TokenStreamChecks.Token;
import org.junit.jupiter.api.Test;

class HanLpTokenizerTest {

	private static final Analyzer BARE = new Analyzer() {

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			return new TokenStreamComponents(new HanLpTokenizer());
		}

	};

	@Test
	void questionIsSegmentedIntoWordsWithOffsetsPositionsAndNatures() {
		assertThat(TokenStreamChecks.analyse(BARE, "身份证丢了怎么补办").tokens()).containsExactly(
				new Token("身份证", 0, 3, 1, 1, "n"), new Token("丢了", 3, 5, 1, 1, "v"), new Token("怎么", 5, 7, 1, 1, "ry"),
				new Token("补办", 7, 9, 1, 1, "v"));
	}

	@Test
	void domainWordsStayWhole() {
		for (String word : List.of("社保卡", "居住证", "换领", "公积金", "不动产登记", "异地就医", "港澳通行证", "生育津贴", "个人所得税")) {
			assertThat(TokenStreamChecks.analyse(BARE, "想办理" + word + "业务").terms()).as(word).contains(word);
		}
	}

	@Test
	void domainWordsThatTheCoreSegmentationCutAcrossAreRestored() {
		assertThat(TokenStreamChecks.analyse(BARE, "怎么办理护照").tokens()).containsExactly(new Token("怎么", 0, 2, 1, 1, "ry"),
				new Token("办理", 2, 4, 1, 1, "v"), new Token("护照", 4, 6, 1, 1, "n"));
		assertThat(TokenStreamChecks.analyse(BARE, "新车上牌").terms()).containsExactly("新车", "上牌");
		assertThat(TokenStreamChecks.analyse(BARE, "幼升小报名").terms()).containsExactly("幼升小", "报名");
		assertThat(TokenStreamChecks.analyse(BARE, "连续参保有什么好处").terms()).startsWith("连续", "参保", "有");
	}

	@Test
	void wordsThatOnlyContainADomainWordAreNotBroken() {
		assertThat(TokenStreamChecks.analyse(BARE, "身份证丢了怎么办").terms()).endsWith("怎么办");
		assertThat(TokenStreamChecks.analyse(BARE, "小朋友办身份证").terms()).startsWith("小朋友");
	}

	@Test
	void spacesPunctuationAndEmojiLeaveNoToken() {
		Analysis analysis = TokenStreamChecks.analyse(BARE, "😀 身份证，\t。！😀");
		assertThat(analysis.tokens()).containsExactly(new Token("身份证", 3, 6, 1, 1, "n"));
		assertThat(TokenStreamChecks.analyse(BARE, "，。！？,.!? \n").tokens()).isEmpty();
	}

	@Test
	void runsOfDigitsAndLatinLettersStayWhole() {
		assertThat(TokenStreamChecks.analyse(BARE, "12345678901234567890").tokens())
			.containsExactly(new Token("12345678901234567890", 0, 20, 1, 1, "m"));
		assertThat(TokenStreamChecks.analyse(BARE, "abc123 def").tokens()).containsExactly(new Token("abc123", 0, 6, 1, 1, "nx"),
				new Token("def", 7, 10, 1, 1, "nx"));
		assertThat(TokenStreamChecks.analyse(BARE, "c1驾照需要年审吗").terms()).startsWith("c1", "驾照");
		assertThat(TokenStreamChecks.analyse(BARE, "2024年").terms()).containsExactly("2024", "年");
	}

	@Test
	void emptyInputHasNoTokenAndFinalOffsetZero() {
		Analysis analysis = TokenStreamChecks.analyse(BARE, "");
		assertThat(analysis.tokens()).isEmpty();
		assertThat(analysis.finalOffset()).isZero();
	}

	@Test
	void resetTokenizerGivesTheSameTokensAgain() {
		HanLpTokenizer tokenizer = new HanLpTokenizer();
		Analysis first = TokenStreamChecks.analyse(tokenizer, "刚离职公积金能取吗");
		Analysis second = TokenStreamChecks.analyse(tokenizer, "刚离职公积金能取吗");
		assertThat(second).isEqualTo(first);
		assertThat(TokenStreamChecks.analyse(tokenizer, "社保卡").terms()).containsExactly("社保卡");
	}

	@Test
	void inputLongerThanOneWindowIsSegmentedToTheEndWithoutCuttingWords() {
		String text = "身份证 ".repeat(30_000);
		Analysis analysis = TokenStreamChecks.analyse(BARE, text);
		assertThat(analysis.tokens()).hasSize(30_000).allMatch(token -> token.term().equals("身份证"));
		assertThat(analysis.tokens().getLast()).isEqualTo(new Token("身份证", text.length() - 4, text.length() - 1, 1, 1, "n"));
	}

	@Test
	void inputWithoutAnyBreakIsCutAtTheWindowButNotInsideASurrogatePair() {
		String text = "a".repeat(HanLpTokenizer.WINDOW - 1) + "\uD840\uDC00" + "身份证".repeat(100);
		Analysis analysis = TokenStreamChecks.analyse(BARE, text);
		assertThat(analysis.tokens().getFirst().end()).isEqualTo(HanLpTokenizer.WINDOW - 1);
		assertThat(analysis.tokens()).filteredOn(token -> token.term().equals("身份证")).hasSize(100);
	}

	@Test
	void randomTextKeepsEveryTokenStreamInvariant() {
		TokenStreamChecks.checkRandomText(BARE, 20_260_101L, 500, 60);
		TokenStreamChecks.checkRandomText(BARE, 42L, 20, 3_000);
	}

}
