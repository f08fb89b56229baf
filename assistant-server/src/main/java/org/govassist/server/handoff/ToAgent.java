package org.govassist.server.handoff;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.govassist.kb.GuideRef;

import tools.jackson.databind.JsonNode;

/**
 * A message to an agent's console over {@code /ws/agent}, written as JSON by {@link AgentJson}
 * with its {@code type} first. Field names are those of the agent protocol (docs/protocol.md).
 */
@JsonPropertyOrder("type")
sealed interface ToAgent {

	/** The protocol's name for this message. */
	@JsonProperty("type")
	String type();

	/**
	 * Everything the console shows, sent when the socket opens.
	 *
	 * @param status {@code online} or {@code away}
	 * @param agentName the agent's display name
	 * @param maxChats how many chats the agent holds at most
	 * @param conversations the conversations the agent holds
	 * @param queue the conversations waiting, next first
	 */
	record AgentState(String status, String agentName, int maxChats, List<AssignedView> conversations,
			List<QueueItem> queue) implements ToAgent {

		@Override
		public String type() {
			return "agent.state";
		}

	}

	/**
	 * The queue changed: the conversations waiting, next first.
	 *
	 * @param items the queue
	 */
	record QueueChanged(List<QueueItem> items) implements ToAgent {

		@Override
		public String type() {
			return "queue.changed";
		}

	}

	/**
	 * A conversation is now the agent's.
	 *
	 * @param conversationId the conversation
	 * @param topic the skill it needs
	 * @param transcript its events so far, as the citizen got them
	 * @param guides the guides the bot answered with, latest first
	 * @param waitingSeconds how long the citizen has waited for an agent
	 */
	record ConversationAssigned(UUID conversationId, String topic, List<JsonNode> transcript, List<GuideRef> guides,
			long waitingSeconds) implements ToAgent {

		static ConversationAssigned of(AssignedView view) {
			return new ConversationAssigned(view.conversationId(), view.topic(), view.transcript(), view.guides(),
					view.waitingSeconds());
		}

		@Override
		public String type() {
			return "conversation.assigned";
		}

	}

	/**
	 * The citizen's words in a conversation the agent holds.
	 *
	 * @param conversationId the conversation
	 * @param seq their place in it
	 * @param text the words, personal data masked
	 */
	record CitizenMessage(UUID conversationId, long seq, String text) implements ToAgent {

		@Override
		public String type() {
			return "citizen.message";
		}

	}

	/**
	 * The agent's own words, sent from another of the agent's sockets.
	 *
	 * @param conversationId the conversation
	 * @param seq their place in it
	 * @param text the words
	 * @param agentName the agent's display name
	 */
	record AgentMessage(UUID conversationId, long seq, String text, String agentName) implements ToAgent {

		@Override
		public String type() {
			return "agent.message";
		}

	}

	/**
	 * Every connection of the citizen of a conversation the agent holds closed: the citizen left,
	 * or lost the connection. Unless {@code citizen.returned} follows within
	 * {@code assistant.handoff.citizen-grace}, the conversation closes by {@code citizen}.
	 *
	 * @param conversationId the conversation
	 */
	record CitizenLeft(UUID conversationId) implements ToAgent {

		@Override
		public String type() {
			return "citizen.left";
		}

	}

	/**
	 * The citizen of a conversation the agent holds is connected again after {@code citizen.left}.
	 *
	 * @param conversationId the conversation
	 */
	record CitizenReturned(UUID conversationId) implements ToAgent {

		@Override
		public String type() {
			return "citizen.returned";
		}

	}

	/**
	 * A conversation the agent held ended.
	 *
	 * @param conversationId the conversation
	 * @param by {@code citizen}, {@code agent} or {@code timeout}
	 */
	record ConversationClosed(UUID conversationId, String by) implements ToAgent {

		@Override
		public String type() {
			return "conversation.closed";
		}

	}

	/**
	 * A conversation is no longer the agent's.
	 *
	 * @param conversationId the conversation
	 * @param reason {@code transfer}, {@code grace} or {@code signed_out}
	 */
	record ConversationReleased(UUID conversationId, String reason) implements ToAgent {

		@Override
		public String type() {
			return "conversation.released";
		}

	}

	/**
	 * A citizen has waited too long.
	 *
	 * @param conversationId the conversation
	 * @param level {@code yellow} or {@code red}
	 */
	record SlaAlert(UUID conversationId, String level) implements ToAgent {

		@Override
		public String type() {
			return "sla.alert";
		}

	}

	/**
	 * A message of the agent was acted on.
	 *
	 * @param replyTo its id
	 * @param conversationId the conversation it was about, or {@code null}
	 * @param seq the seq of the agent's words as recorded, for {@code say}; else {@code null}
	 */
	record Ack(String replyTo, @JsonInclude(JsonInclude.Include.NON_NULL) UUID conversationId,
			@JsonInclude(JsonInclude.Include.NON_NULL) Long seq) implements ToAgent {

		@Override
		public String type() {
			return "ack";
		}

	}

	/**
	 * A message of the agent could not be acted on; the connection stays open.
	 *
	 * @param replyTo its id, or {@code null} when it had none
	 * @param code what went wrong
	 * @param message the explanation, in Chinese
	 */
	record Error(@JsonInclude(JsonInclude.Include.NON_NULL) String replyTo, AgentError code, String message)
			implements ToAgent {

		@Override
		public String type() {
			return "error";
		}

	}

	/** Answers a {@code ping}. */
	record Pong() implements ToAgent {

		@Override
		public String type() {
			return "pong";
		}

	}

	/**
	 * A conversation the agent holds, as {@code agent.state} and {@code conversation.assigned}
	 * show it.
	 *
	 * @param conversationId the conversation
	 * @param topic the skill it needs
	 * @param transcript its events so far, as the citizen got them
	 * @param guides the guides the bot answered with, latest first
	 * @param waitingSeconds how long the citizen has waited for the agent: in the queue when just
	 * assigned, else for the agent's reply (0 when the agent spoke last)
	 */
	record AssignedView(UUID conversationId, String topic, List<JsonNode> transcript, List<GuideRef> guides,
			long waitingSeconds) {
	}

	/**
	 * A conversation waiting in the queue.
	 *
	 * @param conversationId the conversation
	 * @param waitingSeconds how long it has waited
	 * @param topic the skill it needs
	 * @param alert {@code yellow} or {@code red} when it has waited too long, else {@code null}
	 */
	record QueueItem(UUID conversationId, long waitingSeconds, String topic, String alert) {
	}

}
