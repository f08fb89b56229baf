package org.govassist.kb.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;

/**
 * The project's tokenizer against the HuggingFace one (through DJL) reading the same
 * {@code tokenizer.json}: the model only gives the right vectors for exactly its own token ids.
 */
class ReferenceTokenizerTest {

	private static HuggingFaceTokenizer reference;

	private static final WordPieceTokenizer tokenizer = WordPieceTokenizer.bundled();

	@BeforeAll
	static void loadReference() throws IOException {
		// Also set by the build; repeated so the test stays offline when run on its own.
		System.setProperty("ai.djl.offline", "true");
		try (InputStream json = BundledModel.open(BundledModel.TOKENIZER_RESOURCE)) {
			reference = HuggingFaceTokenizer.newInstance(json,
					Map.of("truncation", "true", "maxLength", String.valueOf(BundledModel.MAX_TOKENS), "padding", "false"));
		}
	}

	@AfterAll
	static void closeReference() {
		reference.close();
	}

	@Test
	void givesExactlyTheReferenceIdsOnVariedTexts() {
		List<String> texts = VariedTexts.generate(20240315L, 400);

		for (String text : texts) {
			assertThat(tokenizer.encode(text)).as("ids of %s", describe(text)).containsExactly(referenceIds(text));
		}
		assertThat(texts).hasSizeGreaterThan(500);
	}

	@Test
	void givesExactlyTheReferenceIdsForEveryCodePoint() {
		List<Integer> chunk = new ArrayList<>();
		for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
			if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
				chunk.add(c);
			}
			if (chunk.size() == 200 || c == Character.MAX_CODE_POINT) {
				String text = betweenLetters(chunk);
				if (!Arrays.equals(tokenizer.encode(text), referenceIds(text))) {
					int culprit = chunk.stream().filter(one -> !encodesAlike(betweenLetters(List.of(one)))).findFirst().orElseThrow();
					assertThat(tokenizer.encode(betweenLetters(List.of(culprit)))).as("ids of U+%04X between letters", culprit)
							.containsExactly(referenceIds(betweenLetters(List.of(culprit))));
				}
				chunk.clear();
			}
		}
	}

	@Test
	void theVariedTextsReachUnknownPiecesContinuationsAndTruncation() {
		List<int[]> encoded = VariedTexts.generate(20240315L, 400).stream().map(tokenizer::encode).toList();

		assertThat(encoded).anySatisfy(ids -> assertThat(ids).contains(100));
		assertThat(encoded).anySatisfy(ids -> assertThat(ids).hasSize(BundledModel.MAX_TOKENS));
		assertThat(tokenizer.encode("tokenization")).hasSizeGreaterThan(3);
	}

	/**
	 * Each code point between two letters, as separate words: that way one text shows whether the
	 * tokenizer drops it, takes it for a space, splits at it as punctuation or an ideograph, or keeps
	 * it inside the word.
	 */
	private static String betweenLetters(List<Integer> codePoints) {
		StringBuilder text = new StringBuilder();
		codePoints.forEach(c -> text.append(" a").appendCodePoint(c).append('a'));
		return text.toString();
	}

	private static boolean encodesAlike(String text) {
		return Arrays.equals(tokenizer.encode(text), referenceIds(text));
	}

	private static int[] referenceIds(String text) {
		return Arrays.stream(reference.encode(text).getIds()).mapToInt(Math::toIntExact).toArray();
	}

	/** The text with every invisible character spelled out, so that a failure shows what was tokenized. */
	private static String describe(String text) {
		StringBuilder shown = new StringBuilder();
		text.codePoints().limit(300).forEach(c -> {
			boolean visible = switch (Character.getType(c)) {
				case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.UNASSIGNED, Character.SURROGATE,
						Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
				default -> true;
			};
			shown.append(visible && c != '\\' ? Character.toString(c) : String.format("\\u{%X}", c));
		});
		return "[" + shown + (text.length() > shown.length() ? "…" : "") + "] (" + text.length() + " chars)";
	}

}
