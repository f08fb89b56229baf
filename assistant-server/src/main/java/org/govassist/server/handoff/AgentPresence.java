package org.govassist.server.handoff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.govassist.server.account.Account;

/**
 * Which agents are signed in to the console, whether they take chats, and since when they are idle
 * or disconnected: shared by every node of a cluster. {@link LocalAgentPresence} keeps it in this
 * node's memory; a cluster keeps it where every node sees it, with leases that end with a node.
 *
 * <p>Implementations are thread-safe.
 */
interface AgentPresence {

	/**
	 * One of the agent's sockets opened. An agent not present yet starts {@link AgentStatus#ONLINE};
	 * one still present (another socket, or disconnected within the grace time) keeps their status.
	 *
	 * @param account the agent's account
	 * @param now the time
	 * @return the agent as present now
	 */
	PresentAgent connected(Account account, Instant now);

	/**
	 * One of the agent's sockets closed; when it was the last, the agent counts as disconnected
	 * from now on.
	 */
	void disconnected(String username, Instant now);

	/**
	 * Sets whether the agent takes new chats.
	 *
	 * @return the agent as present now, or empty when not present
	 */
	Optional<PresentAgent> setStatus(String username, AgentStatus status);

	/** The agent got a chat: they are idle no longer. */
	void assigned(String username, Instant now);

	/** The agent is gone: signed out, or disconnected for longer than the grace time. */
	void remove(String username);

	/** The agent, if present. */
	Optional<PresentAgent> agent(String username);

	/** Every agent present. */
	List<PresentAgent> agents();

}
