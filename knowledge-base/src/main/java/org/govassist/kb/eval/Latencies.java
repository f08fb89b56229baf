package org.govassist.kb.eval;

import java.util.Arrays;

/**
 * A growing sample of durations with nearest-rank percentiles.
 *
 * <p>Not thread-safe: give each measuring thread its own and {@link #addAll} them afterwards.
 */
final class Latencies {

	private long[] nanos = new long[64];

	private int size;

	/** Records one duration. */
	void add(long durationNanos) {
		if (durationNanos < 0) {
			throw new IllegalArgumentException("a duration cannot be negative: " + durationNanos);
		}
		if (size == nanos.length) {
			nanos = Arrays.copyOf(nanos, size * 2);
		}
		nanos[size++] = durationNanos;
	}

	/** Records every duration of another sample. */
	void addAll(Latencies other) {
		for (int i = 0; i < other.size; i++) {
			add(other.nanos[i]);
		}
	}

	/** How many durations were recorded. */
	int size() {
		return size;
	}

	/**
	 * The nearest-rank percentile: the smallest recorded duration that at least {@code p} percent
	 * of the sample do not exceed.
	 *
	 * @param p the percentile, above 0 and at most 100
	 * @return the duration in milliseconds, or {@link Double#NaN} for an empty sample
	 */
	double percentileMillis(double p) {
		if (!(p > 0 && p <= 100)) {
			throw new IllegalArgumentException("a percentile lies in (0, 100], not " + p);
		}
		if (size == 0) {
			return Double.NaN;
		}
		long[] sorted = Arrays.copyOf(nanos, size);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p * size / 100);
		return sorted[Math.max(rank, 1) - 1] / 1e6;
	}

	/** The longest duration in milliseconds, or {@link Double#NaN} for an empty sample. */
	double maxMillis() {
		return size == 0 ? Double.NaN : percentileMillis(100);
	}

}
