package org.govassist.kb.semantic;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The text clean-up BERT applies before splitting: drops control and unassigned characters,
 * turns every whitespace into a space, puts spaces around each CJK ideograph so that it becomes a
 * word of its own, and optionally strips accents and lower-cases.
 *
 * <p>Follows the HuggingFace {@code BertNormalizer} character for character; in particular
 * "whitespace" and "control" are the Unicode notions used there, not {@link Character#isWhitespace}.
 * Immutable and thread-safe.
 */
record BertNormalizer(boolean cleanText, boolean handleChineseChars, boolean stripAccents, boolean lowercase) {

	String normalize(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		text.codePoints().forEach(c -> {
			if (cleanText && (c == 0 || c == 0xFFFD || isControl(c))) {
				return;
			}
			if (cleanText && isWhitespace(c)) {
				out.append(' ');
			}
			else if (handleChineseChars && isChineseChar(c)) {
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

	/** Unicode's White_Space property, plus the three ASCII controls BERT counts as space. */
	static boolean isWhitespace(int c) {
		return (c >= '\t' && c <= '\r') || c == 0x85 || Character.isSpaceChar(c);
	}

	/** The "other" general categories (Cc, Cf, Cs, Co, Cn), except tab, line feed and carriage return. */
	private static boolean isControl(int c) {
		if (c == '\t' || c == '\n' || c == '\r') {
			return false;
		}
		return switch (Character.getType(c)) {
			case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> true;
			default -> false;
		};
	}

	/** The CJK ideograph blocks as BERT lists them (its list skips part of Extension E). */
	private static boolean isChineseChar(int c) {
		return (c >= 0x4E00 && c <= 0x9FFF)
				|| (c >= 0x3400 && c <= 0x4DBF)
				|| (c >= 0x20000 && c <= 0x2A6DF)
				|| (c >= 0x2A700 && c <= 0x2B73F)
				|| (c >= 0x2B740 && c <= 0x2B81F)
				|| (c >= 0x2B920 && c <= 0x2CEAF)
				|| (c >= 0xF900 && c <= 0xFAFF)
				|| (c >= 0x2F800 && c <= 0x2FA1F);
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
