package org.govassist.server.chat;

import com.fasterxml.jackson.annotation.JsonValue;

/** Who or what closed a conversation, as {@code conversation.closed} names it. */
enum ClosedBy {

	/** The citizen ended it ({@code close}). */
	CITIZEN("citizen"),
	/** The helpdesk agent holding it ended it. */
	AGENT("agent"),
	/** Nothing was said in it for longer than {@code assistant.chat.close-after-idle}. */
	TIMEOUT("timeout");

	private final String name;

	ClosedBy(String name) {
		this.name = name;
	}

	@JsonValue
	String protocolName() {
		return name;
	}

}
