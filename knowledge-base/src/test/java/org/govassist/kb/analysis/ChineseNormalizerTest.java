package org.govassist.kb.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

import org.apache.lucene.analysis.CharFilter;
import org.junit.jupiter.api.Test;

class ChineseNormalizerTest {

	@Test
	void fullWidthFormsBecomeHalfWidth() {
		assertThat(ChineseNormalizer.normalize("ＡＢＣ１２３ｘｙｚ")).isEqualTo("abc123xyz");
		assertThat(ChineseNormalizer.normalize("办\u3000证")).isEqualTo("办 证");
	}

	@Test
	void traditionalCharactersBecomeSimplified() {
		assertThat(ChineseNormalizer.normalize("換護照要帶什麼證件")).isEqualTo("换护照要带什么证件");
		assertThat(ChineseNormalizer.normalize("臺灣居民來往大陸通行證")).isEqualTo("台湾居民来往大陆通行证");
	}

	@Test
	void simplifiedTextIsLeftAlone() {
		String text = "著作权登记覆盖了解乾坤后来头发松";
		assertThat(ChineseNormalizer.normalize(text)).isEqualTo(text.replace('乾', '干'));
	}

	@Test
	void upperCaseBecomesLowerCase() {
		assertThat(ChineseNormalizer.normalize("APP ETC Ｗi-Fi")).isEqualTo("app etc wi fi");
	}

	@Test
	void punctuationBecomesSpace() {
		assertThat(ChineseNormalizer.normalize("身份证，丢了！怎么办？（急）“在线”《指南》、a.b;c")).isEqualTo("身份证 丢了 怎么办  急  在线  指南  a b c");
	}

	@Test
	void lengthIsKeptAndCharactersOutsideTheBasicPlanePass() {
		String text = "😀𠀀身份證";
		assertThat(ChineseNormalizer.normalize(text)).isEqualTo("😀𠀀身份证").hasSameSizeAs(text);
	}

	@Test
	void charFilterGivesTheSameTextWithUnchangedOffsets() throws IOException {
		String text = "換護照，ＡＢＣ";
		try (Reader filter = ChineseNormalizer.filter(new StringReader(text))) {
			char[] buffer = new char[64];
			int read = filter.read(buffer);
			assertThat(new String(buffer, 0, read)).isEqualTo(ChineseNormalizer.normalize(text));
			assertThat(((CharFilter) filter).correctOffset(5)).isEqualTo(5);
		}
	}

}
