package org.govassist.kb.semantic;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The text clean-up BERT applies before splitting: drops control and format characters,
 * turns every whitespace into a space, puts spaces around each CJK ideograph so that it becomes a
 * word of its own, and optionally strips accents and lower-cases.
 *
 * <p>Follows the HuggingFace {@code BertNormalizer} character for character, with the character
 * classes of {@link BertCharacters}. Accents and case follow the JDK's Unicode tables; the bundled
 * model uses neither. Immutable and thread-safe.
 */
record BertNormalizer(boolean cleanText, boolean handleChineseChars, boolean stripAccents, boolean lowercase) {

	String normalize(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		text.codePoints().forEach(c -> {
			if (cleanText && (c == 0 || c == 0xFFFD || BertCharacters.isControl(c))) {
				return;
			}
			if (cleanText && BertCharacters.isWhitespace(c)) {
				out.append(' ');
			}
			else if (handleChineseChars && BertCharacters.isChineseChar(c)) {
				out.append(' ').appendCodePoint(c).append(' ');
			}
			else {
				out.appendCodePoint(c);
			}
		});
		String normalized = out.toString();
		if (stripAccents) {
			normalized = withoutNonSpacingMarks(Normalizer.normalize(normalized, Normalizer.Form.NFD));
		}
		if (lowercase) {
			normalized = lowerCasedCharByChar(normalized);
		}
		return normalized;
	}

	private static String withoutNonSpacingMarks(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints()
				.filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
				.forEach(out::appendCodePoint);
		return out.toString();
	}

	/**
	 * Lower-cases each character on its own, as BERT does, so that no context rule (such as the
	 * Greek final sigma) applies.
	 */
	private static String lowerCasedCharByChar(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			if (c < 0x80) {
				out.append((char) Character.toLowerCase(c));
			}
			else {
				out.append(Character.toString(c).toLowerCase(Locale.ROOT));
			}
		});
		return out.toString();
	}

}
