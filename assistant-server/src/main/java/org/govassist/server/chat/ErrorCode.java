package org.govassist.server.chat;

import com.fasterxml.jackson.annotation.JsonValue;

/** The {@code code} of an {@code error} message, as the protocol spells it. */
enum ErrorCode {

	/** Not JSON, an unknown type, a missing or malformed field, or a message out of order. */
	BAD_REQUEST("bad_request"),
	/** A text over the length limit. */
	TOO_LONG("too_long"),
	/** Too many messages in a short time, from one conversation or one address. */
	RATE_LIMITED("rate_limited"),
	/** A guide, an answer or other thing named by the message does not exist. */
	NOT_FOUND("not_found"),
	/** The message does not fit the conversation's state, e.g. a question after it was closed. */
	CONFLICT("conflict"),
	/** The server cannot act on the message now; the client may try again later. */
	UNAVAILABLE("unavailable");

	private final String code;

	ErrorCode(String code) {
		this.code = code;
	}

	@JsonValue
	String code() {
		return code;
	}

}
