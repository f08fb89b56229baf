package org.govassist.server.handoff;

/** A message of an agent that cannot be acted on; becomes an {@code error} and leaves the socket open. */
final class AgentException extends RuntimeException {

	private final AgentError code;

	private final String replyTo;

	/**
	 * @param code the protocol error code
	 * @param message the explanation, in Chinese
	 * @param replyTo the {@code id} of the message, or {@code null}
	 */
	AgentException(AgentError code, String message, String replyTo) {
		super(message, null, false, false);
		this.code = code;
		this.replyTo = replyTo;
	}

	AgentError code() {
		return code;
	}

	String replyTo() {
		return replyTo;
	}

}
