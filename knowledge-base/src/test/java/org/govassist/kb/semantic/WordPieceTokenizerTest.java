package org.govassist.kb.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class WordPieceTokenizerTest {

	private static final int CLS = 101;

	private static final int SEP = 102;

	private static final int UNKNOWN = 100;

	private static final int MASK = 103;

	private final WordPieceTokenizer tokenizer = WordPieceTokenizer.bundled();

	@Test
	void emptyTextIsJustTheFrame() {
		assertThat(tokenizer.encode("")).containsExactly(CLS, SEP);
		assertThat(tokenizer.encode(" \t\n\u3000")).containsExactly(CLS, SEP);
	}

	@Test
	void everyChineseCharacterIsATokenOfItsOwn() {
		int[] ids = tokenizer.encode("结婚登记");

		assertThat(ids).hasSize(6).startsWith(CLS).endsWith(SEP).doesNotContain(UNKNOWN);
	}

	@Test
	void aLatinWordOutsideTheVocabularyIsCutIntoPieces() {
		assertThat(tokenizer.encode("tokenization")).hasSizeGreaterThan(3).doesNotContain(UNKNOWN);
	}

	@Test
	void controlAndInvisibleFormatCharactersAreDropped() {
		assertThat(tokenizer.encode("结婚\u0000\u200b\u00ad登记\ufeff")).containsExactly(tokenizer.encode("结婚登记"));
	}

	@Test
	void punctuationIsSplitOffWords() {
		assertThat(tokenizer.encode("PDF，APP")).containsExactly(tokenizer.encode("PDF ， APP"));
	}

	@Test
	void aSpecialTokenTypedLiterallyKeepsItsId() {
		assertThat(tokenizer.encode("[MASK]")).containsExactly(CLS, MASK, SEP);
	}

	@Test
	void aWordOfMoreThanAHundredCharactersIsOneUnknownToken() {
		assertThat(tokenizer.encode("a".repeat(101))).containsExactly(CLS, UNKNOWN, SEP);
		assertThat(tokenizer.encode("a".repeat(100))).doesNotContain(UNKNOWN);
	}

	@Test
	void longTextIsTruncatedToTheModelsLengthEndingWithSep() {
		int[] ids = tokenizer.encode("办理居住证需要哪些材料？".repeat(100));

		assertThat(tokenizer.maxLength()).isEqualTo(512);
		assertThat(ids).hasSize(512).startsWith(CLS).endsWith(SEP);
		assertThat(ids).startsWith(Arrays.copyOf(tokenizer.encode("办理居住证需要哪些材料？"), 13));
	}

	@Test
	void lowerCasingAndAccentStrippingApplyWhenTheConfigurationAsksForThem() {
		WordPieceTokenizer lowerCasing = read("""
				{"added_tokens": [],
				 "normalizer": {"type": "BertNormalizer", "clean_text": true, "handle_chinese_chars": true,
				                "strip_accents": null, "lowercase": true},
				 "pre_tokenizer": {"type": "BertPreTokenizer"},
				 "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##",
				           "max_input_chars_per_word": 100,
				           "vocab": {"[PAD]": 0, "[UNK]": 1, "[CLS]": 2, "[SEP]": 3, "cafe": 4, "naive": 5}}}
				""");

		assertThat(lowerCasing.encode("Café NAÏVE")).containsExactly(2, 4, 5, 3);
	}

	@Test
	void aTokenizerOfAnotherKindIsRefusedWithWhatDiffers() {
		assertThatThrownBy(() -> read("""
				{"added_tokens": [], "normalizer": {"type": "NFKC"}, "pre_tokenizer": {"type": "BertPreTokenizer"},
				 "model": {"type": "WordPiece", "vocab": {"[UNK]": 0, "[CLS]": 1, "[SEP]": 2}}}
				"""))
				.isInstanceOf(SemanticModelException.class)
				.hasMessageContaining("normalizer must be of type BertNormalizer, not NFKC");
		assertThatThrownBy(() -> read("""
				{"model": {"type": "BPE", "vocab": {}}}
				"""))
				.isInstanceOf(SemanticModelException.class)
				.hasMessageContaining("model must be of type WordPiece, not BPE");
	}

	@Test
	void anUnreadableTokenizerFileIsReportedAsSuch() {
		assertThatThrownBy(() -> read("{\"model\": "))
				.isInstanceOf(SemanticModelException.class)
				.hasMessageContaining("test-tokenizer.json is not valid JSON");
	}

	private static WordPieceTokenizer read(String json) {
		return TokenizerJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test-tokenizer.json", 512);
	}

}
