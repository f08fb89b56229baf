package org.govassist.server.rating;

import java.util.Locale;

/** Where the follow-up of a rating stands, as the API and the database name it. */
enum FollowUpStatus {

	/** Nobody has taken it up yet: every rating starts here. */
	OPEN,
	/** Someone is on it. */
	IN_PROGRESS,
	/** Done: the note says what was done. */
	RESOLVED;

	/** The name in JSON and in {@code rating.follow_up_status}, e.g. {@code in_progress}. */
	String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	static FollowUpStatus ofValue(String value) {
		for (FollowUpStatus status : values()) {
			if (status.value().equals(value)) {
				return status;
			}
		}
		return null;
	}

}
