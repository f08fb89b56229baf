/**
 * The citizen's connection to /ws/chat (protocol 1).
 *
 * It keeps one conversation going through network trouble:
 * - `hello` goes first on every connection, with the conversation token and the last seq
 *   shown, so the server resumes the conversation and sends again what this page has not shown;
 * - the token and the last seq shown are kept in sessionStorage, so the conversation follows
 *   the citizen from page to page of the portal within one tab. A newly loaded page has shown
 *   nothing yet, so it asks for the whole conversation again; the events an earlier page had
 *   already shown come flagged as `history`;
 * - a lost connection is retried after 1 s, doubling up to 30 s, with jitter;
 * - an event whose seq was already shown is dropped, so a replay never shows a message twice;
 * - `say`, `choose`, `handoff`, `rate` and `close` wait in an outbox until acknowledged: sent
 *   once connected, and sent again with the same id after a reconnect (the server acts on an id
 *   only once);
 * - a `ping` every 25 s keeps proxies from closing an idle connection, and a connection that
 *   has been silent far longer than that is given up and replaced.
 *
 * Events reach the caller as `onEvent(event, context)`; `pong` is answered here and not passed
 * on. Runs on the page's single event loop; not meant to be shared between pages or workers.
 */

import { backoffDelay } from '../shared/backoff.js';
import { PING_INTERVAL_MS, SILENCE_LIMIT_MS } from '../shared/socket.js';

/** Connection states passed to `onStatus`. */
export const Status = Object.freeze({
	/** First connection of this page under way. */
	CONNECTING: 'connecting',
	/** Welcomed by the server: messages go out at once. */
	CONNECTED: 'connected',
	/** Connection lost, retrying; messages wait in the outbox. */
	RECONNECTING: 'reconnecting',
	/** Offline, or several retries in a row failed; still retrying, less often. */
	DISCONNECTED: 'disconnected',
});

const PROTOCOL_VERSION = 1;
const FAILURES_BEFORE_DISCONNECTED = 4;
const OPEN = 1;

/**
 * One citizen conversation over a self-healing WebSocket.
 *
 * Usage: `const connection = new ChatConnection({url, store, onEvent, onStatus}); connection.start();`
 * then `connection.say(text)`, `connection.choose(guideId)`, `connection.handoff()`,
 * `connection.rate(rating)` or `connection.close()`, each returning the client id that
 * the server's `ack`, `error` and bot replies name in `replyTo`.
 */
export class ChatConnection {
	#url;
	#store;
	#onEvent;
	#onStatus;
	#openSocket;
	#isOnline;

	#socket = null;
	#ready = false;
	#status = Status.CONNECTING;
	#failures = 0;
	#retryTimer = null;
	#watchdog = null;
	#lastFrameAt = 0;

	/** Client id → {message, transmitted}; insertion order is sending order. */
	#outbox = new Map();
	#token;
	#conversationId;
	#shownSeq = 0;
	#shownByEarlierPage;

	/**
	 * @param {object} options
	 * @param {string} options.url the socket address, see socketUrl in shared/socket.js
	 * @param {{get(key: string): string|null, set(key: string, value: string): void, remove(key: string): void}} options.store
	 *        where the token and last seq are kept, normally sessionStorage via openStore
	 * @param {(event: object, context: EventContext) => void} options.onEvent receives every server event but pong
	 * @param {(status: string) => void} options.onStatus receives each change of Status
	 * @param {(url: string) => WebSocket} [options.openSocket] opens a socket; a real WebSocket unless given
	 * @param {() => boolean} [options.isOnline] whether the device has a network; navigator.onLine unless given
	 */
	constructor({ url, store, onEvent, onStatus, openSocket = (address) => new WebSocket(address), isOnline = () => navigator.onLine }) {
		this.#url = url;
		this.#store = store;
		this.#onEvent = onEvent;
		this.#onStatus = onStatus;
		this.#openSocket = openSocket;
		this.#isOnline = isOnline;
		this.#token = store.get('token');
		this.#conversationId = store.get('conversationId');
		this.#shownByEarlierPage = this.#token ? toSeq(store.get('lastSeq')) : 0;
	}

	/** Opens the first connection and reconnects at once whenever the device comes back online. */
	start() {
		globalThis.addEventListener?.('online', () => this.reconnectNow());
		this.#onStatus(this.#status);
		this.#connect();
	}

