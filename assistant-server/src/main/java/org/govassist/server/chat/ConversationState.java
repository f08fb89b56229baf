package org.govassist.server.chat;

/** What a conversation accepts next, as stored in {@code conversation.state}. */
enum ConversationState {

	/** The bot answers what the citizen says. */
	OPEN("open"),
	/** No agent could take the conversation; the citizen's next words are a message left for staff. */
	AWAITING_MESSAGE("awaiting_message"),
	/** Waiting in the queue for a helpdesk agent; the citizen's words are kept for the agent. */
	QUEUED("queued"),
	/** A helpdesk agent holds it: the citizen's words go to the agent, not to the bot. */
	WITH_AGENT("with_agent"),
	/** Nothing more can be said; ratings are still accepted. */
	CLOSED("closed");

	private final String column;

	ConversationState(String column) {
		this.column = column;
	}

	String column() {
		return column;
	}

	static ConversationState ofColumn(String column) {
		for (ConversationState state : values()) {
			if (state.column.equals(column)) {
				return state;
			}
		}
		throw new IllegalArgumentException("unknown conversation state " + column);
	}

}
