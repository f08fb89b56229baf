package org.govassist.server.rating;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of the ratings summary: the ratings of one day, department, guide or agent.
 *
 * @param key the day ({@code yyyy-MM-dd}), department, guide id or agent; {@code null} for the
 * ratings without one (e.g. of conversations without a matter, or without an agent)
 * @param count how many ratings
 * @param levels how many of each level, keyed {@code "1"} to {@code "5"}
 * @param satisfaction the share of ratings at level 4 or 5 (满意 and 非常满意), 0..1 rounded to four
 * places; {@code null} without ratings
 */
record SummaryRow(String key, long count, Map<String, Long> levels, Double satisfaction) {

	/** Rows count this many decimal places of satisfaction. */
	private static final double ROUNDING = 10_000;

	static SummaryRow of(String key, long[] countsByLevel) {
		Map<String, Long> levels = new LinkedHashMap<>();
		long count = 0;
		for (int level = RatingTags.LOWEST_LEVEL; level <= RatingTags.HIGHEST_LEVEL; level++) {
			levels.put(Integer.toString(level), countsByLevel[level]);
			count += countsByLevel[level];
		}
		Double satisfaction = count == 0 ? null
				: Math.round((countsByLevel[4] + countsByLevel[5]) * ROUNDING / count) / ROUNDING;
		return new SummaryRow(key, count, levels, satisfaction);
	}

}
