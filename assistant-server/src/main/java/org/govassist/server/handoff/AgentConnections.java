package org.govassist.server.handoff;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.stereotype.Component;

/**
 * The agent sockets open on this node, by agent.
 *
 * <p>Thread-safe.
 */
@Component
final class AgentConnections {

	private final ConcurrentMap<String, Set<AgentConnection>> byAgent = new ConcurrentHashMap<>();

	void add(AgentConnection connection) {
		byAgent.computeIfAbsent(connection.username(), name -> ConcurrentHashMap.newKeySet()).add(connection);
	}

	/**
	 * Forgets a socket.
	 *
	 * @return whether it was still known
	 */
	boolean remove(AgentConnection connection) {
		boolean[] removed = new boolean[1];
		byAgent.computeIfPresent(connection.username(), (name, connections) -> {
			removed[0] = connections.remove(connection);
			return connections.isEmpty() ? null : connections;
		});
		return removed[0];
	}

	/** The agent's open sockets. */
	List<AgentConnection> of(String username) {
		Set<AgentConnection> connections = byAgent.get(username);
		return connections == null ? List.of() : List.copyOf(connections);
	}

	/** Every open socket. */
	List<AgentConnection> all() {
		return byAgent.values().stream().flatMap(Set::stream).toList();
	}

	void send(String username, ToAgent message, String exceptSocket) {
		for (AgentConnection connection : of(username)) {
			if (!connection.id().equals(exceptSocket)) {
				connection.send(message);
			}
		}
	}

	void sendToAll(ToAgent message) {
		for (AgentConnection connection : all()) {
			connection.send(message);
		}
	}

}
