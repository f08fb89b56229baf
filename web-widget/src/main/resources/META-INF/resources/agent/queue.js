/**
 * The queue of citizens waiting for an agent.
 *
 * The server sends the whole queue with each `queue.changed` (and in `agent.state`); between
 * those the waiting times count up here, once a second, from the moment the list arrived. An
 * item's alert level shows as a colour, an icon and words, so that it does not rest on colour
 * alone. The ticking only rewrites the words of the times, never the list, so that a focused
 * 接入 button keeps the focus; and the times are not in a live region, so a screen reader is
 * not told every second.
 */

import { el } from '../shared/dom.js';
import { strings as S } from './strings.js';

const ALERTS = new Set(['yellow', 'red']);

/**
 * @typedef {object} QueueItem
 * @property {string} conversationId
 * @property {number} waitingSeconds when the list arrived
 * @property {string} [topic]
 * @property {'yellow'|'red'|null} [alert]
 */

/**
 * The queue list in its element.
 */
export class QueueView {
	#list;
	#count;
	#onPick;
	#items = [];
	#receivedAt = 0;
	/** Conversation ids whose pick is under way, so their button stays disabled. */
	#picking = new Set();
	/** Why no chat can be taken now, or null when one can. */
	#full = null;

	/**
	 * @param {object} options
	 * @param {HTMLElement} options.list an empty list element (ul or ol)
	 * @param {HTMLElement} options.count where the number of waiting citizens is shown
	 * @param {(item: QueueItem) => void} options.onPick called when an agent presses 接入
	 */
	constructor({ list, count, onPick }) {
		this.#list = list;
		this.#count = count;
		this.#onPick = onPick;
		setInterval(() => this.#tick(), 1000);
		this.#render();
	}

	/**
	 * Shows a new queue from the server.
	 *
	 * @param {unknown} items the `items` of queue.changed or the `queue` of agent.state
	 */
	update(items) {
		this.#items = (Array.isArray(items) ? items : []).filter((item) => typeof item?.conversationId === 'string');
		this.#receivedAt = Date.now();
		const waiting = new Set(this.#items.map((item) => item.conversationId));
		for (const id of this.#picking) {
			if (!waiting.has(id)) {
				this.#picking.delete(id);
			}
		}
		this.#render();
	}

	/**
	 * Raises the alert level of one waiting citizen, on `sla.alert`.
	 *
	 * @param {string} conversationId
	 * @param {'yellow'|'red'} level
	 * @returns {QueueItem|undefined} the item, if the citizen is in the queue
	 */
	alert(conversationId, level) {
		const item = this.#items.find((candidate) => candidate.conversationId === conversationId);
		if (item && ALERTS.has(level) && item.alert !== 'red') {
			item.alert = level;
			this.#render();
		}
		return item;
	}

	/** Marks a pick as under way (true) or over (false), which disables or enables its button. */
	setPicking(conversationId, picking) {
		if (picking) {
			this.#picking.add(conversationId);
		} else {
			this.#picking.delete(conversationId);
		}
		this.#render();
	}

	/**
	 * Says whether the agent holds as many chats as allowed; the 接入 buttons then say so.
	 *
	 * @param {string|null} reason the words why no chat can be taken, or null when one can
	 */
	setFull(reason) {
		if (reason !== this.#full) {
			this.#full = reason;
			this.#render();
		}
	}

	/** The topic of a waiting citizen, for messages about it. */
	topicOf(conversationId) {
		return topicText(this.#items.find((item) => item.conversationId === conversationId));
	}

	#secondsWaited(item) {
		const base = Number.isFinite(item.waitingSeconds) && item.waitingSeconds > 0 ? item.waitingSeconds : 0;
		return Math.floor(base + (Date.now() - this.#receivedAt) / 1000);
	}

	#render() {
		const focusedId = this.#list.contains(document.activeElement)
			? document.activeElement.closest('[data-conversation-id]')?.dataset.conversationId
			: undefined;
		this.#count.textContent = S.queueCount(this.#items.length);
		if (this.#items.length === 0) {
			this.#list.replaceChildren(el('li', { className: 'queue-empty', text: S.queueEmpty }));
			return;
		}
		this.#list.replaceChildren(...this.#items.map((item, index) => this.#row(item, index + 1)));
		if (focusedId) {
			this.#list.querySelector(`[data-conversation-id="${CSS.escape(focusedId)}"] .pick`)?.focus();
		}
	}

	#row(item, position) {
		const alert = ALERTS.has(item.alert) ? item.alert : null;
		const topic = topicText(item);
		const picking = this.#picking.has(item.conversationId);
		return el('li', {
			className: alert ? `queue-item queue-item--${alert}` : 'queue-item',
			attrs: { 'data-conversation-id': item.conversationId, 'data-alert': alert ?? 'none' },
		}, [
			el('span', { className: 'queue-topic', text: topic }),
			el('span', { className: 'queue-wait' }, [
				alert && alertIcon(alert),
				alert && el('span', { className: 'queue-alert', text: S.alertText[alert] }),
				el('span', { className: 'queue-seconds', text: S.waited(S.duration(this.#secondsWaited(item))) }),
			]),
			el('button', {
				className: 'pick',
				text: S.pick,
				attrs: {
					type: 'button',
					'aria-label': S.pickLabel(topic, position),
					'aria-disabled': String(picking || this.#full !== null),
					title: this.#full,
				},
				on: {
					click: () => {
						if (!this.#picking.has(item.conversationId) && this.#full === null) {
							this.#onPick(item);
						}
					},
				},
			}),
		]);
	}

	#tick() {
		for (const row of this.#list.querySelectorAll('.queue-item')) {
			const item = this.#items.find((candidate) => candidate.conversationId === row.dataset.conversationId);
			if (item) {
				row.querySelector('.queue-seconds').textContent = S.waited(S.duration(this.#secondsWaited(item)));
			}
		}
	}
}

/** The words for a conversation's topic, or a stand-in when the citizen named none. */
export function topicText(item) {
	return typeof item?.topic === 'string' && item.topic.trim() !== '' ? item.topic : S.noTopic;
}

/**
 * The alert icon: a triangle with an exclamation mark for yellow, a filled circle with one for
 * red, so that the two differ in shape as well as in colour. Hidden from screen readers, which
 * read the words beside it.
 */
export function alertIcon(level) {
	const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
	svg.setAttribute('viewBox', '0 0 16 16');
	svg.setAttribute('width', '16');
	svg.setAttribute('height', '16');
	svg.setAttribute('aria-hidden', 'true');
	svg.setAttribute('focusable', 'false');
	svg.classList.add('alert-icon');
	const shape = document.createElementNS('http://www.w3.org/2000/svg', 'path');
	shape.setAttribute('d', level === 'red'
		? 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1zM7 4v5h2V4zM7 10.5v2h2v-2z'
		: 'M8 1l7.5 13.5H.5zM7 6v4h2V6zM7 11v2h2v-2z');
	shape.setAttribute('fill', 'currentColor');
	shape.setAttribute('fill-rule', 'evenodd');
	svg.append(shape);
	return svg;
}
