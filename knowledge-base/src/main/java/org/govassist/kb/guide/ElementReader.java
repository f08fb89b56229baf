package org.govassist.kb.guide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the elements of a guide file's array one at a time into trees, noting where each value
 * stands in the text: a tree alone forgets positions, and problem reports need them.
 *
 * <p>A repeated key is noted and its last value kept, as a JSON tree would. Recursion depth is
 * bounded by the parser's nesting limit ({@link GuideFormat#MAX_NESTING_DEPTH}).
 *
 * <p>Not thread-safe: one instance reads one parser.
 */
final class ElementReader {

	/** One element and the positions of its values. */
	record PositionedElement(JsonNode node, FieldPositions positions) {
	}

	private final JsonParser parser;

	private final JsonNodeFactory nodes = JsonNodeFactory.instance;

	private Map<String, SourcePosition> fields;

	private List<String> repeatedKeys;

	ElementReader(JsonParser parser) {
		this.parser = parser;
	}

	/**
	 * Reads the element that starts at the parser's current token, leaving the parser on the
	 * element's last token.
	 */
	PositionedElement read() {
		fields = new HashMap<>();
		repeatedKeys = new ArrayList<>();
		SourcePosition start = SourcePosition.of(parser.currentTokenLocation());
		JsonNode node = readValue("");
		return new PositionedElement(node, new FieldPositions(start, fields, repeatedKeys));
	}

	private JsonNode readValue(String path) {
		JsonToken token = parser.currentToken();
		return switch (token) {
			case START_OBJECT -> readObject(path);
			case START_ARRAY -> readArray(path);
			case VALUE_STRING -> nodes.stringNode(parser.getString());
			case VALUE_NUMBER_INT -> nodes.numberNode(parser.getBigIntegerValue());
			case VALUE_NUMBER_FLOAT -> nodes.numberNode(parser.getDecimalValue());
			case VALUE_TRUE, VALUE_FALSE -> nodes.booleanNode(token == JsonToken.VALUE_TRUE);
			case VALUE_NULL -> nodes.nullNode();
			default -> throw new IllegalStateException("unexpected token " + token + " in JSON text");
		};
	}

	private ObjectNode readObject(String path) {
		ObjectNode object = nodes.objectNode();
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String key = parser.currentName();
			String child = path.isEmpty() ? key : path + "." + key;
			fields.put(child, SourcePosition.of(parser.currentTokenLocation()));
			if (object.has(key)) {
				repeatedKeys.add(child);
			}
			parser.nextToken();
			object.set(key, readValue(child));
		}
		return object;
	}

	private ArrayNode readArray(String path) {
		ArrayNode array = nodes.arrayNode();
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			String child = path + "[" + array.size() + "]";
			fields.put(child, SourcePosition.of(parser.currentTokenLocation()));
			array.add(readValue(child));
		}
		return array;
	}

}
