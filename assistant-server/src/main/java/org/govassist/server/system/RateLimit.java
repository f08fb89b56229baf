package org.govassist.server.system;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.convert.DurationStyle;

/**
 * How many messages may come within a period, written as {@code 20/10s} (20 messages per 10
 * seconds; the period in Spring Boot's duration format: {@code 500ms}, {@code 10s}, {@code 1m},
 * or ISO-8601 such as {@code PT10S}), or {@code off} for no limit.
 *
 * <p>Immutable and thread-safe.
 *
 * @param messages how many messages are allowed per period; 0 when there is no limit
 * @param period the period; {@link Duration#ZERO} when there is no limit
 */
public record RateLimit(int messages, Duration period) {

	/** No limit. */
	public static final RateLimit OFF = new RateLimit(0, Duration.ZERO);

	public RateLimit {
		boolean off = messages == 0 && Duration.ZERO.equals(period);
		if (!off && (messages < 1 || period == null || period.isNegative() || period.isZero())) {
			throw new IllegalArgumentException("a rate limit needs at least 1 message in a positive period, not "
					+ messages + "/" + period);
		}
	}

	/**
	 * Reads a limit as settings write it.
	 *
	 * @param text {@code N/period}, e.g. {@code 20/10s}, or {@code off}
	 * @return the limit
	 * @throws IllegalArgumentException when the text is neither
	 */
	public static RateLimit valueOf(String text) {
		String trimmed = text.trim();
		if (trimmed.toLowerCase(Locale.ROOT).equals("off")) {
			return OFF;
		}
		int slash = trimmed.indexOf('/');
		if (slash < 0) {
			throw new IllegalArgumentException("a rate limit reads like 20/10s (messages/period) or off, not " + text);
		}
		try {
			return new RateLimit(Integer.parseInt(trimmed.substring(0, slash).trim()),
					DurationStyle.detectAndParse(trimmed.substring(slash + 1).trim()));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("a rate limit reads like 20/10s (messages/period) or off, not " + text,
					ex);
		}
	}

	/** Whether messages are limited at all. */
	public boolean limited() {
		return messages > 0;
	}

	@Override
	public String toString() {
		return limited() ? messages + "/" + period : "off";
	}

}
