package org.govassist.server.chat;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The citizen connections open on this node, by conversation: when a conversation's record
 * changes, every other connection to it (the citizen's other tabs) is caught up. When a
 * conversation's first connection opens or its last one closes, {@link HandoffEvents.CitizenReturned}
 * or {@link HandoffEvents.CitizenLeft} is published, so that an agent holding it can be told.
 *
 * <p>Thread-safe.
 */
@Component
final class ChatConnections {

	private final ConcurrentMap<UUID, Set<ChatConnection>> byConversation = new ConcurrentHashMap<>();

	private final ApplicationEventPublisher events;

	ChatConnections(ApplicationEventPublisher events) {
		this.events = events;
	}

	/** Adds a connection that {@code hello} bound to its conversation. */
	void add(ChatConnection connection) {
		boolean[] first = new boolean[1];
		byConversation.compute(connection.conversationId(), (id, connections) -> {
			first[0] = connections == null;
			Set<ChatConnection> set = connections != null ? connections : ConcurrentHashMap.newKeySet();
			set.add(connection);
			return set;
		});
		if (first[0]) {
			events.publishEvent(new HandoffEvents.CitizenReturned(connection.conversationId()));
		}
	}

	/** Removes a closed connection; one never bound to a conversation is ignored. */
	void remove(ChatConnection connection) {
		UUID conversationId = connection.conversationId();
		if (conversationId != null) {
			boolean[] last = new boolean[1];
			byConversation.computeIfPresent(conversationId, (id, connections) -> {
				last[0] = connections.remove(connection) && connections.isEmpty();
				return connections.isEmpty() ? null : connections;
			});
			if (last[0]) {
				events.publishEvent(new HandoffEvents.CitizenLeft(conversationId));
			}
		}
	}

	/** Whether a connection to the conversation is open on this node. */
	boolean isConnected(UUID conversationId) {
		return byConversation.containsKey(conversationId);
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
