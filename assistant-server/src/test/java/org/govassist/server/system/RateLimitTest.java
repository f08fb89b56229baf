package org.govassist.server.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RateLimitTest {

	@Test
	void limitIsReadAsMessagesPerPeriod() {
		assertThat(RateLimit.valueOf("20/10s")).isEqualTo(new RateLimit(20, Duration.ofSeconds(10)));
		assertThat(RateLimit.valueOf(" 5 / 1m ")).isEqualTo(new RateLimit(5, Duration.ofMinutes(1)));
		assertThat(RateLimit.valueOf("100/PT1H")).isEqualTo(new RateLimit(100, Duration.ofHours(1)));
	}

	@Test
	void offMeansNoLimit() {
		assertThat(RateLimit.valueOf("off").limited()).isFalse();
		assertThat(RateLimit.valueOf("OFF")).isEqualTo(RateLimit.OFF);
	}

	@Test
	void anythingElseIsRefusedWithTheExpectedForm() {
		assertThatIllegalArgumentException().isThrownBy(() -> RateLimit.valueOf("20")).withMessageContaining("20/10s");
		assertThatIllegalArgumentException().isThrownBy(() -> RateLimit.valueOf("0/10s"));
		assertThatIllegalArgumentException().isThrownBy(() -> RateLimit.valueOf("ten/10s"));
		assertThatIllegalArgumentException().isThrownBy(() -> RateLimit.valueOf("5/0s"));
		assertThatIllegalArgumentException().isThrownBy(() -> RateLimit.valueOf("5/soon"));
	}

}
