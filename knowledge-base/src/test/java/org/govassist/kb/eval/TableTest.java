package org.govassist.kb.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class TableTest {

	@Test
	void firstColumnIsLeftAlignedAndFiguresRightAligned() {
		String text = new Table("system", "direct %").row("engine", "61.2").row("bm25-standard", "5.0").render();

		assertThat(text).isEqualTo("""
				system         direct %
				-----------------------
				engine             61.2
				bm25-standard       5.0
				""");
	}

	@Test
	void chineseCharactersTakeTwoColumns() {
		String text = new Table("事项", "n").row("身份证", "1").row("id", "22").render();

		assertThat(text).isEqualTo("""
				事项     n
				----------
				身份证   1
				id      22
				""");
		assertThat(Table.width("身份证a")).isEqualTo(7);
	}

	@Test
	void aRowMustHaveOneCellPerColumn() {
		Table table = new Table("a", "b");

		assertThatIllegalArgumentException().isThrownBy(() -> table.row("only one")).withMessage("expected 2 cells, got 1");
	}

}
