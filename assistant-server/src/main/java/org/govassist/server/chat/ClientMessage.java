package org.govassist.server.chat;

import java.util.List;

/**
 * A message from the citizen's client, read and checked by {@link ClientMessageReader}.
 */
sealed interface ClientMessage {

	/** The longest text a citizen may send in one message, in characters. */
	int MAX_TEXT_LENGTH = 500;

	/** The longest contact (a phone number, an e-mail address) a citizen may leave, in characters. */
	int MAX_CONTACT_LENGTH = 100;

	/**
	 * The client's id for this message, named by the reply's {@code replyTo}.
	 *
	 * @return the id, or {@code null} for a message that has none
	 */
	default String id() {
		return null;
	}

	/**
	 * Opens or resumes a conversation; must come first.
	 *
	 * @param token the resume token of an earlier {@code welcome}, or {@code null}
	 * @param lastSeq the last {@code seq} the client has seen; 0 when it has seen none
	 */
	record Hello(String token, long lastSeq) implements ClientMessage {
	}

	/**
	 * The citizen's words.
	 *
	 * @param id the client's id for this message, 1 to 64 characters
	 * @param text at most {@link #MAX_TEXT_LENGTH} characters
	 * @param contact how staff may reach the citizen, at most {@link #MAX_CONTACT_LENGTH}
	 * characters, or {@code null}; kept only when the words are a message left for staff
	 */
	record Say(String id, String text, String contact) implements ClientMessage {

		/** Words without a contact. */
		Say(String id, String text) {
			this(id, text, null);
		}

	}

	/**
	 * Picks a matter, e.g. one option of a {@code bot.clarify}.
	 *
	 * @param id the client's id for this message, 1 to 64 characters
	 * @param guideId the guide picked
	 */
	record Choose(String id, String guideId) implements ClientMessage {
	}

	/**
	 * Asks for a human agent.
	 *
	 * @param id the client's id for this message, 1 to 64 characters
	 * @param reason what the citizen needs help with, at most {@link #MAX_TEXT_LENGTH} characters, or
	 * {@code null}
	 * @param contact how staff may reach the citizen when the reason becomes a message left, at
	 * most {@link #MAX_CONTACT_LENGTH} characters, or {@code null}
	 */
	record Handoff(String id, String reason, String contact) implements ClientMessage {

		/** A request without a contact. */
		Handoff(String id, String reason) {
			this(id, reason, null);
		}

	}

	/**
	 * Rates one answer or the whole conversation (好差评).
	 *
	 * @param id the client's id for this message, 1 to 64 characters
	 * @param level 1 (非常不满意) to 5 (非常满意)
	 * @param seq the seq of the answer rated, or {@code null} for the whole conversation
	 * @param tags the tags picked, each at most once, in the order given
	 * @param comment the citizen's comment, at most {@link #MAX_TEXT_LENGTH} characters, or {@code null}
	 */
	record Rate(String id, int level, Long seq, List<String> tags, String comment) implements ClientMessage {

		public Rate {
			tags = List.copyOf(tags);
		}

	}

	/**
	 * Ends the conversation.
	 *
	 * @param id the client's id for this message, 1 to 64 characters
	 */
	record Close(String id) implements ClientMessage {
	}

	/** Asks for a {@code pong}, to keep the connection alive or check it. */
	record Ping() implements ClientMessage {
	}

}