	/** Skips the remaining wait before the next retry; does nothing while connected or connecting. */
	reconnectNow() {
		if (this.#socket) {
			return;
		}
		clearTimeout(this.#retryTimer);
		this.#connect();
	}

	/**
	 * Sends the citizen's words, now or once connected.
	 *
	 * @param {string} text at most 500 characters
	 * @returns {string} the client id of this message
	 */
	say(text) {
		return this.#post({ type: 'say', text });
	}

	/**
	 * Picks a matter offered by `bot.clarify` or listed as related to an answer.
	 *
	 * @param {string} guideId
	 * @returns {string} the client id of this choice
	 */
	choose(guideId) {
		return this.#post({ type: 'choose', guideId });
	}

	/**
	 * Asks for a human agent.
	 *
	 * @returns {string} the client id of this request
	 */
	handoff() {
		return this.#post({ type: 'handoff' });
	}

	/**
	 * Rates one reply, or the whole conversation when `seq` is absent. A later rating of the same
	 * target replaces the earlier one.
	 *
	 * @param {object} rating
	 * @param {number} rating.level 1 (非常不满意) to 5 (非常满意)
	 * @param {number} [rating.seq] the seq of the reply rated
	 * @param {string[]} [rating.tags] what went well or wrong
	 * @param {string} [rating.comment] the citizen's words
	 * @returns {string} the client id of this rating
	 */
	rate({ level, seq, tags, comment }) {
		const message = { type: 'rate', level };
		if (isSeq(seq)) {
			message.seq = seq;
		}
		if (Array.isArray(tags) && tags.length > 0) {
			message.tags = tags;
		}
		if (typeof comment === 'string' && comment !== '') {
			message.comment = comment;
		}
		return this.#post(message);
	}

	/**
	 * Ends the conversation; the server answers with `conversation.closed`.
	 *
	 * @returns {string} the client id of this request
	 */
	close() {
		return this.#post({ type: 'close' });
	}

	/**
	 * Leaves the conversation, once it is closed, for a new one: forgets its token and connects
	 * again with a `hello` without one. Messages not acknowledged yet belonged to the old
	 * conversation and are dropped; messages posted from now on go to the new one.
	 */
	startNewConversation() {
		this.#outbox.clear();
		this.#token = null;
		this.#conversationId = null;
		this.#shownSeq = 0;
		this.#shownByEarlierPage = 0;
		for (const key of ['token', 'conversationId', 'lastSeq']) {
			this.#store.remove(key);
		}
		this.#abandonSocket();
		clearTimeout(this.#retryTimer);
		this.#connect();
	}

	#post(fields) {
		const id = newClientId();
		const entry = { message: { type: fields.type, id, ...fields }, transmitted: false };
		this.#outbox.set(id, entry);
		if (this.#ready) {
			this.#transmit(entry);
		}
		return id;
	}

	#transmit(entry) {
		this.#write(entry.message);
		entry.transmitted = true;
	}

