package org.govassist.kb.analysis;

import java.util.ArrayList;
import java.util.List;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Moves a misplaced word boundary back where the domain dictionary wants it. HanLP's core
 * statistics sometimes take the last character of a word for the start of the next one:
 * 怎么办理 comes out as 怎么办 + 理 instead of 怎么 + 办理. When a word of three or more characters
 * is followed by a single character, the two characters around the boundary form a dictionary
 * word and the rest of the first word is a word too, the boundary moves one character left.
 *
 * <p>Only the lexicon's own words are trusted to pull a character over (办理, 办证, 上牌), so the
 * repair stays within the vocabulary the project curates.
 *
 * <p>Thread-safe: it only reads the lexicon and HanLP's core dictionary.
 */
final class BoundaryRepair {

	private final Lexicon lexicon;

	BoundaryRepair(Lexicon lexicon) {
		this.lexicon = lexicon;
	}

	/**
	 * @param terms HanLP's segmentation, with offsets
	 * @return the segmentation with its misplaced boundaries moved
	 */
	List<Term> repair(List<Term> terms) {
		List<Term> repaired = null;
		for (int i = 0; i < terms.size(); i++) {
			Term term = terms.get(i);
			Term next = i + 1 < terms.size() ? terms.get(i + 1) : null;
			Term[] moved = next == null ? null : moveBoundary(term, next);
			if (moved != null) {
				if (repaired == null) {
					repaired = new ArrayList<>(terms.subList(0, i));
				}
				repaired.add(moved[0]);
				repaired.add(moved[1]);
				i++;
			}
			else if (repaired != null) {
				repaired.add(term);
			}
		}
		return repaired == null ? terms : repaired;
	}

	private Term[] moveBoundary(Term first, Term second) {
		String word = first.word;
		if (word.length() < 3 || second.word.length() != 1 || !isIdeographic(word) || !isIdeographic(second.word)) {
			return null;
		}
		String joined = word.charAt(word.length() - 1) + second.word;
		String rest = word.substring(0, word.length() - 1);
		LexiconWord joinedWord = lexicon.word(joined);
		Nature restNature = nature(rest);
		if (joinedWord == null || restNature == null) {
			return null;
		}
		return new Term[] { term(rest, restNature, first.offset),
				term(joined, Nature.create(joinedWord.nature()), first.offset + rest.length()) };
	}

	private Nature nature(String word) {
		LexiconWord known = lexicon.word(word);
		if (known != null) {
			return Nature.create(known.nature());
		}
		CoreDictionary.Attribute attribute = CoreDictionary.get(word);
		return attribute == null ? null : attribute.nature[0];
	}

	private static Term term(String word, Nature nature, int offset) {
		Term term = new Term(word, nature);
		term.offset = offset;
		return term;
	}

	private static boolean isIdeographic(String text) {
		return text.codePoints().allMatch(Character::isIdeographic);
	}

}
