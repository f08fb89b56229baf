package org.govassist.kb.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table for a terminal: a header, a rule, and rows whose columns line up, the first
 * column left-aligned and the others (figures) right-aligned. Chinese characters count as two
 * columns wide, as terminals draw them.
 *
 * <p>Not thread-safe.
 */
final class Table {

	private static final String GAP = "  ";

	private final List<String> header;

	private final List<List<String>> rows = new ArrayList<>();

	Table(String... header) {
		if (header.length == 0) {
			throw new IllegalArgumentException("a table has at least one column");
		}
		this.header = List.of(header);
	}

	/**
	 * Adds a row.
	 *
	 * @param cells one cell per column
	 * @return this table
	 */
	Table row(String... cells) {
		if (cells.length != header.size()) {
			throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.length);
		}
		rows.add(List.of(cells));
		return this;
	}

	/** The table as lines of text, each ending with a line break. */
	String render() {
		int[] widths = new int[header.size()];
		for (List<String> line : allLines()) {
			for (int column = 0; column < widths.length; column++) {
				widths[column] = Math.max(widths[column], width(line.get(column)));
			}
		}
		StringBuilder text = new StringBuilder();
		appendLine(text, header, widths);
		char[] rule = new char[Arrays.stream(widths).sum() + GAP.length() * (widths.length - 1)];
		Arrays.fill(rule, '-');
		text.append(rule).append('\n');
		for (List<String> row : rows) {
			appendLine(text, row, widths);
		}
		return text.toString();
	}

	private List<List<String>> allLines() {
		List<List<String>> lines = new ArrayList<>(rows);
		lines.add(header);
		return lines;
	}

	private static void appendLine(StringBuilder text, List<String> cells, int[] widths) {
		StringBuilder line = new StringBuilder();
		for (int column = 0; column < widths.length; column++) {
			String cell = cells.get(column);
			String padding = " ".repeat(widths[column] - width(cell));
			if (column > 0) {
				line.append(GAP);
			}
			line.append(column == 0 ? cell + padding : padding + cell);
		}
		text.append(line.toString().stripTrailing()).append('\n');
	}

	/** Display width: characters of the wide East Asian blocks take two columns. */
	static int width(String text) {
		return text.codePoints().map(c -> isWide(c) ? 2 : 1).sum();
	}

	private static boolean isWide(int codePoint) {
		return codePoint >= 0x1100 && (codePoint <= 0x115F
				|| codePoint >= 0x2E80 && codePoint <= 0xA4CF
				|| codePoint >= 0xAC00 && codePoint <= 0xD7A3
				|| codePoint >= 0xF900 && codePoint <= 0xFAFF
				|| codePoint >= 0xFE30 && codePoint <= 0xFE4F
				|| codePoint >= 0xFF00 && codePoint <= 0xFF60
				|| codePoint >= 0xFFE0 && codePoint <= 0xFFE6
				|| codePoint >= 0x20000 && codePoint <= 0x3FFFD);
	}

}
