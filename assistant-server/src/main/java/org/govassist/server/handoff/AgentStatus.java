package org.govassist.server.handoff;

import java.util.Locale;

/** Whether an agent takes new chats. */
enum AgentStatus {

	/** Takes new chats. */
	ONLINE,
	/** Keeps the chats held, takes no new ones. */
	AWAY;

	/** The protocol's name, e.g. {@code online}. */
	String protocolName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The status of a protocol name, or {@code null} for an unknown one. */
	static AgentStatus ofProtocolName(String name) {
		for (AgentStatus status : values()) {
			if (status.protocolName().equals(name)) {
				return status;
			}
		}
		return null;
	}

}
