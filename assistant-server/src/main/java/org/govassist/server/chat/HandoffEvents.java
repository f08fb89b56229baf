package org.govassist.server.chat;

import java.util.UUID;

/**
 * What the citizen side of a conversation tells the handoff: Spring application events published
 * in the transaction that recorded them, for listeners that act once it committed.
 */
public final class HandoffEvents {

	private HandoffEvents() {
	}

	/**
	 * The conversation joined the queue for a helpdesk agent.
	 *
	 * @param conversationId the conversation
	 */
	public record Queued(UUID conversationId) {
	}

	/**
	 * The citizen said something in a conversation that is queued or held by an agent.
	 *
	 * @param conversationId the conversation
	 * @param agent the username of the agent holding it, or {@code null} while it is queued
	 * @param seq the seq of the {@code citizen.message}
	 * @param text the words as recorded, personal data masked
	 */
	public record CitizenSpoke(UUID conversationId, String agent, long seq, String text) {
	}

	/**
	 * A conversation that was queued or held by an agent ended from the citizen's side.
	 *
	 * @param conversationId the conversation
	 * @param agent the username of the agent holding it, or {@code null} when it was queued
	 * @param by {@code citizen} or {@code timeout}
	 */
	public record Ended(UUID conversationId, String agent, String by) {
	}

	/**
	 * The last open connection of a conversation's citizen closed: none is open on any node now.
	 * Published at once, outside any transaction, on the node where it closed. A citizen whose
	 * node died is not reported this way: their connections just stop counting.
	 *
	 * @param conversationId the conversation
	 */
	public record CitizenLeft(UUID conversationId) {
	}

	/**
	 * A conversation's citizen has an open connection again, the first since none was open on any
	 * node. Published at once, outside any transaction, on the node where it opened.
	 *
	 * @param conversationId the conversation
	 */
	public record CitizenReturned(UUID conversationId) {
	}

}
