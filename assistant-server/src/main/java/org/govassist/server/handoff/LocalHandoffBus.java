package org.govassist.server.handoff;

import org.springframework.stereotype.Component;

/**
 * The handoff bus of a single node: delivers straight to the agent sockets open here.
 *
 * <p>Thread-safe.
 */
@Component
final class LocalHandoffBus implements HandoffBus {

	private final AgentConnections connections;

	LocalHandoffBus(AgentConnections connections) {
		this.connections = connections;
	}

	@Override
	public void toAgent(String username, ToAgent message, String exceptSocket) {
		connections.send(username, message, exceptSocket);
	}

	@Override
	public void toAllAgents(ToAgent message) {
		connections.sendToAll(message);
	}

}
