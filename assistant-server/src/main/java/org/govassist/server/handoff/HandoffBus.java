package org.govassist.server.handoff;

import java.util.Map;
import java.util.UUID;

/**
 * Carries messages to agents' consoles wherever their sockets are open. {@link LocalHandoffBus}
 * delivers to this node's sockets; {@link RedisHandoffBus} reaches every node of a cluster, each
 * delivering to its own, and brings what consoles must not miss (the queue, the chats given and
 * taken, the words in them) from the database.
 *
 * <p>Implementations are thread-safe.
 */
interface HandoffBus {

	/**
	 * Sends a message to every open socket of an agent.
	 *
	 * @param username the agent
	 * @param message the message
	 * @param exceptSocket the id of a socket of this node not to send it to (the one that caused
	 * it), or {@code null}
	 */
	void toAgent(String username, ToAgent message, String exceptSocket);

	/** Sends a message to every open agent socket. */
	void toAllAgents(ToAgent message);

	/**
	 * The queue may have changed: every console is sent {@code queue.changed} with the queue as it
	 * is now, unless it is what that console was shown last.
	 */
	void queueChanged();

	/**
	 * A console was just sent its {@code agent.state}.
	 *
	 * @param connection its socket
	 * @param state what it was sent
	 * @param chatIds the agent's chat of each conversation in it ({@link HandoffStore.Held#chatId()})
	 */
	void consoleOpened(AgentConnection connection, ToAgent.AgentState state, Map<UUID, Long> chatIds);

	/** A console's socket closed. */
	void consoleClosed(AgentConnection connection);

	/**
	 * Closes, on every node, the consoles of a login that ended (see {@link SessionWatch}).
	 *
	 * @param ended the login
	 */
	void loginEnded(AgentLoginEnded ended);

}
