package org.govassist.kb.semantic;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * The BERT WordPiece tokenizer of the bundled sentence-embedding model: turns a text into the
 * model's token ids exactly as the model's own {@code tokenizer.json} defines them.
 *
 * <p>{@link #encode} normalises the text (drops control characters, spaces out CJK ideographs),
 * splits it at whitespace and punctuation, cuts each word into vocabulary pieces, and frames the
 * ids with {@code [CLS]} and {@code [SEP]}. Text too long for the model is truncated to its first
 * {@link #maxLength()} ids, never rejected.
 *
 * <p>Immutable and thread-safe: load it once with {@link #bundled()} and share it.
 */
public final class WordPieceTokenizer {

	private final AddedTokens addedTokens;

	private final BertNormalizer normalizer;

	private final WordPiece wordPiece;

	private final int clsId;

	private final int sepId;

	private final int maxLength;

	WordPieceTokenizer(AddedTokens addedTokens, BertNormalizer normalizer, WordPiece wordPiece, int maxLength) {
		if (maxLength < 2) {
			throw new IllegalArgumentException("maxLength must leave room for [CLS] and [SEP], not " + maxLength);
		}
		this.addedTokens = addedTokens;
		this.normalizer = normalizer;
		this.wordPiece = wordPiece;
		this.clsId = wordPiece.idOf("[CLS]");
		this.sepId = wordPiece.idOf("[SEP]");
		this.maxLength = maxLength;
	}

	/**
	 * Loads the tokenizer of the bundled model from the classpath.
	 *
	 * @throws SemanticModelException if the model's tokenizer is not on the classpath or unreadable
	 */
	public static WordPieceTokenizer bundled() {
		String resource = BundledModel.TOKENIZER_RESOURCE;
		try (InputStream json = BundledModel.open(resource)) {
			return TokenizerJson.read(json, resource, BundledModel.MAX_TOKENS);
		}
		catch (IOException e) {
			throw new SemanticModelException("cannot read the sentence-embedding tokenizer " + resource + ": " + e.getMessage(), e);
		}
	}

	/**
	 * The model's token ids for {@code text}: {@code [CLS]}, the text's pieces, {@code [SEP]}, at
	 * most {@link #maxLength()} in all.
	 *
	 * @param text any text, empty included
	 * @return at least the two ids of {@code [CLS]} and {@code [SEP]}
	 */
	public int[] encode(String text) {
		Objects.requireNonNull(text, "text");
		TokenIds ids = new TokenIds(maxLength - 2);
		int segmentStart = 0;
		int index = 0;
		while (index < text.length() && !ids.full()) {
			AddedTokens.AddedToken token = addedTokens.matchAt(text, index);
			if (token == null) {
				index++;
				continue;
			}
			encodeSegment(text.substring(segmentStart, index), ids);
			ids.add(token.id());
			index += token.content().length();
			segmentStart = index;
		}
		if (!ids.full()) {
			encodeSegment(text.substring(segmentStart), ids);
		}
		return ids.between(clsId, sepId);
	}

	/** The most ids {@link #encode} returns, {@code [CLS]} and {@code [SEP]} included. */
	public int maxLength() {
		return maxLength;
	}

	private void encodeSegment(String segment, TokenIds ids) {
		if (segment.isEmpty() || ids.full()) {
			return;
		}
		BertPreTokenizer.split(normalizer.normalize(segment), word -> wordPiece.tokenize(word, ids));
	}

}
