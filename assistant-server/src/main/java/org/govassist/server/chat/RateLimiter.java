package org.govassist.server.chat;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

import org.govassist.server.system.RateLimit;

/**
 * Limits how many messages each key (a conversation, an address) may send: a token bucket per key
 * that holds up to {@link RateLimit#messages()} tokens and refills at that many per
 * {@link RateLimit#period()}, so that a burst up to the limit passes and a steady flood is held
 * to the rate.
 *
 * <p>Thread-safe.
 */
public final class RateLimiter {

	private final RateLimit limit;

	private final LongSupplier nanoTime;

	private final double nanosPerToken;

	private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

	/**
	 * @param limit the limit per key
	 * @param nanoTime the clock, e.g. {@code System::nanoTime}
	 */
	public RateLimiter(RateLimit limit, LongSupplier nanoTime) {
		this.limit = limit;
		this.nanoTime = nanoTime;
		this.nanosPerToken = limit.limited() ? (double) limit.period().toNanos() / limit.messages() : 0;
	}

	/**
	 * Takes one message's token for a key.
	 *
	 * @param key whose limit
	 * @return whether the message is within the limit
	 */
	public boolean tryAcquire(String key) {
		if (!limit.limited()) {
			return true;
		}
		long now = nanoTime.getAsLong();
		return buckets.compute(key, (k, bucket) -> (bucket == null ? Bucket.full(limit, now) : bucket.refilled(this, now))
			.take()).granted();
	}

	/** Forgets the keys whose buckets have refilled: they behave as new keys would. */
	public void forgetIdle() {
		long now = nanoTime.getAsLong();
		buckets.values().removeIf(bucket -> bucket.refilled(this, now).tokens() >= limit.messages());
	}

	/** How many keys are remembered. */
	int size() {
		return buckets.size();
	}

	/**
	 * One key's bucket.
	 *
	 * @param tokens the messages it may still send now
	 * @param at when {@code tokens} was counted, in the limiter's nanoseconds
	 * @param granted whether the last message taken was within the limit
	 */
	private record Bucket(double tokens, long at, boolean granted) {

		static Bucket full(RateLimit limit, long now) {
			return new Bucket(limit.messages(), now, true);
		}

		Bucket refilled(RateLimiter limiter, long now) {
			double refilled = Math.min(limiter.limit.messages(), tokens + (now - at) / limiter.nanosPerToken);
			return new Bucket(refilled, now, granted);
		}

		Bucket take() {
			return tokens >= 1 ? new Bucket(tokens - 1, at, true) : new Bucket(tokens, at, false);
		}

	}

}
