package org.govassist.server.chat;

/**
 * A message from the citizen's client, read and checked by {@link ClientMessageReader}.
 */
sealed interface ClientMessage {

	/** The longest text a citizen may send in one message, in characters. */
	int MAX_TEXT_LENGTH = 500;

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
	 */
	record Say(String id, String text) implements ClientMessage {
	}

	/**
	 * Picks a matter, e.g. one option of a {@code bot.clarify}.
	 *
	 * @param id the client's id for this message, 1 to 64 characters
	 * @param guideId the guide picked
	 */
	record Choose(String id, String guideId) implements ClientMessage {
	}

	/** Asks for a {@code pong}, to keep the connection alive or check it. */
	record Ping() implements ClientMessage {
	}

}
