package org.govassist.server.handoff;

import java.time.Instant;
import java.util.List;

import org.govassist.server.chat.AgentTranscripts;

/**
 * An agent signed in to the console.
 *
 * @param username the account's username
 * @param displayName the name shown to citizens
 * @param skills the categories the agent takes; empty for all
 * @param status whether the agent takes new chats
 * @param sockets how many of the agent's console sockets are open
 * @param idleSince when the agent came online or last got a chat, whichever is later
 * @param disconnectedSince when the agent's last socket closed, or {@code null} while one is open
 */
record PresentAgent(String username, String displayName, List<String> skills, AgentStatus status, int sockets,
		Instant idleSince, Instant disconnectedSince) {

	PresentAgent {
		skills = List.copyOf(skills);
	}

	/** Whether the agent takes new chats now: online, with a socket open. */
	boolean takesChats() {
		return status == AgentStatus.ONLINE && sockets > 0;
	}

	/**
	 * Whether the agent has the skill a conversation needs: every agent takes general ones, an
	 * agent without skills takes all.
	 */
	boolean hasSkill(String topic) {
		return skills.isEmpty() || AgentTranscripts.GENERAL_TOPIC.equals(topic) || skills.contains(topic);
	}

}
