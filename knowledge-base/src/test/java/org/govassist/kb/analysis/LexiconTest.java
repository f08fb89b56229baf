package org.govassist.kb.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.govassist.kb.analysis.TokenStreamChecks.Token;
import org.junit.jupiter.api.Test;

class LexiconTest {

	private static final Lexicon BUNDLED = Lexicon.bundled();

	@Test
	void canonicalTermIsTheFirstOfItsGroup() {
		assertThat(BUNDLED.canonical("驾照")).isEqualTo("驾驶证");
		assertThat(BUNDLED.canonical("機動車駕駛證")).isEqualTo("驾驶证");
		assertThat(BUNDLED.canonical("辞职")).isEqualTo("离职");
		assertThat(BUNDLED.canonical("无人机")).isEqualTo("无人机");
	}

	@Test
	void bundledVocabularyCoversTheServiceDomains() {
		assertThat(BUNDLED.words()).hasSizeGreaterThanOrEqualTo(1_500);
		assertThat(BUNDLED.synonymGroups()).hasSizeGreaterThanOrEqualTo(300);
		assertThat(BUNDLED.words().stream().map(LexiconWord::word)).contains("社保卡", "居住证", "换领", "异地就医", "不动产登记",
				"港澳通行证", "出生医学证明", "公积金中心", "专项附加扣除", "高龄津贴", "残疾人证", "法律援助", "殡葬");
	}

	@Test
	void everyBundledSynonymTermSegmentsIntoConsecutiveWords() {
		try (GovernmentAnalyzer words = GovernmentAnalyzer.forWords()) {
			for (List<String> group : BUNDLED.synonymGroups()) {
				for (String term : group) {
					assertThat(TokenStreamChecks.analyse(words, term).tokens()).as(term)
						.isNotEmpty()
						.allSatisfy(token -> assertThat(token.increment()).as(term + " has a stop word").isEqualTo(1));
				}
			}
		}
	}

	@Test
	void termInTwoGroupsIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Lexicon.of(List.of(), List.of(List.of("驾驶证", "驾照"), List.of("驾照", "车本"))))
			.withMessageContaining("驾照");
	}

	@Test
	void suppliedLexiconSegmentsWithItsOwnWordsOnly() {
		Lexicon custom = Lexicon.of(List.of(new LexiconWord("码上办", "nz", 5000), new LexiconWord("临江通", "nz", 5000)),
				List.of(List.of("码上办", "临江通")));
		assertThat(GovernmentAnalyzer.terms(GovernmentAnalyzer.forIndexing(custom), "码上办怎么用")).startsWith("码上办");
		assertThat(GovernmentAnalyzer.terms(GovernmentAnalyzer.forQuery(custom), "码上办")).contains("临江通");
		assertThat(GovernmentAnalyzer.terms(GovernmentAnalyzer.forIndexing(), "码上办怎么用")).doesNotContain("码上办");
		assertThat(custom.canonical("临江通")).isEqualTo("码上办");
	}

	@Test
	void aSuppliedLexiconLeavesTheBundledAnalysisUnchanged() {
		String question = "身份证丢了怎么补办";
		List<Token> before = TokenStreamChecks.analyse(GovernmentAnalyzer.forIndexing(), question).tokens();
		Lexicon custom = Lexicon.of(List.of(new LexiconWord("怎么", "v", 1), new LexiconWord("丢了怎么", "nz", 9000)), List.of());
		assertThat(GovernmentAnalyzer.terms(GovernmentAnalyzer.forIndexing(custom), question)).contains("丢了怎么");
		assertThat(TokenStreamChecks.analyse(GovernmentAnalyzer.forIndexing(), question).tokens()).isEqualTo(before);
	}

	@Test
	void lexiconIsReadFromTheBundledFileFormats() throws IOException {
		Lexicon parsed = Lexicon.parse(new StringReader("# words\n码上办 nz 5000\n\n临江通\tnz\t3000\n"),
				new StringReader("# groups\n码上办，临江通\n"));
		assertThat(parsed.words()).containsExactly(new LexiconWord("码上办", "nz", 5000), new LexiconWord("临江通", "nz", 3000));
		assertThat(parsed.synonymGroups()).containsExactly(List.of("码上办", "临江通"));
	}

	@Test
	void malformedEntriesAreRejectedWithTheirLine() {
		assertThatIllegalArgumentException().isThrownBy(() -> Lexicon.parseWords(new StringReader("社保卡 n 100\n居住证 n\n")))
			.withMessageContaining("line 2");
		assertThatIllegalArgumentException().isThrownBy(() -> Lexicon.parseWords(new StringReader("社保卡 n many\n")))
			.withMessageContaining("line 1");
		assertThatIllegalArgumentException().isThrownBy(() -> Lexicon.parseGroups(new StringReader("# groups\n\n驾照\n")))
			.withMessageContaining("line 3");
		assertThatIllegalArgumentException().isThrownBy(() -> Lexicon.of(List.of(), List.of(List.of("驾照", "驾照"))));
	}

}
