package org.govassist.server.chat;

import com.fasterxml.jackson.annotation.JsonValue;

/** The {@code code} of an {@code error} message, as the protocol spells it. */
enum ErrorCode {

	/** Not JSON, an unknown type, a missing or malformed field, or a message out of order. */
	BAD_REQUEST("bad_request"),
	/** A text over the length limit. */
	TOO_LONG("too_long"),
	/** A guide or other thing named by the message does not exist. */
	NOT_FOUND("not_found"),
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
