package org.govassist.kb.eval;

import java.util.Locale;

/**
 * A count out of a total, such as 41 of 60 questions; shown as a percentage.
 *
 * @param count how many qualified
 * @param total how many there were; 0 makes the ratio undefined (shown as {@code -})
 */
record Ratio(int count, int total) {

	Ratio {
		if (count < 0 || total < 0 || count > total) {
			throw new IllegalArgumentException("not a ratio: " + count + " of " + total);
		}
	}

	/** Whether there was anything to count. */
	boolean defined() {
		return total > 0;
	}

	/**
	 * The ratio in percent.
	 *
	 * @return 0..100, or {@link Double#NaN} when {@code total} is 0
	 */
	double percent() {
		return defined() ? 100.0 * count / total : Double.NaN;
	}

	/** The percentage with one decimal, or {@code -} when undefined. */
	@Override
	public String toString() {
		return defined() ? String.format(Locale.ROOT, "%.1f", percent()) : "-";
	}

}
