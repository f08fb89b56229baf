package org.govassist.server.rating;

import java.util.List;

/**
 * The tags a citizen may add to a rating, by level: what went wrong for levels 1 and 2 (不满意),
 * what went well for 4 and 5 (满意); level 3 (基本满意) takes none, only a comment.
 *
 * <p>Immutable and thread-safe.
 */
public final class RatingTags {

	/** The lowest level, 非常不满意. */
	public static final int LOWEST_LEVEL = 1;

	/** The highest level, 非常满意. */
	public static final int HIGHEST_LEVEL = 5;

	/** Tags of levels 1 and 2. */
	public static final List<String> DISSATISFIED = List.of("答非所问", "信息过时", "等待太久", "态度不好", "问题未解决");

	/** Tags of levels 4 and 5. */
	public static final List<String> SATISFIED = List.of("解答准确", "回复及时", "说明清楚");

	private RatingTags() {
	}

	/**
	 * The tags allowed with a level.
	 *
	 * @param level a level from {@link #LOWEST_LEVEL} to {@link #HIGHEST_LEVEL}
	 * @return the tags, in the order a client shows them; empty for level 3
	 * @throws IllegalArgumentException for a level out of range
	 */
	public static List<String> allowedFor(int level) {
		return switch (level) {
			case 1, 2 -> DISSATISFIED;
			case 3 -> List.of();
			case 4, 5 -> SATISFIED;
			default -> throw new IllegalArgumentException("no rating level " + level);
		};
	}

}