	#write(message) {
		if (this.#socket?.readyState === OPEN) {
			this.#socket.send(JSON.stringify(message));
		}
	}

	#connect() {
		this.#retryTimer = null;
		this.#lastFrameAt = Date.now();
		let socket;
		try {
			socket = this.#openSocket(this.#url);
		} catch {
			this.#connectionLost();
			return;
		}
		this.#socket = socket;
		socket.onopen = () => this.#sayHello();
		socket.onmessage = (message) => this.#receive(message.data);
		socket.onclose = () => this.#connectionLost();
		// An error is always followed by close, which does the work.
		socket.onerror = () => {};
		this.#watchdog = setInterval(() => this.#checkLiveness(), PING_INTERVAL_MS);
	}

	#sayHello() {
		this.#lastFrameAt = Date.now();
		const hello = { type: 'hello', protocol: PROTOCOL_VERSION };
		if (this.#token) {
			hello.token = this.#token;
			hello.lastSeq = this.#shownSeq;
		}
		this.#write(hello);
	}

	#checkLiveness() {
		if (Date.now() - this.#lastFrameAt > SILENCE_LIMIT_MS) {
			// A socket that went dead without closing (a sleeping laptop, a dropped NAT entry).
			this.#connectionLost();
		} else {
			this.#write({ type: 'ping' });
		}
	}

	#connectionLost() {
		this.#abandonSocket();
		this.#failures += 1;
		const giveUpSoon = this.#failures >= FAILURES_BEFORE_DISCONNECTED || !this.#isOnline();
		this.#setStatus(giveUpSoon ? Status.DISCONNECTED : Status.RECONNECTING);
		this.#retryTimer = setTimeout(() => this.#connect(), backoffDelay(this.#failures - 1));
	}

	#abandonSocket() {
		clearInterval(this.#watchdog);
		const socket = this.#socket;
		this.#socket = null;
		this.#ready = false;
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

	#setStatus(status) {
		if (status !== this.#status) {
			this.#status = status;
			this.#onStatus(status);
		}
	}

	#receive(data) {
		this.#lastFrameAt = Date.now();
		const event = parseEvent(data);
		if (!event) {
			return;
		}
		switch (event.type) {
			case 'welcome':
				this.#welcome(event);
				return;
			case 'pong':
				return;
			case 'ack':
				// Outside the seq filter: a resend's ack repeats a seq already shown.
				this.#outbox.delete(event.replyTo);
				this.#markShown(event.seq);
				this.#onEvent(event, {});
				return;
			case 'error':
				this.#outbox.delete(event.replyTo);
				this.#onEvent(event, {});
				return;
			default:
				this.#recordEvent(event);
		}
	}

	#welcome(event) {
		const renewed = this.#token !== null && event.conversationId !== this.#conversationId;
		if (renewed) {
			this.#shownSeq = 0;
			this.#shownByEarlierPage = 0;
		}
		this.#token = event.token;
		this.#conversationId = event.conversationId;
		this.#store.set('token', String(event.token));
		this.#store.set('conversationId', String(event.conversationId));
		this.#ready = true;
		this.#failures = 0;
		this.#setStatus(Status.CONNECTED);
		const historyUntil = this.#shownByEarlierPage > this.#shownSeq ? this.#shownByEarlierPage : 0;
		this.#onEvent(event, { renewed, historyUntil });
		for (const entry of this.#outbox.values()) {
			this.#transmit(entry);
		}
	}

	#recordEvent(event) {
		if (!isSeq(event.seq)) {
			this.#onEvent(event, {});
			return;
		}
		if (event.seq <= this.#shownSeq) {
			return;
		}
		this.#markShown(event.seq);
		const context = { history: event.seq <= this.#shownByEarlierPage };
		if (event.type === 'citizen.message') {
			context.ownId = this.#claimOwnMessage(event.text);
		}
		this.#onEvent(event, context);
	}

	/**
	 * A replayed `citizen.message` may be a `say` of this page whose ack was lost with the
	 * connection; it then belongs to that message's bubble instead of becoming a second one.
	 */
	#claimOwnMessage(recordedText) {
		for (const [id, entry] of this.#outbox) {
			if (entry.message.type === 'say' && entry.transmitted && isRecordOf(entry.message.text, recordedText)) {
				this.#outbox.delete(id);
				return id;
			}
		}
		return undefined;
	}

	#markShown(seq) {
		if (isSeq(seq) && seq > this.#shownSeq) {
			this.#shownSeq = seq;
			this.#store.set('lastSeq', String(Math.max(seq, this.#shownByEarlierPage)));
		}
	}
}

/**
 * What the connection knows about an event beyond its fields.
 *
 * @typedef {object} EventContext
 * @property {boolean} [history] the event was already shown on an earlier page of this tab
 * @property {string} [ownId] for `citizen.message`: the client id of this page's `say` it records
 * @property {boolean} [renewed] for `welcome`: the old conversation could not be resumed, this is a new one
 * @property {number} [historyUntil] for `welcome`: the last seq an earlier page had shown, if this
 *           page has not shown it yet and the replay is about to bring it; otherwise 0
 */

function parseEvent(data) {
	try {
		const event = JSON.parse(data);
		return event && typeof event === 'object' && typeof event.type === 'string' ? event : null;
	} catch {
		return null;
	}
}

function isSeq(value) {
	return Number.isSafeInteger(value) && value > 0;
}

function toSeq(stored) {
	const seq = Number(stored);
	return isSeq(seq) ? seq : 0;
}

/**
 * Whether `recorded` is `sent` as the server stores it: the same, or with personal data such
 * as ID card or phone digits masked by asterisks.
 */
function isRecordOf(sent, recorded) {
	if (typeof recorded !== 'string') {
		return false;
	}
	if (sent === recorded) {
		return true;
	}
	const original = Array.from(sent);
	const stored = Array.from(recorded);
	return original.length === stored.length
		&& stored.every((char, index) => char === original[index] || char === '*' || char === '＊');
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
