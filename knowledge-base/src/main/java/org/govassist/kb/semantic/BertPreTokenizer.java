package org.govassist.kb.semantic;

/**
 * Splits normalised text into words as BERT does: at whitespace, which is dropped, and around
 * every punctuation character, which becomes a word of its own.
 *
 * <p>Whitespace and punctuation are those of {@link BertCharacters}. Stateless and thread-safe.
 */
final class BertPreTokenizer {

	private BertPreTokenizer() {
	}

	/**
	 * Passes each word of {@code text} to {@code words}, in order, until it returns {@code false}.
	 *
	 * @param text normalised text
	 * @param words receives each word; returns whether it wants more
	 */
	static void split(String text, WordSink words) {
		int start = -1;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			int next = i + Character.charCount(c);
			if (BertCharacters.isWhitespace(c) || BertCharacters.isPunctuation(c)) {
				if (start >= 0 && !words.accept(text.substring(start, i))) {
					return;
				}
				start = -1;
				if (BertCharacters.isPunctuation(c) && !words.accept(text.substring(i, next))) {
					return;
				}
			}
			else if (start < 0) {
				start = i;
			}
			i = next;
		}
		if (start >= 0) {
			words.accept(text.substring(start));
		}
	}

	/** Receives words one at a time and can stop the split early. */
	@FunctionalInterface
	interface WordSink {

		/** Takes one word; returns {@code false} when no more words are wanted. */
		boolean accept(String word);

	}

}
