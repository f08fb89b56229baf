package org.govassist.kb.semantic;

import java.util.Map;

/**
 * Turns one word into vocabulary pieces, longest match first from the left: the first piece as
 * it is, every following one with the continuing prefix ({@code ##}). A word longer than the limit
 * or with a part no piece matches becomes the single unknown token.
 *
 * <p>Immutable and thread-safe.
 */
final class WordPiece {

	private final Map<String, Integer> vocabulary;

	private final String continuingPrefix;

	private final int unknownId;

	private final int maxCharsPerWord;

	/** The most characters of any piece, so that no longer candidate is looked up. */
	private final int longestPiece;

	WordPiece(Map<String, Integer> vocabulary, String continuingPrefix, int unknownId, int maxCharsPerWord) {
		this.vocabulary = Map.copyOf(vocabulary);
		this.continuingPrefix = continuingPrefix;
		this.unknownId = unknownId;
		this.maxCharsPerWord = maxCharsPerWord;
		this.longestPiece = vocabulary.keySet().stream()
				.map(token -> token.startsWith(continuingPrefix) ? token.substring(continuingPrefix.length()) : token)
				.mapToInt(piece -> piece.codePointCount(0, piece.length()))
				.max()
				.orElse(0);
	}

	/**
	 * Appends the ids of {@code word}'s pieces.
	 *
	 * @return whether {@code out} has room for more
	 */
	boolean tokenize(String word, TokenIds out) {
		int length = word.codePointCount(0, word.length());
		if (length > maxCharsPerWord) {
			return out.add(unknownId);
		}
		int[] pieces = new int[length];
		int count = 0;
		int start = 0;
		while (start < word.length()) {
			Integer id = null;
			int end = furthestEnd(word, start);
			while (end > start) {
				String piece = start == 0 ? word.substring(0, end) : continuingPrefix + word.substring(start, end);
				id = vocabulary.get(piece);
				if (id != null) {
					break;
				}
				end = word.offsetByCodePoints(end, -1);
			}
			if (id == null) {
				return out.add(unknownId);
			}
			pieces[count++] = id;
			start = end;
		}
		for (int i = 0; i < count; i++) {
			if (!out.add(pieces[i])) {
				return false;
			}
		}
		return true;
	}

	private int furthestEnd(String word, int start) {
		int remaining = word.codePointCount(start, word.length());
		return remaining <= longestPiece ? word.length() : word.offsetByCodePoints(start, longestPiece);
	}

	int idOf(String token) {
		Integer id = vocabulary.get(token);
		if (id == null) {
			throw new SemanticModelException("the tokenizer vocabulary has no " + token + " token");
		}
		return id;
	}

}
