package org.govassist.server.handoff;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A message a citizen left when no agent could take the conversation, as agents handle it.
 *
 * @param id its number
 * @param conversationId the conversation it was left in, or {@code null} once that was deleted
 * @param text the message, personal data masked
 * @param contact how the citizen asked to be reached, as given, or {@code null}
 * @param created when it was left
 * @param status {@code open} or {@code closed}
 * @param handledBy the username of the agent who closed it, or {@code null}
 * @param note the agent's note on closing, or {@code null}
 * @param closed when it was closed, or {@code null}
 */
record Ticket(long id, UUID conversationId, String text, String contact, OffsetDateTime created, String status,
		String handledBy, String note, OffsetDateTime closed) {

	static final String OPEN = "open";

	static final String CLOSED = "closed";

}
