package org.govassist.server.chat;

import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Ends the conversations whose citizens left while an agent held them, for the handoff's grace
 * watch: only when no connection of the citizen is open again.
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
	 * Closes a conversation by {@code citizen} if an agent still holds it and its citizen has no
	 * connection open.
	 *
	 * @param conversationId the conversation
	 * @return whether it was closed
	 */
	public boolean closeIfStillGone(UUID conversationId) {
		return !connections.isConnected(conversationId) && conversations.closeLeftWithAgent(conversationId);
	}

}
