package org.govassist.kb.guide;

import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/** Renders values for problem messages: what kind of JSON value was found, and quoted text. */
final class Describe {

	/** Quoted text is cut after this many characters, enough to recognise any valid value. */
	static final int MAX_QUOTED_LENGTH = 80;

	private Describe() {
	}

	/** What kind of value a node is, e.g. {@code a number}, {@code an array}, {@code null}. */
	static String kind(JsonNode value) {
		if (value == null || value.isMissingNode()) {
			return "nothing";
		}
		return switch (value.getNodeType()) {
			case STRING -> "a string";
			case NUMBER -> "a number";
			case BOOLEAN -> value.toString();
			case NULL -> "null";
			case ARRAY -> "an array";
			case OBJECT -> "an object";
			case BINARY -> "binary data";
			case POJO -> "a Java object";
			case MISSING -> "nothing";
		};
	}

	/** What kind of value starts with a token, e.g. {@code an object}. */
	static String kind(JsonToken token) {
		return switch (token) {
			case START_OBJECT -> "an object";
			case START_ARRAY -> "an array";
			case VALUE_STRING -> "a string";
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
			case VALUE_TRUE -> "true";
			case VALUE_FALSE -> "false";
			case VALUE_NULL -> "null";
			default -> token.asString() == null ? token.name() : token.asString();
		};
	}

	/**
	 * Text in double quotes, cut to {@link #MAX_QUOTED_LENGTH} characters and with control
	 * characters shown as spaces, so that a message stays on one line.
	 */
	static String quoted(String text) {
		return '"' + abbreviated(text) + '"';
	}

	/** Text cut to {@link #MAX_QUOTED_LENGTH} characters, control characters shown as spaces. */
	static String abbreviated(String text) {
		StringBuilder shown = new StringBuilder();
		int count = 0;
		for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
			if (count == MAX_QUOTED_LENGTH) {
				return shown.append('…').toString();
			}
			int c = text.codePointAt(i);
			shown.appendCodePoint(Character.isISOControl(c) ? ' ' : c);
			count++;
		}
		return shown.toString();
	}

}
