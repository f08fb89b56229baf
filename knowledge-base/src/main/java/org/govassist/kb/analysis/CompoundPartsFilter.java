package org.govassist.kb.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Adds the parts of every compound word after the compound itself, so that an indexed 住房公积金
 * is found by 公积金 and an indexed 不动产登记中心 by 不动产登记 too, while the whole compound still
 * matches best.
 *
 * <p>The output is a correct token graph: the compound spans as many positions as it has parts
 * ({@link PositionLengthAttribute}), the first part shares the compound's position and each
 * following part takes the next one. Each part's offsets are its own where the text was not
 * rewritten; in a rewritten compound all parts carry the compound's offsets.
 *
 * <p>Not thread-safe, like every token filter.
 */
final class CompoundPartsFilter extends TokenFilter {

	private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);

	private final OffsetAttribute offsetAttribute = addAttribute(OffsetAttribute.class);

	private final PositionIncrementAttribute positionAttribute = addAttribute(PositionIncrementAttribute.class);

	private final PositionLengthAttribute lengthAttribute = addAttribute(PositionLengthAttribute.class);

	private final TypeAttribute typeAttribute = addAttribute(TypeAttribute.class);

	private final CompoundSplitter splitter = new CompoundSplitter();

	private final Deque<CompoundSplitter.Part> pending = new ArrayDeque<>();

	private State compound;

	private int compoundStart;

	private int compoundEnd;

	private boolean exactOffsets;

	private int lastPosition;

	CompoundPartsFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!pending.isEmpty()) {
			emitPart(pending.removeFirst());
			return true;
		}
		if (!input.incrementToken()) {
			return false;
		}
		CompoundSplitter.Split split = splitter.split(termAttribute.toString());
		if (split != null) {
			compound = captureState();
			compoundStart = offsetAttribute.startOffset();
			compoundEnd = offsetAttribute.endOffset();
			exactOffsets = compoundEnd - compoundStart == termAttribute.length();
			lastPosition = 0;
			pending.addAll(split.parts());
			lengthAttribute.setPositionLength(split.positions());
		}
		return true;
	}

	private void emitPart(CompoundSplitter.Part part) {
		restoreState(compound);
		termAttribute.setEmpty().append(part.word());
		if (exactOffsets) {
			offsetAttribute.setOffset(compoundStart + part.offset(), compoundStart + part.offset() + part.word().length());
		}
		positionAttribute.setPositionIncrement(part.position() - lastPosition);
		lengthAttribute.setPositionLength(1);
		typeAttribute.setType(part.nature());
		lastPosition = part.position();
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		pending.clear();
		compound = null;
	}

}
