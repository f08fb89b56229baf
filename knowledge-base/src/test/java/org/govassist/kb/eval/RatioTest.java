package org.govassist.kb.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class RatioTest {

	@Test
	void showsAPercentageWithOneDecimal() {
		assertThat(new Ratio(1, 3)).hasToString("33.3");
		assertThat(new Ratio(2, 3).percent()).isCloseTo(66.667, org.assertj.core.data.Offset.offset(0.001));
		assertThat(new Ratio(0, 5)).hasToString("0.0");
		assertThat(new Ratio(5, 5)).hasToString("100.0");
	}

	@Test
	void nothingToCountIsUndefinedRatherThanZero() {
		Ratio empty = new Ratio(0, 0);

		assertThat(empty.defined()).isFalse();
		assertThat(empty.percent()).isNaN();
		assertThat(empty).hasToString("-");
	}

	@Test
	void moreThanTheTotalIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Ratio(4, 3)).withMessageContaining("4 of 3");
	}

}
