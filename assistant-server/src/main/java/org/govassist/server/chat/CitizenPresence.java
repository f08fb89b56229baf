package org.govassist.server.chat;

import java.util.UUID;

/**
 * Whether a conversation's citizen has a connection open on any node. {@link LocalCitizenPresence}
 * counts this node's connections; a cluster counts every node's, with leases that end with a
 * node, so that the citizens of a node that died count as gone.
 *
 * <p>Implementations are thread-safe.
 */
interface CitizenPresence {

	/**
	 * A connection of the citizen opened on this node.
	 *
	 * @param conversationId the conversation
	 * @return whether it is the citizen's only one: none was open on any node before
	 */
	boolean opened(UUID conversationId);

	/**
	 * A connection of the citizen on this node closed.
	 *
	 * @param conversationId the conversation
	 * @return whether it was the citizen's last: none is open on any node now
	 */
	boolean closed(UUID conversationId);

	/**
	 * Whether a connection of the conversation's citizen is open on any node.
	 *
	 * @param conversationId the conversation
	 */
	boolean isConnected(UUID conversationId);

}
