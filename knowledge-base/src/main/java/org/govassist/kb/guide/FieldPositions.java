package org.govassist.kb.guide;

import java.util.List;
import java.util.Map;

/**
 * Where one element of a guide file and the values inside it stand in the file's text, by field
 * path ({@code fee}, {@code materials[2]}, {@code faqs[0].q}), and which keys the element repeats.
 * A property is placed at its key, an array item at its first character.
 *
 * @param element the position of the element's first character
 * @param fields the position of each value, by field path
 * @param repeatedKeys the field paths of keys that appear more than once in their object, in the
 * order of the file; the position of such a path is its last occurrence, whose value counts
 */
record FieldPositions(SourcePosition element, Map<String, SourcePosition> fields, List<String> repeatedKeys) {

	/** For elements that came already parsed: every position unknown, no repeated keys. */
	static final FieldPositions NONE = new FieldPositions(SourcePosition.UNKNOWN, Map.of(), List.of());

	FieldPositions {
		fields = Map.copyOf(fields);
		repeatedKeys = List.copyOf(repeatedKeys);
	}

	/**
	 * The position of a field, or of its nearest enclosing value that has one.
	 *
	 * @param field a field path, or {@code null} for the element itself
	 * @return the best known position, {@link SourcePosition#UNKNOWN} at worst
	 */
	SourcePosition of(String field) {
		String path = field;
		while (path != null && !path.isEmpty()) {
			SourcePosition position = fields.get(path);
			if (position != null) {
				return position;
			}
			path = parent(path);
		}
		return element;
	}

	private static String parent(String path) {
		int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
		return cut <= 0 ? null : path.substring(0, cut);
	}

}
