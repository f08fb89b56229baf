package org.govassist.kb.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.govassist.kb.analysis.TokenStreamChecks.Token;
import org.junit.jupiter.api.Test;

class CompoundPartsFilterTest {

	@Test
	void compoundSpansItsPartsWhichFollowWithTheirOwnOffsets() {
		assertThat(TokenStreamChecks.analyse(compoundParts(null), "不动产登记中心在哪").tokens()).containsExactly(
				new Token("不动产登记中心", 0, 7, 1, 3, "nt"), new Token("不动产", 0, 3, 0, 1, "n"), new Token("登记", 3, 5, 1, 1, "v"),
				new Token("中心", 5, 7, 1, 1, "n"), new Token("在哪", 7, 9, 1, 1, "ry"));
	}

	@Test
	void singleCharacterPartsKeepTheirPositionButLeaveNoToken() {
		assertThat(TokenStreamChecks.analyse(compoundParts(null), "不动产权证书").tokens()).containsExactly(
				new Token("不动产权证书", 0, 6, 1, 3, "n"), new Token("不动产", 0, 3, 0, 1, "n"), new Token("证书", 4, 6, 2, 1, "n"));
	}

	@Test
	void wordsWithoutTwoPartsOfTwoCharactersAreNotSplit() {
		assertThat(TokenStreamChecks.analyse(compoundParts(null), "社保卡 身份证 个人所得税").terms())
			.containsExactly("社保卡", "身份证", "个人所得税");
	}

	@Test
	void partsOfARewrittenCompoundCarryTheCompoundsOffsets() {
		NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
		map.add("公积", "住房公积金");
		assertThat(TokenStreamChecks.analyse(compoundParts(map.build()), "公积提取").tokens()).containsExactly(
				new Token("住房公积金", 0, 2, 1, 2, "n"), new Token("住房", 0, 2, 0, 1, "n"), new Token("公积金", 0, 2, 1, 1, "n"),
				new Token("提取", 2, 4, 1, 1, "v"));
	}

	private static Analyzer compoundParts(NormalizeCharMap rewrite) {
		return new Analyzer() {

			@Override
			protected Reader initReader(String fieldName, Reader reader) {
				return rewrite == null ? reader : new MappingCharFilter(rewrite, reader);
			}

			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer tokenizer = new HanLpTokenizer();
				return new TokenStreamComponents(tokenizer, new CompoundPartsFilter(tokenizer));
			}

		};
	}

}
