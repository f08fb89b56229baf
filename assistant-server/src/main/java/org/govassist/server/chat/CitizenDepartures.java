package org.govassist.server.chat;

import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * What the handoff needs to know of citizens who leave: whether a conversation's citizen is
 * connected, and, for the grace watch, ending the conversations whose citizens left while they
 * were queued or an agent held them (only when no connection of the citizen is open again).
 *
 * <p>Thread-safe.
 */
@Component
public final class CitizenDepartures {

	private final ChatConnections connections;

	private final Conversations conversations;

	CitizenDepartures(ChatConnections connections, Conversations conversations) {
		this.connections = connections;
		this.conversations = conversations;
	}

	/**
	 * Whether a connection of the conversation's citizen is open, on this node or, in a cluster, on
	 * any other.
	 *
	 * @param conversationId the conversation
	 * @return {@code true} while one is open
	 */
	public boolean isConnected(UUID conversationId) {
		return connections.isConnected(conversationId);
	}

	/**
	 * Closes a conversation by {@code citizen} if it is still queued or held by an agent and its
	 * citizen has no connection open (see {@code Conversations.closeLeft}).
	 *
	 * @param conversationId the conversation
	 * @return whether it was closed
	 */
	public boolean closeIfStillGone(UUID conversationId) {
		if (isConnected(conversationId) || !conversations.closeLeft(conversationId)) {
			return false;
		}
		// The citizen may have come back meanwhile, here or on another node: their tab shows the end.
		connections.changed(conversationId, null);
		return true;
	}

}
