package org.govassist.server.editor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * What changed in a guide between two versions, field by field in the guide file format's order;
 * a list field (aliases, materials, faqs …) counts as one value.
 *
 * @param id the guide's id
 * @param from the earlier version compared
 * @param to the later version compared
 * @param changes each field whose value differs, none when the versions have the same content
 */
record GuideDiff(String id, int from, int to, List<Change> changes) {

	GuideDiff {
		changes = List.copyOf(changes);
	}

	/**
	 * @param id the guide's id
	 * @param from the version compared from
	 * @param before its content, a guide object
	 * @param to the version compared to
	 * @param after its content, a guide object
	 * @return the differences, in the format's field order, then any other keys by name
	 */
	static GuideDiff of(String id, int from, JsonNode before, int to, JsonNode after) {
		Set<String> fields = new LinkedHashSet<>(GuideFields.ALL);
		before.propertyNames().forEach(fields::add);
		after.propertyNames().forEach(fields::add);
		List<Change> changes = new ArrayList<>();
		for (String field : fields) {
			JsonNode old = present(before.get(field));
			JsonNode now = present(after.get(field));
			if (!Objects.equals(old, now)) {
				changes.add(new Change(field, old, now));
			}
		}
		return new GuideDiff(id, from, to, changes);
	}

	/** A value, or {@code null} when absent, JSON null or an empty list. */
	private static JsonNode present(JsonNode value) {
		return value == null || value.isNull() || value.isArray() && value.isEmpty() ? null : value;
	}

	/**
	 * One field that differs.
	 *
	 * @param field the field's name in the guide file format
	 * @param before its value in the earlier version, {@code null} when absent
	 * @param after its value in the later version, {@code null} when absent
	 */
	record Change(String field, JsonNode before, JsonNode after) {
	}

}
