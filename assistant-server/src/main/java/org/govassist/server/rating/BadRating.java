package org.govassist.server.rating;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A rating as supervisors follow it up.
 *
 * @param id its number
 * @param conversationId the conversation rated, or {@code null} once the conversation was deleted
 * after the retention period
 * @param targetSeq the seq of the answer rated, or 0 for the whole conversation
 * @param level 1 to 5
 * @param tags the citizen's tags
 * @param comment the citizen's comment, personal data masked, or {@code null}
 * @param guideId the guide of the rated answer or the conversation's matter, or {@code null}
 * @param department that guide's department, or {@code null}
 * @param agent the agent who held the conversation, or {@code null}
 * @param rated when it was given
 * @param followUp where its follow-up stands
 */
record BadRating(long id, UUID conversationId, long targetSeq, int level, List<String> tags, String comment,
		String guideId, String department, String agent, OffsetDateTime rated, FollowUp followUp) {

	/**
	 * The follow-up of a rating.
	 *
	 * @param status {@code open}, {@code in_progress} or {@code resolved}
	 * @param note what was done, personal data masked, or {@code null}
	 * @param by the username of who recorded it last, or {@code null} while nobody has
	 * @param at when it was recorded last, or {@code null}
	 */
	record FollowUp(String status, String note, String by, OffsetDateTime at) {
	}

}
