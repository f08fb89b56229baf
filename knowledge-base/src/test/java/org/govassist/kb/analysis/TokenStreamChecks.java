package org.govassist.kb.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The consistency checks Lucene's {@code BaseTokenStreamTestCase} applies to its own analyzers,
 * for JUnit Jupiter: every token stream is consumed through the whole reset / incrementToken / end
 * / close workflow and its attributes checked on the way.
 */
final class TokenStreamChecks {

	/** One emitted token with every attribute the checks look at. */
	record Token(String term, int start, int end, int increment, int length, String type) {
	}

	/** A token stream's tokens and the final offset reported by {@code end()}. */
	record Analysis(List<Token> tokens, int finalOffset) {

		List<String> terms() {
			return tokens.stream().map(Token::term).toList();
		}

	}

	private TokenStreamChecks() {
	}

	/**
	 * Analyses a text and checks the stream's invariants: offsets within the text and not going
	 * backwards, start not after end, first increment at least 1 and the others at least 0,
	 * tokens at one position starting at one offset and tokens ending at one position ending at one
	 * offset, and the final offset equal to the text's length.
	 */
	static Analysis analyse(Analyzer analyzer, String text) {
		try (TokenStream stream = analyzer.tokenStream("body", text)) {
			return consume(stream, text.length());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Like {@link #analyse(Analyzer, String)} for a bare tokenizer, which is reset and closed here. */
	static Analysis analyse(Tokenizer tokenizer, String text) {
		tokenizer.setReader(new StringReader(text));
		try (tokenizer) {
			return consume(tokenizer, text.length());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Analysis consume(TokenStream stream, int textLength) throws IOException {
		CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
		OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
		PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
		PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
		TypeAttribute type = stream.addAttribute(TypeAttribute.class);
		List<Token> tokens = new ArrayList<>();
		Map<Integer, Integer> startOfPosition = new HashMap<>();
		Map<Integer, Integer> endOfPosition = new HashMap<>();
		int position = -1;
		int lastStart = 0;
		stream.reset();
		while (stream.incrementToken()) {
			Token token = new Token(term.toString(), offset.startOffset(), offset.endOffset(),
					increment.getPositionIncrement(), length.getPositionLength(), type.type());
			String where = "token " + tokens.size() + " " + token;
			assertThat(token.term()).as(where).isNotEmpty();
			assertThat(token.start()).as(where + ": start").isBetween(0, token.end());
			assertThat(token.end()).as(where + ": end").isLessThanOrEqualTo(textLength);
			assertThat(token.start()).as(where + ": start offsets must not go backwards").isGreaterThanOrEqualTo(lastStart);
			assertThat(token.increment()).as(where + ": position increment").isGreaterThanOrEqualTo(tokens.isEmpty() ? 1 : 0);
			assertThat(token.length()).as(where + ": position length").isGreaterThanOrEqualTo(1);
			position += token.increment();
			int startSeen = startOfPosition.computeIfAbsent(position, p -> token.start());
			assertThat(token.start()).as(where + ": tokens of one position start together").isEqualTo(startSeen);
			int endSeen = endOfPosition.computeIfAbsent(position + token.length(), p -> token.end());
			assertThat(token.end()).as(where + ": tokens ending at one position end together").isEqualTo(endSeen);
			lastStart = token.start();
			tokens.add(token);
		}
		assertThat(stream.incrementToken()).as("a finished stream stays finished").isFalse();
		stream.end();
		int finalOffset = offset.endOffset();
		assertThat(offset.startOffset()).as("final start offset").isEqualTo(finalOffset);
		assertThat(finalOffset).as("final offset is the length of the text").isEqualTo(textLength);
		return new Analysis(List.copyOf(tokens), finalOffset);
	}

	/**
	 * Analyses random texts and checks each one: the invariants of {@link #analyse(Analyzer,
	 * String)}, the same tokens on a second use of the (reused) stream, and a correct result after
	 * a stream was abandoned half way.
	 */
	static void checkRandomText(Analyzer analyzer, long seed, int iterations, int maxLength) {
		Random random = new Random(seed);
		for (int i = 0; i < iterations; i++) {
			String text = RandomText.of(random, random.nextInt(maxLength + 1));
			Analysis first = analyse(analyzer, text);
			abandonHalfway(analyzer, text);
			assertThat(analyse(analyzer, text)).as("second analysis of %s", escape(text)).isEqualTo(first);
		}
	}

	/** Consumes part of a stream and closes it without calling end(), as a failing consumer would. */
	static void abandonHalfway(Analyzer analyzer, String text) {
		try (TokenStream stream = analyzer.tokenStream("body", text)) {
			stream.reset();
			stream.incrementToken();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder();
		text.codePoints().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : (char) c));
		return out.toString();
	}

}
