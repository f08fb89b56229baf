package org.govassist.server.rating;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ratings read for their follow-up, and the follow-up recorded. Runs in the caller's transaction.
 *
 * <p>Thread-safe.
 */
@Component
@DependsOnDatabaseInitialization
final class BadRatings {

	private static final String COLUMNS = "id, conversation_id, target_seq, level, tags, comment, guide_id, department,"
			+ " agent, rated, follow_up_status, follow_up_note, follow_up_by, follow_up_at";

	private final JdbcClient jdbc;

	BadRatings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The ratings at or below a level, newest first.
	 *
	 * @param maxLevel the highest level listed
	 * @param status only ratings whose follow-up stands here; {@code null} for any
	 * @param before only ratings with smaller ids; {@code null} for the newest
	 * @param limit the most ratings returned
	 * @return the ratings
	 */
	List<BadRating> list(int maxLevel, FollowUpStatus status, Long before, int limit) {
		List<String> conditions = new ArrayList<>(List.of("level <= :maxLevel"));
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("maxLevel", maxLevel);
		parameters.put("limit", limit);
		if (status != null) {
			conditions.add("follow_up_status = :status");
			parameters.put("status", status.value());
		}
		if (before != null) {
			conditions.add("id < :before");
			parameters.put("before", before);
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM rating WHERE " + String.join(" AND ", conditions)
				+ " ORDER BY id DESC LIMIT :limit")
			.params(parameters)
			.query((row, n) -> rating(row))
			.list();
	}

	/** One rating. */
	Optional<BadRating> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM rating WHERE id = :id")
			.param("id", id)
			.query((row, n) -> rating(row))
			.optional();
	}

	/**
	 * Records a rating's follow-up.
	 *
	 * @return whether the rating exists
	 */
	boolean followUp(long id, FollowUpStatus status, String note, String by, OffsetDateTime now) {
		return jdbc.sql("""
				UPDATE rating SET follow_up_status = :status, follow_up_note = :note, follow_up_by = :by,
					follow_up_at = :now
				WHERE id = :id""")
			.param("status", status.value())
			.param("note", note)
			.param("by", by)
			.param("now", now)
			.param("id", id)
			.update() > 0;
	}

	private static BadRating rating(ResultSet row) throws SQLException {
		String tags = row.getString("tags");
		return new BadRating(row.getLong("id"), row.getObject("conversation_id", UUID.class), row.getLong("target_seq"),
				row.getInt("level"), tags.isEmpty() ? List.of() : Arrays.asList(tags.split(",")),
				row.getString("comment"), row.getString("guide_id"), row.getString("department"),
				row.getString("agent"), row.getObject("rated", OffsetDateTime.class),
				new BadRating.FollowUp(row.getString("follow_up_status"), row.getString("follow_up_note"),
						row.getString("follow_up_by"), row.getObject("follow_up_at", OffsetDateTime.class)));
	}

}
