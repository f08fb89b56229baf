package org.govassist.server.chat;

/**
 * Contacts citizens leave with a message (a phone number, an e-mail address): kept as given,
 * because the citizen gave them to be reached, but never written to a log in full.
 */
final class Contacts {

	private static final int KEPT_AT_START = 3;

	private static final int KEPT_AT_END = 2;

	private Contacts() {
	}

	/**
	 * A contact fit for a log: its first three and last two characters, the rest as {@code *};
	 * short ones wholly as {@code *}.
	 *
	 * @param contact the contact as given
	 * @return e.g. {@code 138******78}
	 */
	static String maskForLog(String contact) {
		int length = contact.codePointCount(0, contact.length());
		if (length <= KEPT_AT_START + KEPT_AT_END + 2) {
			return "*".repeat(length);
		}
		int[] points = contact.codePoints().toArray();
		StringBuilder masked = new StringBuilder();
		for (int i = 0; i < points.length; i++) {
			masked.appendCodePoint(i < KEPT_AT_START || i >= points.length - KEPT_AT_END ? points[i] : '*');
		}
		return masked.toString();
	}

}
