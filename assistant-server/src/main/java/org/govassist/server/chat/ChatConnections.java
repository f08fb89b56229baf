package org.govassist.server.chat;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The citizen connections open on this node, by conversation: when a conversation's record
 * changes, every other connection to it (the citizen's other tabs) is caught up, and
 * {@link RecordChanged} is published so that the other nodes of a cluster catch theirs up too.
 * When a citizen's first connection on any node opens or their last one closes (see
 * {@link CitizenPresence}), {@link HandoffEvents.CitizenReturned} or
 * {@link HandoffEvents.CitizenLeft} is published, so that an agent holding the conversation can be
 * told.
 *
 * <p>Thread-safe.
 */
@Component
final class ChatConnections {

	private final ConcurrentMap<UUID, Set<ChatConnection>> byConversation = new ConcurrentHashMap<>();

	private final CitizenPresence presence;

	private final ApplicationEventPublisher events;

	ChatConnections(CitizenPresence presence, ApplicationEventPublisher events) {
		this.presence = presence;
		this.events = events;
	}

	/** Adds a connection that {@code hello} bound to its conversation. */
	void add(ChatConnection connection) {
		byConversation.computeIfAbsent(connection.conversationId(), id -> ConcurrentHashMap.newKeySet()).add(connection);
		if (presence.opened(connection.conversationId())) {
			events.publishEvent(new HandoffEvents.CitizenReturned(connection.conversationId()));
		}
	}

	/** Removes a closed connection; one never bound to a conversation is ignored. */
	void remove(ChatConnection connection) {
		UUID conversationId = connection.conversationId();
		if (conversationId != null) {
			boolean[] removed = new boolean[1];
			byConversation.computeIfPresent(conversationId, (id, connections) -> {
				removed[0] = connections.remove(connection);
				return connections.isEmpty() ? null : connections;
			});
			if (removed[0] && presence.closed(conversationId)) {
				events.publishEvent(new HandoffEvents.CitizenLeft(conversationId));
			}
		}
	}

	/** Whether a connection to the conversation is open on any node. */
	boolean isConnected(UUID conversationId) {
		return presence.isConnected(conversationId);
	}

	/**
	 * A conversation's record changed: catches up its connections on this node, and tells the other
	 * nodes of a cluster.
	 *
	 * @param conversationId the conversation
	 * @param except the connection that made the change and sent it already, or {@code null}
	 */
	void changed(UUID conversationId, ChatConnection except) {
		catchUp(conversationId, except);
		events.publishEvent(new RecordChanged(conversationId));
	}

	/**
	 * Catches up the connections to a conversation open on this node with its record: each is sent
	 * the events stored after the last one it was sent, in order.
	 *
	 * @param conversationId the conversation
	 * @param except a connection not to catch up, or {@code null}
	 */
	void catchUp(UUID conversationId, ChatConnection except) {
		Set<ChatConnection> connections = byConversation.get(conversationId);
		if (connections != null) {
			for (ChatConnection connection : connections) {
				if (connection != except) {
					connection.catchUp();
				}
			}
		}
	}

	/** Whether a connection to the conversation is open on this node. */
	boolean isOpenHere(UUID conversationId) {
		return byConversation.containsKey(conversationId);
	}

	/**
	 * Events were recorded in a conversation, and the connections to it on this node caught up.
	 * Published at once, outside any transaction.
	 *
	 * @param conversationId the conversation
	 */
	record RecordChanged(UUID conversationId) {
	}

}
