package org.govassist.kb.eval;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {name}} placeholders of the generator's text patterns.
 */
final class Template {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

	private Template() {
	}

	/**
	 * Replaces every placeholder with its value.
	 *
	 * @param pattern text with placeholders such as {@code {subject}}
	 * @param values the value of each placeholder
	 * @return the filled text
	 * @throws IllegalArgumentException if a placeholder has no value, so that a typo in a pattern
	 * cannot leak into generated guides
	 */
	static String fill(String pattern, Map<String, String> values) {
		Matcher matcher = PLACEHOLDER.matcher(pattern);
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			String value = values.get(matcher.group(1));
			if (value == null) {
				throw new IllegalArgumentException("no value for " + matcher.group() + " in: " + pattern);
			}
			matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
		}
		return matcher.appendTail(filled).toString();
	}

}
