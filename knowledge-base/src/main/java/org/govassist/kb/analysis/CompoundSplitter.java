package org.govassist.kb.analysis;

import java.util.ArrayList;
import java.util.List;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Finds the words inside a compound: 住房公积金 is 住房 + 公积金, 不动产登记中心 is 不动产 + 登记 +
 * 中心. The compound is segmented again with HanLP's core dictionary alone, which knows the
 * ordinary words but none of the domain compounds.
 *
 * <p>A word counts as a compound when it has at least two parts of two or more characters; its
 * single-character parts (证, 卡, 局) are too vague to stand alone and are not returned, but they
 * keep their position, so a part's {@link Part#position() position} is its index among all parts.
 *
 * <p>Not thread-safe: each token stream uses its own.
 */
final class CompoundSplitter {

	/** Shortest word examined: a two-character word cannot have two parts of two characters. */
	static final int MIN_LENGTH = 4;

	private final Segment segment = HanLP.newSegment("viterbi")
		.enableCustomDictionary(false)
		.enableOffset(true)
		.enableNameRecognize(false)
		.enableTranslatedNameRecognize(false)
		.enableJapaneseNameRecognize(false)
		.enablePlaceRecognize(false)
		.enableOrganizationRecognize(false)
		.enableNumberQuantifierRecognize(false);

	/**
	 * One part of a compound.
	 *
	 * @param word the part's text
	 * @param offset where the part starts within the compound
	 * @param position the part's index among all the compound's parts
	 * @param nature the part's HanLP nature
	 */
	record Part(String word, int offset, int position, String nature) {
	}

	/**
	 * The parts of a compound and how many positions they span.
	 *
	 * @param parts the parts of two or more characters, in order
	 * @param positions the number of all parts, single characters included
	 */
	record Split(List<Part> parts, int positions) {
	}

	/**
	 * Splits a word into its parts.
	 *
	 * @param word a token's text
	 * @return the split, or {@code null} when the word is not a compound of Chinese words
	 */
	Split split(String word) {
		if (word.length() < MIN_LENGTH || !word.codePoints().allMatch(Character::isIdeographic)) {
			return null;
		}
		List<Term> terms = segment.seg(word);
		List<Part> parts = new ArrayList<>();
		for (int i = 0; i < terms.size(); i++) {
			Term term = terms.get(i);
			if (term.word.length() >= 2) {
				parts.add(new Part(term.word, term.offset, i, term.nature == null ? "x" : term.nature.toString()));
			}
		}
		return parts.size() >= 2 ? new Split(List.copyOf(parts), terms.size()) : null;
	}

}
