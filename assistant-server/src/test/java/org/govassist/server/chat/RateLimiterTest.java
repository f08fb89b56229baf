package org.govassist.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.govassist.server.system.RateLimit;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

	private final AtomicLong clock = new AtomicLong();

	private final RateLimiter limiter = new RateLimiter(RateLimit.valueOf("3/3s"), clock::get);

	@Test
	void burstUpToTheLimitPassesAndTheNextIsRefused() {
		assertThat(limiter.tryAcquire("a")).isTrue();
		assertThat(limiter.tryAcquire("a")).isTrue();
		assertThat(limiter.tryAcquire("a")).isTrue();

		assertThat(limiter.tryAcquire("a")).isFalse();
		assertThat(limiter.tryAcquire("b")).isTrue();
	}

	@Test
	void limitRefillsAtItsRate() {
		for (int i = 0; i < 3; i++) {
			limiter.tryAcquire("a");
		}

		advance(Duration.ofMillis(999));
		assertThat(limiter.tryAcquire("a")).isFalse();
		advance(Duration.ofMillis(1));
		assertThat(limiter.tryAcquire("a")).isTrue();
		assertThat(limiter.tryAcquire("a")).isFalse();
	}

	@Test
	void refusedMessagesDoNotCount() {
		for (int i = 0; i < 10; i++) {
			limiter.tryAcquire("a");
		}

		advance(Duration.ofSeconds(1));

		assertThat(limiter.tryAcquire("a")).isTrue();
	}

	@Test
	void quietKeysAreForgottenOnceRefilled() {
		limiter.tryAcquire("a");
		limiter.tryAcquire("b");
		advance(Duration.ofMillis(500));
		limiter.tryAcquire("b");

		advance(Duration.ofMillis(600));
		limiter.forgetIdle();

		assertThat(limiter.size()).isEqualTo(1);
	}

	@Test
	void offLimitsNothing() {
		RateLimiter off = new RateLimiter(RateLimit.OFF, clock::get);

		for (int i = 0; i < 1000; i++) {
			assertThat(off.tryAcquire("a")).isTrue();
		}
		assertThat(off.size()).isZero();
	}

	private void advance(Duration duration) {
		clock.addAndGet(duration.toNanos());
	}

}
