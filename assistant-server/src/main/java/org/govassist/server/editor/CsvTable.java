package org.govassist.server.editor;

import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 writes them, read leniently where that is safe: a UTF-8 byte
 * order mark at the start is skipped, lines may end in CRLF, LF or CR, and lines with no content
 * (also {@code ,,,}) are skipped. A cell that contains a comma, a quote or a line break is
 * enclosed in double quotes, a quote inside it doubled.
 *
 * <p>A broken record does not stop the reading: a quote inside an unquoted cell, or text after a
 * cell's closing quote, makes its record broken up to the end of that line; a quoted cell that is
 * never closed, or that runs over lines into text after its closing quote (its own closing quote
 * is missing, and another cell's opening quote closed it), makes its record broken up to the end
 * of the line where the cell began. Reading goes on with the next line.
 *
 * <p>Thread-safe: static methods only.
 */
final class CsvTable {

	private CsvTable() {
	}

	/**
	 * One record of the file.
	 *
	 * @param line the 1-based line where it begins
	 * @param cells its cells; for a broken record, the cells read before the fault
	 * @param error what is broken, in Chinese, or {@code null}
	 * @param errorColumn the 0-based index of the cell at fault, or -1
	 */
	record Row(int line, List<String> cells, String error, int errorColumn) {

		Row {
			cells = List.copyOf(cells);
		}

		boolean isBroken() {
			return error != null;
		}

	}

	/**
	 * Reads every record of a text.
	 *
	 * @param text the whole file, decoded
	 * @return its records in order, the empty ones left out
	 */
	static List<Row> read(String text) {
		String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
		List<Row> rows = new ArrayList<>();
		Parser parser = new Parser(csv);
		while (!parser.atEnd()) {
			Row row = parser.next();
			if (row.isBroken() || row.cells().stream().anyMatch(cell -> !cell.isEmpty())) {
				rows.add(row);
			}
		}
		return rows;
	}

	/**
	 * Writes records, each line ended by CRLF, cells quoted where they need it.
	 *
	 * @param rows the records, each a list of cells
	 * @return the text
	 */
	static String write(List<List<String>> rows) {
		StringBuilder out = new StringBuilder();
		for (List<String> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				out.append(quoted(row.get(i) == null ? "" : row.get(i)));
			}
			out.append("\r\n");
		}
		return out.toString();
	}

	/** A column's spreadsheet name: A … Z, AA …, for a 0-based index. */
	static String columnName(int index) {
		StringBuilder name = new StringBuilder();
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			name.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return name.toString();
	}

	private static String quoted(String cell) {
		if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
			return cell;
		}
		return "\"" + cell.replace("\"", "\"\"") + "\"";
	}

	/** Reads records one at a time from a position in the text. */
	private static final class Parser {

		private final String text;

		private int at;

		private int line = 1;

		Parser(String text) {
			this.text = text;
		}

		boolean atEnd() {
			return at >= text.length();
		}

		Row next() {
			int startLine = line;
			List<String> cells = new ArrayList<>();
			StringBuilder cell = new StringBuilder();
			while (true) {
				if (atEnd()) {
					cells.add(cell.toString());
					return new Row(startLine, cells, null, -1);
				}
				if (text.charAt(at) == '"' && cell.isEmpty()) {
					int cellLine = line;
					int cellStart = at;
					String problem = quotedCell(cell);
					if (problem != null && line > cellLine) {
						// A quoted cell running over lines into text that cannot follow it: most
						// likely its closing quote is missing and another cell's opening quote
						// closed it.
						restartAfterLine(cellStart, cellLine);
						return new Row(startLine, cells, UNCLOSED, cells.size());
					}
					if (problem != null) {
						if (UNCLOSED.equals(problem)) {
							restartAfterLine(cellStart, cellLine);
						}
						else {
							skipLine();
						}
						return new Row(startLine, cells, problem, cells.size());
					}
					if (atEnd()) {
						cells.add(cell.toString());
						return new Row(startLine, cells, null, -1);
					}
				}
				char c = text.charAt(at);
				if (c == ',') {
					cells.add(cell.toString());
					cell.setLength(0);
					at++;
				}
				else if (c == '\r' || c == '\n') {
					cells.add(cell.toString());
					endOfLine();
					return new Row(startLine, cells, null, -1);
				}
				else if (c == '"') {
					int column = cells.size();
					skipLine();
					return new Row(startLine, cells, "单元格未加引号却含有引号；含引号、逗号或换行的单元格须整个用英文双引号括起，其中的引号写两遍", column);
				}
				else {
					cell.append(c);
					at++;
				}
			}
		}

		private static final String UNCLOSED = "引号未闭合：此单元格以引号开头，但在本行及其后都没有正确的结束引号";

		private static final String AFTER_QUOTE = "结束引号后还有其他字符；单元格中的引号须写两遍（\"\"）";

		/**
		 * Reads a quoted cell from its opening quote; leaves the position after the closing quote.
		 *
		 * @return {@code null}, or what is wrong
		 */
		private String quotedCell(StringBuilder cell) {
			at++;
			while (at < text.length()) {
				char c = text.charAt(at);
				if (c == '"') {
					if (at + 1 < text.length() && text.charAt(at + 1) == '"') {
						cell.append('"');
						at += 2;
						continue;
					}
					at++;
					if (at < text.length() && text.charAt(at) != ',' && text.charAt(at) != '\r' && text.charAt(at) != '\n') {
						return AFTER_QUOTE;
					}
					return null;
				}
				if (c == '\r' || c == '\n') {
					cell.append('\n');
					endOfLine();
					continue;
				}
				cell.append(c);
				at++;
			}
			return UNCLOSED;
		}

		/** Moves past one line break: CRLF, LF or CR. */
		private void endOfLine() {
			if (text.charAt(at) == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n') {
				at++;
			}
			at++;
			line++;
		}

		/** Moves past the end of the current line. */
		private void skipLine() {
			while (at < text.length() && text.charAt(at) != '\r' && text.charAt(at) != '\n') {
				at++;
			}
			if (at < text.length()) {
				endOfLine();
			}
		}

		/** Goes back to the line where an unclosed cell began and moves past its end. */
		private void restartAfterLine(int cellStart, int cellLine) {
			at = cellStart;
			line = cellLine;
			skipLine();
		}

	}

}
