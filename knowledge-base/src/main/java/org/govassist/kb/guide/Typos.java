package org.govassist.kb.guide;

import java.util.List;
import java.util.Locale;

/** Guesses which known key an unknown one is a slip of, so that a problem can name it. */
final class Typos {

	private Typos() {
	}

	/**
	 * The known key an unknown one is a slip of: the same but for letter case, or, for keys long
	 * enough that one slip cannot turn them into another key, one edit away (two for keys of eight
	 * letters or more). An edit inserts, deletes or replaces a letter, or swaps two neighbours.
	 *
	 * @param unknown the key as written
	 * @param known the keys allowed where it was written
	 * @return the key probably meant, or {@code null} when none is close
	 */
	static String meantKey(String unknown, List<String> known) {
		String typed = unknown.toLowerCase(Locale.ROOT);
		for (String key : known) {
			String candidate = key.toLowerCase(Locale.ROOT);
			int allowedEdits = candidate.length() >= 8 ? 2 : candidate.length() >= 3 ? 1 : 0;
			if (Math.abs(typed.length() - candidate.length()) <= allowedEdits
					&& editDistance(typed, candidate) <= allowedEdits) {
				return key;
			}
		}
		return null;
	}

	/** The optimal string alignment distance between two texts. */
	private static int editDistance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

}
