package org.govassist.server.rating;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where ratings are kept: one per target, a second rating of the same target replacing the first.
 * Runs in the caller's transaction; callers serialise the ratings of one conversation (the chat
 * holds the conversation's lock).
 *
 * <p>Thread-safe.
 */
@Component
@DependsOnDatabaseInitialization
public final class RatingStore {

	private static final String TAG_SEPARATOR = ",";

	private final JdbcClient jdbc;

	RatingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The id of the {@code rate} message that gave a target its current rating.
	 *
	 * @param conversationId the conversation
	 * @param targetSeq the rated answer's seq, or {@link Rating#WHOLE_CONVERSATION}
	 * @return the client id, or empty when the target is not rated
	 */
	public Optional<String> clientIdOf(UUID conversationId, long targetSeq) {
		return jdbc.sql("SELECT client_id FROM rating WHERE conversation_id = :id AND target_seq = :target")
			.param("id", conversationId)
			.param("target", targetSeq)
			.query(String.class)
			.optional();
	}

	/**
	 * Stores a rating, replacing the target's earlier one.
	 *
	 * @param rating the rating
	 */
	public void save(Rating rating) {
		int replaced = jdbc.sql("""
				UPDATE rating
				SET level = :level, tags = :tags, comment = :comment, guide_id = :guideId,
					department = :department, agent = :agent, client_id = :clientId, rated = :rated
				WHERE conversation_id = :id AND target_seq = :target""")
			.params(parameters(rating))
			.update();
		if (replaced == 0) {
			jdbc.sql("""
					INSERT INTO rating (conversation_id, target_seq, level, tags, comment, guide_id, department,
						agent, client_id, rated)
					VALUES (:id, :target, :level, :tags, :comment, :guideId, :department, :agent, :clientId, :rated)""")
				.params(parameters(rating))
				.update();
		}
	}

	private static Map<String, Object> parameters(Rating rating) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", rating.conversationId());
		parameters.put("target", rating.targetSeq());
		parameters.put("level", rating.level());
		parameters.put("tags", String.join(TAG_SEPARATOR, rating.tags()));
		parameters.put("comment", rating.comment());
		parameters.put("guideId", rating.guideId());
		parameters.put("department", rating.department());
		parameters.put("agent", rating.agent());
		parameters.put("clientId", rating.clientId());
		parameters.put("rated", rating.rated());
		return parameters;
	}

}
