package org.govassist.kb.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * A Lucene tokenizer that segments Chinese text into words with HanLP's Viterbi segmenter and a
 * {@link Lexicon}'s domain dictionary.
 *
 * <p>Each token carries its text, its offsets in the original input (mapped back through any char
 * filters), a position increment of 1 and, as its type, the HanLP nature of the word ({@code n},
 * {@code v}, {@code nz}, {@code m} for numbers, {@code nx} for Latin words and so on). Words without
 * a letter or digit (spaces, punctuation, symbols, emoji) are dropped. A run of ASCII letters and
 * digits is one word (c1, abc123, 12345678901234567890).
 *
 * <p>Domain words that HanLP's first segmentation cut across are restored (新 + 车上 + 牌 becomes
 * 新车 + 上牌, 怎么办 + 理 becomes 怎么 + 办理; see {@link SegmentationRepair}).
 *
 * <p>The input is segmented in windows of at most {@value #WINDOW} characters, so memory stays
 * bounded whatever the input's length; a window ends at the last space or punctuation mark before
 * the limit where there is one, so words are cut only in text that has no break at all for that
 * long.
 *
 * <p>Not thread-safe, like every Lucene tokenizer: an {@link org.apache.lucene.analysis.Analyzer}
 * keeps one per thread.
 */
public final class HanLpTokenizer extends Tokenizer {

	/** Most characters segmented at once. */
	public static final int WINDOW = 10_000;

	/** How far back from the window's end a break is looked for. */
	private static final int BREAK_SEARCH = 1_000;

	private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);

	private final OffsetAttribute offsetAttribute = addAttribute(OffsetAttribute.class);

	private final PositionIncrementAttribute positionAttribute = addAttribute(PositionIncrementAttribute.class);

	private final TypeAttribute typeAttribute = addAttribute(TypeAttribute.class);

	private final Segment segment;

	private final SegmentationRepair repair;

	private final char[] buffer = new char[WINDOW];

	/** Characters in {@link #buffer}: the current window followed by the start of the next. */
	private int buffered;

	/** Length of the current window within {@link #buffer}. */
	private int windowLength;

	/** Offset of the current window's first character in the whole input. */
	private int windowStart;

	private boolean exhausted;

	private Iterator<Term> terms = Collections.emptyIterator();

	/** Creates a tokenizer with the {@linkplain Lexicon#bundled() bundled lexicon}. */
	public HanLpTokenizer() {
		this(Lexicon.bundled());
	}

	/**
	 * Creates a tokenizer with the given vocabulary.
	 *
	 * @param lexicon the words to keep whole
	 */
	public HanLpTokenizer(Lexicon lexicon) {
		this.segment = HanLpSetup.newSegment(lexicon.segmenterDictionary());
		this.repair = new SegmentationRepair(lexicon);
	}

	@Override
	public boolean incrementToken() throws IOException {
		clearAttributes();
		while (true) {
			while (terms.hasNext()) {
				Term term = terms.next();
				if (hasLetterOrDigit(term.word)) {
					int start = windowStart + term.offset;
					termAttribute.setEmpty().append(term.word);
					offsetAttribute.setOffset(correctOffset(start), correctOffset(start + term.word.length()));
					positionAttribute.setPositionIncrement(1);
					typeAttribute.setType(term.nature == null ? "x" : term.nature.toString());
					return true;
				}
			}
			if (!nextWindow()) {
				return false;
			}
		}
	}

	/** Moves to the next window of input and segments it; false at the end of the input. */
	private boolean nextWindow() throws IOException {
		System.arraycopy(buffer, windowLength, buffer, 0, buffered - windowLength);
		windowStart += windowLength;
		buffered -= windowLength;
		while (!exhausted && buffered < buffer.length) {
			int read = input.read(buffer, buffered, buffer.length - buffered);
			if (read == -1) {
				exhausted = true;
			}
			else {
				buffered += read;
			}
		}
		windowLength = exhausted ? buffered : windowEnd();
		if (windowLength == 0) {
			return false;
		}
		terms = joinLatinAndDigitRuns(repair.repair(segment.seg(Arrays.copyOf(buffer, windowLength)))).iterator();
		return true;
	}

	/** Where a full buffer's window ends: after its last break, else before a split surrogate pair. */
	private int windowEnd() {
		for (int i = buffered - 1; i >= buffered - BREAK_SEARCH; i--) {
			if (Separators.isSeparator(buffer[i])) {
				return i + 1;
			}
		}
		return Character.isHighSurrogate(buffer[buffered - 1]) ? buffered - 1 : buffered;
	}

	/**
	 * Joins adjacent words made of ASCII letters and digits, which HanLP separates (c1 into c and
	 * 1, abc123 into abc and 123): a licence class, a model or a code is one word.
	 */
	private static List<Term> joinLatinAndDigitRuns(List<Term> terms) {
		List<Term> joined = new ArrayList<>(terms.size());
		for (Term term : terms) {
			Term previous = joined.isEmpty() ? null : joined.getLast();
			if (previous != null && isLatinOrDigits(previous.word) && isLatinOrDigits(term.word)
					&& previous.offset + previous.word.length() == term.offset) {
				String word = previous.word + term.word;
				Term merged = new Term(word, word.chars().allMatch(Character::isDigit) ? Nature.m : Nature.nx);
				merged.offset = previous.offset;
				joined.set(joined.size() - 1, merged);
			}
			else {
				joined.add(term);
			}
		}
		return joined;
	}

	private static boolean isLatinOrDigits(String word) {
		return !word.isEmpty() && word.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c));
	}

	private static boolean hasLetterOrDigit(String word) {
		return word.codePoints().anyMatch(Character::isLetterOrDigit);
	}

	@Override
	public void end() throws IOException {
		super.end();
		int finalOffset = correctOffset(windowStart + buffered);
		offsetAttribute.setOffset(finalOffset, finalOffset);
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		buffered = 0;
		windowLength = 0;
		windowStart = 0;
		exhausted = false;
		terms = Collections.emptyIterator();
	}

}
