package org.govassist.kb.eval;

/**
 * A command line that cannot be run; the message says what is wrong, for the user to read.
 */
final class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	UsageException(String message) {
		super(message);
	}

}
