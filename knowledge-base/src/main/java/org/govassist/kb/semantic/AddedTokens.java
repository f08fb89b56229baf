package org.govassist.kb.semantic;

import java.util.Comparator;
import java.util.List;

/**
 * The tokens a tokenizer recognises in the raw text before any normalisation, such as
 * {@code [CLS]} or {@code [MASK]} typed literally: each occurrence becomes its id directly, as the
 * reference tokenizer does. Where two start at the same place the longer wins.
 *
 * <p>Immutable and thread-safe.
 */
final class AddedTokens {

	private final List<AddedToken> longestFirst;

	AddedTokens(List<AddedToken> tokens) {
		this.longestFirst = tokens.stream()
				.sorted(Comparator.comparingInt((AddedToken token) -> token.content().length()).reversed())
				.toList();
	}

	/** The added token that starts at {@code index} of {@code text}, or {@code null}. */
	AddedToken matchAt(String text, int index) {
		for (AddedToken token : longestFirst) {
			if (text.startsWith(token.content(), index)) {
				return token;
			}
		}
		return null;
	}

	/** One added token: its literal text and its id. */
	record AddedToken(String content, int id) {

		AddedToken {
			if (content.isEmpty()) {
				throw new IllegalArgumentException("an added token cannot be empty");
			}
		}

	}

}
