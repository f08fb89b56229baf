package org.govassist.kb.analysis;

import java.util.regex.Pattern;

/**
 * One entry of the domain dictionary: a word the segmenter must keep whole, with its HanLP part of
 * speech (nature) and a frequency that weighs it against the segmenter's own words.
 *
 * @param word the word, in normalised form (simplified, lower case, half width), without spaces
 * @param nature a HanLP nature such as {@code n}, {@code nz}, {@code v}, {@code vn}, {@code nt}
 * @param frequency a positive corpus frequency; larger wins more ties in segmentation
 */
public record LexiconWord(String word, String nature, int frequency) {

	private static final Pattern NATURE = Pattern.compile("[a-z][a-z0-9]*");

	public LexiconWord {
		if (word == null || word.isBlank() || word.codePoints().anyMatch(Character::isWhitespace)) {
			throw new IllegalArgumentException("a dictionary word must be non-empty and without spaces: '" + word + "'");
		}
		if (nature == null || !NATURE.matcher(nature).matches()) {
			throw new IllegalArgumentException("bad nature '" + nature + "' for " + word);
		}
		if (frequency < 1) {
			throw new IllegalArgumentException("frequency of " + word + " must be positive, not " + frequency);
		}
	}

}
