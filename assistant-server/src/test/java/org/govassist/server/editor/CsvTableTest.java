package org.govassist.server.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTableTest {

	@Test
	void quotedCellsHoldCommasQuotesAndLineBreaks() {
		List<CsvTable.Row> rows = CsvTable.read("id,title\r\na-1,\"第一行\n第二行，\"\"引号\"\", 逗号\"\r\n");

		assertThat(rows).hasSize(2);
		assertThat(rows.get(1).cells()).containsExactly("a-1", "第一行\n第二行，\"引号\", 逗号");
		assertThat(rows.get(1).line()).isEqualTo(2);
	}

	@Test
	void aByteOrderMarkIsSkippedAndEmptyLinesAreLeftOut() {
		List<CsvTable.Row> rows = CsvTable.read("\uFEFFid,title\n\n,\na-1,标题\n");

		assertThat(rows).extracting(CsvTable.Row::cells).containsExactly(List.of("id", "title"), List.of("a-1", "标题"));
		assertThat(rows.get(1).line()).isEqualTo(4);
	}

	@Test
	void aQuoteInsideAnUnquotedCellBreaksOnlyItsRow() {
		List<CsvTable.Row> rows = CsvTable.read("id,title\na-1,说\"明\nb-2,好\n");

		assertThat(rows.get(1).isBroken()).isTrue();
		assertThat(rows.get(1).errorColumn()).isEqualTo(1);
		assertThat(rows.get(2).cells()).containsExactly("b-2", "好");
		assertThat(rows.get(2).line()).isEqualTo(3);
	}

	@Test
	void anUnclosedQuoteBreaksItsRowAndReadingGoesOnWithTheNextLine() {
		List<CsvTable.Row> rows = CsvTable.read("id,title\na-1,\"没有结束\nb-2,好\n");

		assertThat(rows.get(1).isBroken()).isTrue();
		assertThat(rows.get(1).line()).isEqualTo(2);
		assertThat(rows.get(1).errorColumn()).isEqualTo(1);
		assertThat(rows.get(2).cells()).containsExactly("b-2", "好");
		assertThat(rows.get(2).line()).isEqualTo(3);
	}

	@Test
	void anUnclosedQuoteClosedByAnotherCellsQuoteBreaksOnlyItsOwnRow() {
		List<CsvTable.Row> rows = CsvTable.read("id,title\na-1,\"没有结束\nb-2,\"第一行\n第二行\"\n");

		assertThat(rows.get(1).isBroken()).isTrue();
		assertThat(rows.get(2).cells()).containsExactly("b-2", "第一行\n第二行");
	}

	@Test
	void textAfterAClosingQuoteBreaksTheRow() {
		List<CsvTable.Row> rows = CsvTable.read("id,title\na-1,\"标题\"多余\nb-2,好\n");

		assertThat(rows.get(1).isBroken()).isTrue();
		assertThat(rows.get(2).isBroken()).isFalse();
	}

	@Test
	void whatIsWrittenReadsBackTheSame() {
		List<List<String>> written = List.of(List.of("id", "faqs"), List.of("a-1", "问：要带\"什么\"？\n答：身份证, 照片"),
				List.of("b-2", ""));

		assertThat(CsvTable.read(CsvTable.write(written))).extracting(CsvTable.Row::cells)
			.containsExactly(written.get(0), written.get(1), List.of("b-2", ""));
	}

	@Test
	void columnsAreNamedAsSpreadsheetsNameThem() {
		assertThat(List.of(CsvTable.columnName(0), CsvTable.columnName(25), CsvTable.columnName(26)))
			.containsExactly("A", "Z", "AA");
	}

}
