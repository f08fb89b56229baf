package org.govassist.server.chat;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.stereotype.Component;

/**
 * The citizen connections open on this node, by conversation: when a conversation's record
 * changes, every other connection to it (the citizen's other tabs) is caught up.
 *
 * <p>Thread-safe.
 */
@Component
final class ChatConnections {

	private final ConcurrentMap<UUID, Set<ChatConnection>> byConversation = new ConcurrentHashMap<>();

	/** Adds a connection that {@code hello} bound to its conversation. */
	void add(ChatConnection connection) {
		byConversation.compute(connection.conversationId(), (id, connections) -> {
			Set<ChatConnection> set = connections != null ? connections : ConcurrentHashMap.newKeySet();
			set.add(connection);
			return set;
		});
	}

	/** Removes a closed connection; one never bound to a conversation is ignored. */
	void remove(ChatConnection connection) {
		UUID conversationId = connection.conversationId();
		if (conversationId != null) {
			byConversation.computeIfPresent(conversationId, (id, connections) -> {
				connections.remove(connection);
				return connections.isEmpty() ? null : connections;
			});
		}
	}

	/**
	 * A conversation's record changed: catches up its connections.
	 *
	 * @param conversationId the conversation
	 * @param except the connection that made the change and sent it already, or {@code null}
	 */
	void changed(UUID conversationId, ChatConnection except) {
		Set<ChatConnection> connections = byConversation.get(conversationId);
		if (connections != null) {
			for (ChatConnection connection : connections) {
				if (connection != except) {
					connection.catchUp();
				}
			}
		}
	}

}
