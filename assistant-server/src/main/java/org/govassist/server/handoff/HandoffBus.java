package org.govassist.server.handoff;

/**
 * Carries messages to agents' consoles wherever their sockets are open. {@link LocalHandoffBus}
 * delivers to this node's sockets; a cluster publishes to every node, each delivering to its own.
 *
 * <p>Implementations are thread-safe.
 */
interface HandoffBus {

	/**
	 * Sends a message to every open socket of an agent.
	 *
	 * @param username the agent
	 * @param message the message
	 * @param exceptSocket the id of a socket not to send it to (the one that caused it), or
	 * {@code null}
	 */
	void toAgent(String username, ToAgent message, String exceptSocket);

	/** Sends a message to every open agent socket. */
	void toAllAgents(ToAgent message);

}
