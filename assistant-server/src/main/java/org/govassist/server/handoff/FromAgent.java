package org.govassist.server.handoff;

import java.util.UUID;

/** A message from an agent's console, read and checked by {@link AgentMessageReader}. */
sealed interface FromAgent {

	/** The longest text an agent may send in one message, in characters. */
	int MAX_TEXT_LENGTH = 2000;

	/** The id the reply names, or {@code null}. */
	default String id() {
		return null;
	}

	/**
	 * Sets whether the agent takes new chats.
	 *
	 * @param status {@link AgentStatus#ONLINE} or {@link AgentStatus#AWAY}
	 */
	record Status(AgentStatus status) implements FromAgent {
	}

	/**
	 * Takes a conversation from the queue.
	 *
	 * @param id the message's id
	 * @param conversationId the conversation
	 */
	record Pick(String id, UUID conversationId) implements FromAgent {
	}

	/**
	 * The agent's words to the citizen.
	 *
	 * @param id the message's id
	 * @param conversationId the conversation
	 * @param text at most {@link #MAX_TEXT_LENGTH} characters
	 */
	record Say(String id, UUID conversationId, String text) implements FromAgent {
	}

	/**
	 * Hands a conversation on: to the queue for a skill, or to another agent.
	 *
	 * @param id the message's id
	 * @param conversationId the conversation
	 * @param skill the skill, or {@code null} when {@code agent} is given
	 * @param agent the other agent's username, or {@code null} when {@code skill} is given
	 */
	record Transfer(String id, UUID conversationId, String skill, String agent) implements FromAgent {
	}

	/**
	 * Ends a conversation.
	 *
	 * @param id the message's id
	 * @param conversationId the conversation
	 * @param summary the agent's summary, or {@code null}
	 */
	record Close(String id, UUID conversationId, String summary) implements FromAgent {
	}

	/** Asks for a {@code pong}. */
	record Ping() implements FromAgent {
	}

}
