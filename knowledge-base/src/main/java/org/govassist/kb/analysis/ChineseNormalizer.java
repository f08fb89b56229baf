package org.govassist.kb.analysis;

import java.io.Reader;

import com.hankcs.hanlp.HanLP;

/**
 * Character-level normalisation of Chinese text: full-width forms to half-width, traditional
 * characters to simplified ones, upper case to lower case, and every punctuation mark (Chinese or
 * ASCII) and every kind of space to a plain space.
 *
 * <p>Each UTF-16 unit is replaced by exactly one unit, so the normalised text has the length of the
 * original and an offset into one is an offset into the other. That is what lets
 * {@link #filter(Reader)} serve as a Lucene char filter whose token offsets point into the text the
 * citizen typed. Characters outside the Basic Multilingual Plane (emoji, rare ideographs) pass
 * unchanged.
 *
 * <p>Traditional characters are converted one by one with HanLP's own traditional-to-simplified
 * table, using only its single-character entries: that table leaves alone the characters that are
 * also in everyday simplified use (著, 瞭, 覆), so simplified text is never altered.
 *
 * <p>Thread-safe: the table is built once per JVM and only read afterwards.
 */
public final class ChineseNormalizer {

	private ChineseNormalizer() {
	}

	/**
	 * Normalises plain text exactly as the analyzers' char filter does.
	 *
	 * @param text any text
	 * @return the text with the same length, normalised character by character
	 */
	public static String normalize(String text) {
		char[] chars = text.toCharArray();
		char[] table = Table.CHARS;
		for (int i = 0; i < chars.length; i++) {
			chars[i] = table[chars[i]];
		}
		return new String(chars);
	}

	/**
	 * Wraps a reader in the normalising char filter.
	 *
	 * @param input the original text
	 * @return a reader of the normalised text whose offsets equal those of the original
	 */
	public static Reader filter(Reader input) {
		return new CharTableFilter(input, Table.CHARS);
	}

	/** The lazily built replacement table, one entry for every UTF-16 unit. */
	private static final class Table {

		static final char[] CHARS = build();

		private static char[] build() {
			char[] table = new char[Character.MAX_VALUE + 1];
			for (int c = 0; c <= Character.MAX_VALUE; c++) {
				table[c] = (char) c;
			}
			simplify(table);
			for (int c = 0; c <= Character.MAX_VALUE; c++) {
				char mapped = halfWidth(table[c]);
				table[c] = Separators.isSeparator(mapped) ? ' ' : Character.toLowerCase(mapped);
			}
			return table;
		}

		/**
		 * Asks HanLP's converter for every ideograph at once, each on its own line so that none of its
		 * phrase entries can match across two of them.
		 */
		private static void simplify(char[] table) {
			StringBuilder all = new StringBuilder();
			for (int c = 0; c <= Character.MAX_VALUE; c++) {
				if (Character.isIdeographic(c)) {
					all.append((char) c).append('\n');
				}
			}
			String converted = HanLP.convertToSimplifiedChinese(all.toString());
			String[] source = all.toString().split("\n");
			String[] target = converted.split("\n", -1);
			if (source.length + 1 != target.length) {
				throw new IllegalStateException("HanLP's traditional-to-simplified conversion is not line-preserving");
			}
			for (int i = 0; i < source.length; i++) {
				if (target[i].length() == 1) {
					table[source[i].charAt(0)] = target[i].charAt(0);
				}
			}
		}

		private static char halfWidth(char c) {
			if (c >= '\uFF01' && c <= '\uFF5E') {
				return (char) (c - 0xFEE0);
			}
			return c == '\u3000' ? ' ' : c;
		}

	}

}
