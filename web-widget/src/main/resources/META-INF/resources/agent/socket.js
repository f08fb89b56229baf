/**
 * The agent's connection to /ws/agent.
 *
 * The browser cannot put a bearer header on a WebSocket; the HttpOnly cookie the login set
 * (Path=/ws/agent) authorises the handshake instead. The server sends `agent.state` first on
 * every connection, which holds all the agent needs (status, chats with their transcripts,
 * queue), so a reconnect needs no replay logic here: the app rebuilds from that state.
 *
 * - a lost connection is retried after shared/backoff.js's delay (1 s doubling to 30 s, jitter);
 * - a `ping` every 25 s keeps proxies from closing an idle connection, and one silent for far
 *   longer is given up and replaced;
 * - messages are only sent while connected: the caller keeps what could not go out (the reply
 *   box keeps its text), because after a reconnect the restored state says what happened;
 * - a reply may be sent again with the id it first went out with: the server recognises the
 *   retry and acknowledges it without recording the words twice.
 *
 * Runs on the page's single event loop.
 */

import { backoffDelay } from '../shared/backoff.js';
import { PING_INTERVAL_MS, SILENCE_LIMIT_MS } from '../shared/socket.js';

/** Connection states passed to `onStatus`. */
export const Status = Object.freeze({
	CONNECTING: 'connecting',
	CONNECTED: 'connected',
	RECONNECTING: 'reconnecting',
	STOPPED: 'stopped',
});

/** Close codes the server uses when the agent's login no longer holds. */
const SIGNED_OUT_CODES = new Set([4401, 1008]);
const OPEN = 1;

/**
 * One agent's self-healing connection.
 *
 * Usage: `const socket = new AgentSocket({url, onEvent, onStatus, onSignedOut, onRefused}); socket.start();`
 * then `socket.send('pick', {conversationId})`, which returns the client id the server's
 * `ack` or `error` names in `replyTo`, or null when not connected.
 */
export class AgentSocket {
	#url;
	#onEvent;
	#onStatus;
	#onSignedOut;
	#onRefused;
	#socket = null;
	#opened = false;
	#failures = 0;
	#retryTimer = null;
	#watchdog = null;
	#lastFrameAt = 0;
	#stopped = false;
	#nextRetryAt = 0;

	/**
	 * @param {object} options
	 * @param {string} options.url see socketUrl in shared/socket.js
	 * @param {(event: object) => void} options.onEvent receives every server event but pong
	 * @param {(status: string, retryAt?: number) => void} options.onStatus each change of Status;
	 *        with RECONNECTING, the time (ms since epoch) of the next attempt
	 * @param {(reason: string) => void} options.onSignedOut the server closed the socket because the login ended
	 * @param {() => void} options.onRefused a connection closed before it opened (e.g. the handshake
	 *        was refused); the app may check whether the login still holds
	 */
	constructor({ url, onEvent, onStatus, onSignedOut, onRefused }) {
		this.#url = url;
		this.#onEvent = onEvent;
		this.#onStatus = onStatus;
		this.#onSignedOut = onSignedOut;
		this.#onRefused = onRefused;
	}

	/** Opens the first connection; reconnects at once when the device comes back online. */
	start() {
		this.#stopped = false;
		globalThis.addEventListener?.('online', this.#online);
		this.#onStatus(Status.CONNECTING);
		this.#connect();
	}

	/** Closes the connection for good (signing out). */
	stop() {
		this.#stopped = true;
		globalThis.removeEventListener?.('online', this.#online);
		clearTimeout(this.#retryTimer);
		this.#abandon();
		this.#onStatus(Status.STOPPED);
	}

	/** Skips the remaining wait before the next retry. */
	reconnectNow() {
		if (this.#socket || this.#stopped) {
			return;
		}
		clearTimeout(this.#retryTimer);
		this.#connect();
	}

	/** Whether messages go out now. */
	isConnected() {
		return this.#opened && this.#socket?.readyState === OPEN;
	}

	/**
	 * Sends a message with a fresh client id, or with the id of an earlier try of it.
	 *
	 * @param {string} type e.g. 'say'
	 * @param {object} fields the message's other fields
	 * @param {string} [id] the id the message first went out with, when sending it again
	 * @returns {string|null} the client id, or null when not connected (nothing was sent)
	 */
	send(type, fields = {}, id = newClientId()) {
		if (!this.isConnected()) {
			return null;
		}
		this.#socket.send(JSON.stringify({ type, id, ...fields }));
		return id;
	}

	/** Sends a message that expects no reply, e.g. `status`; dropped when not connected. */
	notify(type, fields = {}) {
		if (this.isConnected()) {
			this.#socket.send(JSON.stringify({ type, ...fields }));
		}
	}

	#online = () => this.reconnectNow();

	#connect() {
		this.#retryTimer = null;
		this.#lastFrameAt = Date.now();
		let socket;
		try {
			socket = new WebSocket(this.#url);
		} catch {
			this.#lost(null);
			return;
		}
		this.#socket = socket;
		this.#opened = false;
		socket.onopen = () => {
			this.#opened = true;
			this.#lastFrameAt = Date.now();
		};
		socket.onmessage = (message) => this.#receive(message.data);
		socket.onclose = (close) => this.#lost(close);
		socket.onerror = () => {};
		this.#watchdog = setInterval(() => this.#checkLiveness(), PING_INTERVAL_MS);
	}

	#checkLiveness() {
		if (Date.now() - this.#lastFrameAt > SILENCE_LIMIT_MS) {
			this.#lost(null);
		} else {
			this.notify('ping');
		}
	}

	#lost(close) {
		const opened = this.#opened;
		this.#abandon();
		if (this.#stopped) {
			return;
		}
		if (close && SIGNED_OUT_CODES.has(close.code)) {
			this.#stopped = true;
			this.#onStatus(Status.STOPPED);
			this.#onSignedOut(close.reason ?? '');
			return;
		}
		this.#failures = opened ? 1 : this.#failures + 1;
		const delay = backoffDelay(this.#failures - 1);
		this.#nextRetryAt = Date.now() + delay;
		this.#onStatus(Status.RECONNECTING, this.#nextRetryAt);
		this.#retryTimer = setTimeout(() => this.#connect(), delay);
		if (!opened) {
			this.#onRefused();
		}
	}

	#abandon() {
		clearInterval(this.#watchdog);
		const socket = this.#socket;
		this.#socket = null;
		this.#opened = false;
		if (!socket) {
			return;
		}
		socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null;
		try {
			socket.close();
		} catch {
			// Already closing.
		}
	}

	#receive(data) {
		this.#lastFrameAt = Date.now();
		let event;
		try {
			event = JSON.parse(data);
		} catch {
			return;
		}
		if (!event || typeof event !== 'object' || typeof event.type !== 'string' || event.type === 'pong') {
			return;
		}
		if (event.type === 'agent.state') {
			this.#failures = 0;
			this.#onStatus(Status.CONNECTED);
		}
		this.#onEvent(event);
	}
}

/** A random UUID; crypto.randomUUID exists only on https pages and localhost, so plain http builds one. */
function newClientId() {
	if (typeof crypto.randomUUID === 'function') {
		return crypto.randomUUID();
	}
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	bytes[6] = (bytes[6] & 0x0f) | 0x40;
	bytes[8] = (bytes[8] & 0x3f) | 0x80;
	const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
