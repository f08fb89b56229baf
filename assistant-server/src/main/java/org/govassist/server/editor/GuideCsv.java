package org.govassist.server.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.govassist.server.api.FieldProblem;
import org.govassist.server.api.InvalidRequestException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Guides as CSV, one row per guide under a header row of the guide file format's field names
 * (see docs/editors.md):
 * <ul>
 * <li>a text field is the cell's text; an empty cell leaves the field out;</li>
 * <li>a list of texts ({@code aliases}, {@code audience}, {@code materials}, {@code process}) has
 * one item per line of the cell, empty lines skipped;</li>
 * <li>{@code faqs} has each question on a line starting with {@code 问：} and its answer on the
 * next starting with {@code 答：}; further lines continue the answer (or the question).</li>
 * </ul>
 * The header names the columns in any order; {@code id}, {@code title}, {@code department} and
 * {@code summary} must be among them.
 *
 * <p>Thread-safe: static methods only.
 */
final class GuideCsv {

	static final String QUESTION = "问：";

	static final String ANSWER = "答：";

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private GuideCsv() {
	}

	/**
	 * The columns named by a header row.
	 *
	 * @param header the first record of the file
	 * @return each column's field, in order
	 * @throws InvalidRequestException naming each column at fault, and each required one missing
	 */
	static List<String> columns(CsvTable.Row header) {
		List<FieldProblem> problems = new ArrayList<>();
		if (header.isBroken()) {
			throw new InvalidRequestException("csv", "第 " + header.line() + " 行（标题行）" + header.error());
		}
		List<String> columns = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < header.cells().size(); i++) {
			String name = header.cells().get(i).strip();
			String where = "第 1 行 " + CsvTable.columnName(i) + " 列";
			if (!GuideFields.ALL.contains(name)) {
				problems.add(new FieldProblem("csv", where + "：“" + name + "”不是办事指南的字段；可用的字段："
						+ String.join(", ", GuideFields.ALL)));
			}
			else if (seen.putIfAbsent(name, i) != null) {
				problems.add(new FieldProblem("csv", where + "：“" + name + "”与 " + CsvTable.columnName(seen.get(name)) + " 列重复"));
			}
			columns.add(name);
		}
		for (String required : GuideFields.ALL) {
			if (GuideFields.REQUIRED.contains(required) && !seen.containsKey(required)) {
				problems.add(new FieldProblem("csv", "标题行缺少必需的列 " + required));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		return List.copyOf(columns);
	}

	/**
	 * A data row as a guide object in the guide file format, for the guide reader to validate.
	 *
	 * @param columns the header's fields
	 * @param row the row
	 * @param problems where the problems of encoding (cell count, FAQ lines) are added, each naming
	 *        its field
	 * @return the guide object
	 */
	static ObjectNode guide(List<String> columns, CsvTable.Row row, List<FieldProblem> problems) {
		ObjectNode guide = NODES.objectNode();
		if (row.cells().size() != columns.size()) {
			problems.add(new FieldProblem("csv", "有 " + row.cells().size() + " 个单元格，标题行有 " + columns.size() + " 列"));
		}
		for (int i = 0; i < Math.min(columns.size(), row.cells().size()); i++) {
			String field = columns.get(i);
			String cell = row.cells().get(i);
			if (cell.isBlank()) {
				continue;
			}
			if (GuideFields.TEXT_LISTS.contains(field)) {
				ArrayNode items = guide.putArray(field);
				lines(cell).stream().filter(line -> !line.isBlank()).forEach(items::add);
			}
			else if (GuideFields.FAQS.equals(field)) {
				guide.set(field, faqs(cell, problems));
			}
			else {
				guide.put(field, cell);
			}
		}
		return guide;
	}

	/**
	 * A published guide as a data row under {@link GuideFields#ALL}.
	 *
	 * @param guide the guide in the guide file format
	 * @return its cells
	 */
	static List<String> row(JsonNode guide) {
		List<String> cells = new ArrayList<>();
		for (String field : GuideFields.ALL) {
			JsonNode value = guide.get(field);
			if (value == null || value.isNull()) {
				cells.add("");
			}
			else if (GuideFields.FAQS.equals(field)) {
				List<String> lines = new ArrayList<>();
				for (JsonNode faq : value.values()) {
					lines.add(QUESTION + faq.get("q").asString());
					lines.add(ANSWER + faq.get("a").asString());
				}
				cells.add(String.join("\n", lines));
			}
			else if (value.isArray()) {
				cells.add(String.join("\n", value.valueStream().map(item -> oneLine(item.asString())).toList()));
			}
			else {
				cells.add(value.asString());
			}
		}
		return cells;
	}

	/** A list item on one line: line breaks within it become spaces. */
	private static String oneLine(String item) {
		return item.replaceAll("\\R", " ");
	}

	private static List<String> lines(String cell) {
		return List.of(cell.split("\\R", -1));
	}

	private static ArrayNode faqs(String cell, List<FieldProblem> problems) {
		ArrayNode faqs = NODES.arrayNode();
		StringBuilder question = null;
		StringBuilder answer = null;
		List<String> lines = lines(cell);
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			String rest;
			if ((rest = after(line, QUESTION, "问:")) != null) {
				if (question != null) {
					add(faqs, question, answer);
				}
				question = new StringBuilder(rest);
				answer = null;
			}
			else if ((rest = after(line, ANSWER, "答:")) != null) {
				if (question == null || answer != null) {
					problems.add(new FieldProblem(GuideFields.FAQS, "单元格第 " + (i + 1) + " 行：“答：”前应先有一行“问：”"));
					return NODES.arrayNode();
				}
				answer = new StringBuilder(rest);
			}
			else if (answer != null) {
				answer.append('\n').append(line);
			}
			else if (question != null) {
				question.append('\n').append(line);
			}
			else if (!line.isBlank()) {
				problems.add(new FieldProblem(GuideFields.FAQS, "单元格第 " + (i + 1) + " 行：每个问题应以“问：”开头，答案以“答：”开头"));
				return NODES.arrayNode();
			}
		}
		if (question != null) {
			add(faqs, question, answer);
		}
		return faqs;
	}

	private static void add(ArrayNode faqs, StringBuilder question, StringBuilder answer) {
		ObjectNode faq = faqs.addObject();
		faq.put("q", question.toString());
		if (answer != null) {
			faq.put("a", answer.toString());
		}
	}

	private static String after(String line, String prefix, String halfWidth) {
		String start = line.stripLeading();
		if (start.startsWith(prefix)) {
			return start.substring(prefix.length());
		}
		if (start.startsWith(halfWidth)) {
			return start.substring(halfWidth.length());
		}
		return null;
	}

}
