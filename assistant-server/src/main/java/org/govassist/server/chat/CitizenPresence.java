package org.govassist.server.chat;

import java.util.UUID;

/**
 * Whether a conversation's citizen has a connection open, so that an agent given a conversation
 * whose citizen already left is told so, as if the citizen had left in front of them.
 *
 * <p>Connections are seen on this node only. Implementations are thread-safe.
 */
public interface CitizenPresence {

	/**
	 * Whether a connection of the conversation's citizen is open on this node.
	 *
	 * @param conversationId the conversation
	 * @return {@code true} while one is open
	 */
	boolean isConnected(UUID conversationId);

}
