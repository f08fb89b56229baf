package org.govassist.kb.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class LatenciesTest {

	@Test
	void percentilesUseTheNearestRank() {
		Latencies latencies = new Latencies();
		for (long millis : new long[] { 7, 1, 3, 5, 9, 2, 4, 8, 6, 10 }) {
			latencies.add(millis * 1_000_000);
		}

		assertThat(latencies.percentileMillis(50)).isEqualTo(5.0);
		assertThat(latencies.percentileMillis(90)).isEqualTo(9.0);
		assertThat(latencies.percentileMillis(99)).isEqualTo(10.0);
		assertThat(latencies.percentileMillis(7)).isEqualTo(1.0);
		assertThat(latencies.maxMillis()).isEqualTo(10.0);
	}

	@Test
	void samplesOfSeveralThreadsCombine() {
		Latencies first = new Latencies();
		Latencies second = new Latencies();
		for (int i = 0; i < 100; i++) {
			first.add(1_000_000);
			second.add(3_000_000);
		}

		first.addAll(second);

		assertThat(first.size()).isEqualTo(200);
		assertThat(first.percentileMillis(50)).isEqualTo(1.0);
		assertThat(first.percentileMillis(51)).isEqualTo(3.0);
	}

	@Test
	void anEmptySampleHasNoPercentiles() {
		assertThat(new Latencies().percentileMillis(50)).isNaN();
		assertThat(new Latencies().maxMillis()).isNaN();
	}

	@Test
	void percentilesOutsideTheRangeAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Latencies().percentileMillis(0));
		assertThatIllegalArgumentException().isThrownBy(() -> new Latencies().percentileMillis(101));
	}

}
