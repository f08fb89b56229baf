package org.govassist.server.handoff;

import com.fasterxml.jackson.annotation.JsonValue;

/** The {@code code} of an {@code error} to an agent, as the protocol spells it. */
enum AgentError {

	/** Not JSON, an unknown type, a missing or malformed field. */
	BAD_REQUEST("bad_request"),
	/** A text over the length limit. */
	TOO_LONG("too_long"),
	/** Too many messages in a short time. */
	RATE_LIMITED("rate_limited"),
	/** No such conversation, or no such agent. */
	NOT_FOUND("not_found"),
	/** The conversation is not in the state the message needs, e.g. not the agent's, or taken already. */
	CONFLICT("conflict"),
	/** The server cannot act on the message now; the console may try again. */
	UNAVAILABLE("unavailable");

	private final String code;

	AgentError(String code) {
		this.code = code;
	}

	@JsonValue
	String code() {
		return code;
	}

}
