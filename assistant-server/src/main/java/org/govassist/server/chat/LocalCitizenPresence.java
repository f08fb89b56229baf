package org.govassist.server.chat;

import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.govassist.server.system.OnSingleNode;
import org.springframework.stereotype.Component;

/**
 * The citizens connected to this single node: a count of open connections by conversation.
 *
 * <p>Thread-safe: each change is one atomic update of the conversation's count.
 */
@Component
@OnSingleNode
final class LocalCitizenPresence implements CitizenPresence {

	private final ConcurrentMap<UUID, Integer> connections = new ConcurrentHashMap<>();

	@Override
	public boolean opened(UUID conversationId) {
		return connections.merge(conversationId, 1, Integer::sum) == 1;
	}

	@Override
	public boolean closed(UUID conversationId) {
		boolean[] last = new boolean[1];
		connections.computeIfPresent(conversationId, (id, count) -> {
			last[0] = count == 1;
			return count == 1 ? null : count - 1;
		});
		return last[0];
	}

	@Override
	public boolean isConnected(UUID conversationId) {
		return connections.containsKey(conversationId);
	}

}
