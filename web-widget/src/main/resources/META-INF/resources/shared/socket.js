/**
 * What the citizen's and the agent's sockets share: the address on the page's own host, and the
 * keep-alive timing.
 *
 * A `ping` every PING_INTERVAL_MS keeps proxies from closing an idle connection; a connection
 * silent for longer than SILENCE_LIMIT_MS (two pings missed, and some slack) is taken for dead,
 * as after a sleeping laptop or a dropped NAT entry, and replaced.
 */

export const PING_INTERVAL_MS = 25_000;
export const SILENCE_LIMIT_MS = 2 * PING_INTERVAL_MS + 10_000;

/**
 * A socket address on the page's own host: ws: for http pages, wss: for https.
 *
 * @param {Location|URL} location
 * @param {string} path such as '/ws/chat'
 * @returns {string}
 */
export function socketUrl(location, path) {
	const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
	return `${scheme}//${location.host}${path}`;
}
