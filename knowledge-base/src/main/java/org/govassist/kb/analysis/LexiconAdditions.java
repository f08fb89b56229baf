package org.govassist.kb.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Words and synonym groups added on top of a lexicon, such as the ones editors maintain beside
 * the bundled vocabulary. Additions never remove anything from the lexicon they extend.
 *
 * <p>{@link #applyTo(Lexicon)} merges them:
 * <ul>
 * <li>each added word, and each term of an added synonym group, becomes a dictionary word the
 * segmenter keeps whole (nature {@value #NATURE}, frequency {@value #FREQUENCY}), unless the
 * lexicon has it already;</li>
 * <li>an added group that shares no term with the lexicon's groups is a new group, its first term
 * canonical;</li>
 * <li>an added group that shares terms with exactly one of the lexicon's groups extends that group
 * with its other terms (the canonical term stays the lexicon's);</li>
 * <li>an added group that would join two of the lexicon's groups, and a term already added by an
 * earlier group, are left out, so that a lexicon that changed underneath stored additions still
 * loads. Editors' requests are checked for these cases before they are stored.</li>
 * </ul>
 *
 * @param words dictionary words to add, as written
 * @param synonymGroups groups of interchangeable terms to add, as written
 */
public record LexiconAdditions(List<String> words, List<List<String>> synonymGroups) {

	/** Nothing added. */
	public static final LexiconAdditions NONE = new LexiconAdditions(List.of(), List.of());

	/** The part of speech of an added word: a general noun. */
	public static final String NATURE = "n";

	/** The frequency of an added word: that of the bundled dictionary's common nouns. */
	public static final int FREQUENCY = 5000;

	public LexiconAdditions {
		words = List.copyOf(words);
		synonymGroups = synonymGroups.stream().map(List::copyOf).toList();
	}

	/**
	 * The lexicon with these additions.
	 *
	 * @param base the lexicon to extend, e.g. {@link Lexicon#bundled()}
	 * @return a new lexicon; {@code base} itself when nothing is added
	 */
	public Lexicon applyTo(Lexicon base) {
		if (words.isEmpty() && synonymGroups.isEmpty()) {
			return base;
		}
		List<LexiconWord> allWords = new ArrayList<>(base.words());
		Set<String> known = new LinkedHashSet<>();
		base.words().forEach(word -> known.add(word.word()));
		List<List<String>> groups = new ArrayList<>();
		Map<String, Integer> groupOfTerm = new HashMap<>();
		for (List<String> group : base.synonymGroups()) {
			for (String term : group) {
				groupOfTerm.put(term, groups.size());
			}
			groups.add(new ArrayList<>(group));
		}
		for (String word : words) {
			addWord(ChineseNormalizer.normalize(word).strip(), known, allWords);
		}
		for (List<String> group : synonymGroups) {
			List<String> terms = group.stream().map(term -> ChineseNormalizer.normalize(term).strip()).distinct().toList();
			if (terms.size() < 2 || terms.stream().anyMatch(String::isEmpty)) {
				continue;
			}
			Set<Integer> touched = new LinkedHashSet<>();
			terms.stream().map(groupOfTerm::get).filter(Objects::nonNull).forEach(touched::add);
			if (touched.size() > 1) {
				continue;
			}
			int target = touched.isEmpty() ? groups.size() : touched.iterator().next();
			if (touched.isEmpty()) {
				groups.add(new ArrayList<>());
			}
			for (String term : terms) {
				if (!groupOfTerm.containsKey(term)) {
					groups.get(target).add(term);
					groupOfTerm.put(term, target);
				}
				addWord(term, known, allWords);
			}
		}
		return Lexicon.of(allWords, groups.stream().filter(group -> group.size() >= 2).toList());
	}

	private static void addWord(String word, Set<String> known, List<LexiconWord> words) {
		if (!word.isEmpty() && word.codePoints().noneMatch(Character::isWhitespace) && known.add(word)) {
			words.add(new LexiconWord(word, NATURE, FREQUENCY));
		}
	}

}
