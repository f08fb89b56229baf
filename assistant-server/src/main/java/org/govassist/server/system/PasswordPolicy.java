package org.govassist.server.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How strong a staff password must be: at least {@value #MIN_LENGTH} characters, at most
 * {@value #MAX_BYTES} bytes in UTF-8 (what BCrypt reads), at least {@value #MIN_KINDS} of the four
 * kinds lower-case letter, upper-case letter, digit and anything else (punctuation, a space, a
 * Chinese character…), and not containing the username, whatever the case.
 *
 * <p>Thread-safe.
 */
public final class PasswordPolicy {

	/** The fewest characters. */
	public static final int MIN_LENGTH = 10;

	/** The most bytes in UTF-8: BCrypt ignores anything beyond. */
	public static final int MAX_BYTES = 72;

	/** How many of the four kinds of character a password mixes at least. */
	public static final int MIN_KINDS = 3;

	private PasswordPolicy() {
	}

	/**
	 * What is wrong with a password.
	 *
	 * @param password the password
	 * @param username the account's username, or {@code null} when not known
	 * @return every rule it breaks, in order; empty when it is strong enough
	 */
	public static List<Weakness> weaknesses(String password, String username) {
		List<Weakness> weaknesses = new ArrayList<>();
		if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			weaknesses.add(Weakness.TOO_SHORT);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			weaknesses.add(Weakness.TOO_LONG);
		}
		if (kinds(password) < MIN_KINDS) {
			weaknesses.add(Weakness.TOO_FEW_KINDS);
		}
		if (username != null && !username.isEmpty()
				&& password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			weaknesses.add(Weakness.CONTAINS_USERNAME);
		}
		return weaknesses;
	}

	private static int kinds(String password) {
		boolean lower = false;
		boolean upper = false;
		boolean digit = false;
		boolean other = false;
		for (int i = 0; i < password.length(); i++) {
			char c = password.charAt(i);
			if (c >= 'a' && c <= 'z') {
				lower = true;
			}
			else if (c >= 'A' && c <= 'Z') {
				upper = true;
			}
			else if (c >= '0' && c <= '9') {
				digit = true;
			}
			else {
				other = true;
			}
		}
		return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
	}

	/** One rule a password breaks, described for staff (Chinese) and for operators (English). */
	public enum Weakness {

		/** Fewer than {@value PasswordPolicy#MIN_LENGTH} characters. */
		TOO_SHORT("至少 " + MIN_LENGTH + " 个字符", "has fewer than " + MIN_LENGTH + " characters"),
		/** More than {@value PasswordPolicy#MAX_BYTES} bytes. */
		TOO_LONG("不能超过 " + MAX_BYTES + " 个字节（字母、数字、符号各占 1 个，汉字占 3 个）",
				"has more than " + MAX_BYTES + " bytes in UTF-8"),
		/** Too few kinds of character. */
		TOO_FEW_KINDS("须包含小写字母、大写字母、数字、其他符号中的至少 " + MIN_KINDS + " 种",
				"mixes fewer than " + MIN_KINDS + " of lower-case letters, upper-case letters, digits and other characters"),
		/** Contains the username. */
		CONTAINS_USERNAME("不能包含用户名", "contains the username");

		private final String chinese;

		private final String english;

		Weakness(String chinese, String english) {
			this.chinese = chinese;
			this.english = english;
		}

		/** The rule, as staff read it in a form. */
		public String chinese() {
			return chinese;
		}

		/** What is wrong, as an operator reads it in a start-up error. */
		public String english() {
			return english;
		}

	}

}
