package org.govassist.server.chat;

/**
 * Whether a citizen who asks for a human is queued for a helpdesk agent now, or invited to leave
 * a message: implemented by the handoff, which knows the service hours and who is on duty.
 */
public interface AgentAvailability {

	/**
	 * Whether agents take chats now: within the service hours, with at least one agent online.
	 *
	 * @return {@code true} to queue the conversation, {@code false} to invite a message
	 */
	boolean agentsAvailable();

}
