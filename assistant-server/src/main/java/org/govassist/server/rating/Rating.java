package org.govassist.server.rating;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A citizen's rating (好差评) of one answer or of a whole conversation.
 *
 * @param conversationId the conversation rated in
 * @param targetSeq the seq of the answer rated, or {@link #WHOLE_CONVERSATION}
 * @param level 1 (非常不满意) to 5 (非常满意)
 * @param tags tags of {@link RatingTags#allowedFor(int) the level}
 * @param comment the citizen's comment, personal data masked, or {@code null}
 * @param guideId the guide of the rated answer, or the conversation's current matter; {@code null}
 * when there is none
 * @param department that guide's department, or {@code null}
 * @param agent the agent who held the conversation, or {@code null} when only the bot did
 * @param clientId the id of the {@code rate} message
 * @param rated when it was given
 */
public record Rating(UUID conversationId, long targetSeq, int level, List<String> tags, String comment, String guideId,
		String department, String agent, String clientId, OffsetDateTime rated) {

	/** The {@code targetSeq} of a rating of the whole conversation. */
	public static final long WHOLE_CONVERSATION = 0;

	public Rating {
		Objects.requireNonNull(conversationId, "conversationId");
		Objects.requireNonNull(clientId, "clientId");
		Objects.requireNonNull(rated, "rated");
		if (!RatingTags.allowedFor(level).containsAll(tags)) {
			throw new IllegalArgumentException("tags " + tags + " do not belong to level " + level);
		}
		tags = List.copyOf(tags);
	}

}
