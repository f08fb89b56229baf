package org.govassist.kb.analysis;

import java.util.ArrayList;
import java.util.List;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Restores domain words that HanLP's segmentation cut across. HanLP applies a custom dictionary
 * only by joining whole words of its first segmentation, so a domain word is lost when a word of
 * the core dictionary straddles its edge: 新车上牌 comes out as 新 + 车上 + 牌 instead of 新车 +
 * 上牌, and 怎么办理 as 怎么办 + 理 instead of 怎么 + 办理.
 *
 * <p>The repair looks at each run of short words (three characters at most) that are not
 * dictionary words and segments the run's text again, choosing the split that covers the most
 * characters with dictionary words. A dictionary word found this way must cross a boundary of
 * the original split, so a word that merely contains a dictionary word (小朋友 contains 朋友) is
 * never broken; what remains of a cut word must be a core-dictionary word or a single character.
 * A run with no such dictionary word is left exactly as it was.
 *
 * <p>Thread-safe: it only reads the lexicon and HanLP's core dictionary.
 */
final class SegmentationRepair {

	/** Longest word of a run that is considered for repair. */
	private static final int MAX_WORD_IN_RUN = 3;

	/** Longest dictionary word looked for inside a run. */
	private static final int MAX_PIECE = 8;

	private final Lexicon lexicon;

	SegmentationRepair(Lexicon lexicon) {
		this.lexicon = lexicon;
	}

	/**
	 * @param terms HanLP's segmentation, with offsets
	 * @return the segmentation with the domain words it cut across restored
	 */
	List<Term> repair(List<Term> terms) {
		List<Term> repaired = new ArrayList<>(terms.size());
		int i = 0;
		while (i < terms.size()) {
			int end = i;
			while (end < terms.size() && isRepairable(terms.get(end))
					&& (end == i || follows(terms.get(end - 1), terms.get(end)))) {
				end++;
			}
			if (end - i >= 2) {
				repaired.addAll(resegment(terms.subList(i, end)));
				i = end;
			}
			else {
				repaired.add(terms.get(i));
				i++;
			}
		}
		return repaired;
	}

	private boolean isRepairable(Term term) {
		return term.word.length() <= MAX_WORD_IN_RUN && lexicon.word(term.word) == null
				&& term.word.codePoints().allMatch(Character::isIdeographic);
	}

	private static boolean follows(Term previous, Term next) {
		return previous.offset + previous.word.length() == next.offset;
	}

	/** The best split of a run: most characters in crossing dictionary words, then fewest pieces. */
	private List<Term> resegment(List<Term> run) {
		StringBuilder text = new StringBuilder();
		int length = 0;
		int[] tokenAt = new int[MAX_WORD_IN_RUN * run.size() + 1];
		boolean[] boundary = new boolean[tokenAt.length];
		for (int t = 0; t < run.size(); t++) {
			boundary[length] = true;
			for (int c = 0; c < run.get(t).word.length(); c++) {
				tokenAt[length + c] = t;
			}
			text.append(run.get(t).word);
			length += run.get(t).word.length();
		}
		boundary[length] = true;
		Step[] best = new Step[length + 1];
		best[0] = new Step(0, 0, 0, null);
		for (int from = 0; from < length; from++) {
			if (best[from] == null) {
				continue;
			}
			for (int to = from + 1; to <= Math.min(length, from + MAX_PIECE); to++) {
				String piece = text.substring(from, to);
				boolean crossing = crossesBoundary(boundary, from, to);
				Nature nature = crossing ? dictionaryNature(piece) : pieceNature(run, tokenAt, boundary, from, to, piece);
				if (nature == null) {
					continue;
				}
				Step step = new Step(best[from].dictionaryChars + (crossing ? to - from : 0), best[from].pieces + 1, from,
						new Piece(piece, nature));
				if (step.isBetterThan(best[to])) {
					best[to] = step;
				}
			}
		}
		if (best[length].dictionaryChars == 0) {
			return run;
		}
		List<Term> pieces = new ArrayList<>();
		int offset = run.getFirst().offset;
		for (int at = length; at > 0; at = best[at].from) {
			Piece piece = best[at].piece;
			Term term = new Term(piece.word, piece.nature);
			term.offset = offset + best[at].from;
			pieces.addFirst(term);
		}
		return pieces;
	}

	private static boolean crossesBoundary(boolean[] boundary, int from, int to) {
		for (int i = from + 1; i < to; i++) {
			if (boundary[i]) {
				return true;
			}
		}
		return false;
	}

	private Nature dictionaryNature(String piece) {
		LexiconWord word = lexicon.word(piece);
		return word == null ? null : Nature.create(word.nature());
	}

	/** The nature of a piece within one original word: the word itself, or a remainder of it. */
	private static Nature pieceNature(List<Term> run, int[] tokenAt, boolean[] boundary, int from, int to, String piece) {
		Term original = run.get(tokenAt[from]);
		if (boundary[from] && boundary[to]) {
			return original.nature;
		}
		CoreDictionary.Attribute attribute = CoreDictionary.get(piece);
		if (attribute != null) {
			return attribute.nature[0];
		}
		return piece.length() == 1 ? original.nature : null;
	}

	private record Piece(String word, Nature nature) {
	}

	private record Step(int dictionaryChars, int pieces, int from, Piece piece) {

		boolean isBetterThan(Step other) {
			return other == null || dictionaryChars > other.dictionaryChars
					|| dictionaryChars == other.dictionaryChars && pieces < other.pieces;
		}

	}

}
