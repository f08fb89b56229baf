package org.govassist.server.chat;

/**
 * A client message that cannot be acted on; becomes an {@code error} message to the citizen and
 * leaves the connection open.
 */
final class ChatException extends RuntimeException {

	private final ErrorCode code;

	private final String replyTo;

	/**
	 * @param code the protocol error code
	 * @param message the explanation for the citizen, in Chinese
	 * @param replyTo the {@code id} of the client message, or {@code null} when it has none
	 */
	ChatException(ErrorCode code, String message, String replyTo) {
		super(message, null, false, false);
		this.code = code;
		this.replyTo = replyTo;
	}

	ErrorCode code() {
		return code;
	}

	String replyTo() {
		return replyTo;
	}

}
