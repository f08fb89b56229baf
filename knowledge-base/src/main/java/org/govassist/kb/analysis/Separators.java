package org.govassist.kb.analysis;

/** Which characters separate words: every kind of space and every punctuation mark. */
final class Separators {

	private Separators() {
	}

	static boolean isSeparator(char c) {
		if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
			return true;
		}
		return switch (Character.getType(c)) {
			case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
					Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
					Character.OTHER_PUNCTUATION -> true;
			default -> false;
		};
	}

}
