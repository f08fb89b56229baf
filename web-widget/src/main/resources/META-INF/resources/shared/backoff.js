/**
 * How long to wait before reconnecting: 1 s after the first failure, doubling up to 30 s.
 *
 * Each delay is shortened by a random part of up to a quarter, so that the many clients a
 * server restart cuts off together do not all come back in the same instant.
 */

const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;
const JITTER = 0.25;

/**
 * The delay before reconnect attempt number `attempt`.
 *
 * @param {number} attempt failures so far in a row, 0 for the first retry
 * @param {() => number} [random] a number in [0, 1); Math.random unless given
 * @returns {number} milliseconds, between 750 and 30 000
 */
export function backoffDelay(attempt, random = Math.random) {
	const full = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(attempt, 16));
	return Math.round(full * (1 - JITTER * random()));
}
