/**
 * One chat the agent holds: its transcript, the guides the bot matched, and the reply box with
 * its tools (guide sections, canned replies, transfer, close).
 *
 * The panel only shows and collects; what goes to the server goes through the callbacks, so the
 * app keeps the one connection and the one map of handlers.
 */

import { el } from '../shared/dom.js';
import { alertIcon, topicText } from './queue.js';
import { strings as S } from './strings.js';
import { Delivery, notice, ownMessage, setDelivery, transcriptEntry } from './transcript.js';

/** Longest reply the server takes (INTERFACES: say.text ≤ 2000). */
export const MAX_REPLY = 2000;
const NEAR_LIMIT = MAX_REPLY - 100;

let panelCount = 0;

/**
 * @typedef {object} PanelActions
 * @property {(text: string, retryOf?: string) => string|null} send sends a reply, or sends one
 *           again with its first id; the client id, or null when offline
 * @property {(guide: {guideId: string, title: string}) => void} openGuide offers a guide's sections
 * @property {() => void} openCanned offers the canned replies
 * @property {() => void} transfer asks where to transfer the chat
 * @property {() => void} close asks for a summary and closes the chat
 * @property {() => void} dismiss removes the panel of a closed chat
 */

/**
 * The panel of one assigned conversation.
 */
export class ChatPanel {
	/** The conversation's id. */
	conversationId;
	/** The panel's element. */
	element;
	/** The topic as shown. */
	topic;
	/** Whether the conversation is over (closed by anyone); the reply box is then read only. */
	closed = false;

	#actions;
	#log;
	#guides;
	#guideList;
	#input;
	#counter;
	#sendButton;
	#alert;
	#transferButton;
	#closeButton;
	#dismissButton;
	/** Client id → own message element waiting for its ack. */
	#pending = new Map();
	/** Guide id → title of every guide known to this chat. */
	#knownGuides = new Map();
	#connected = true;

	/**
	 * @param {object} assigned the Assigned object of conversation.assigned or agent.state
	 * @param {PanelActions} actions
	 */
	constructor(assigned, actions) {
		panelCount += 1;
		const key = `chat-${panelCount}`;
		this.conversationId = assigned.conversationId;
		this.topic = topicText(assigned);
		this.#actions = actions;

		this.#alert = el('p', { className: 'chat-alert', attrs: { hidden: true } });
		this.#transferButton = button('chat-transfer', S.transfer, () => actions.transfer());
		this.#closeButton = button('chat-close', S.close, () => actions.close());
		this.#dismissButton = button('chat-dismiss', S.dismiss, () => actions.dismiss());
		this.#dismissButton.setAttribute('aria-label', S.dismissLabel(this.topic));
		this.#dismissButton.hidden = true;
		this.#log = el('div', {
			className: 'transcript',
			// New citizen messages are announced by the page's live region, across all chats and
			// with the chat's name; this log would repeat them, and the agent's own words too.
			attrs: { role: 'log', 'aria-live': 'off', 'aria-label': S.transcriptLabel(this.topic), tabindex: '0' },
		});
		this.#guideList = el('ul', { className: 'guide-list' });
		this.#guides = el('section', { className: 'chat-guides', attrs: { 'aria-labelledby': `${key}-guides` } }, [
			el('h4', { className: 'chat-guides-title', text: S.guidesHeading, attrs: { id: `${key}-guides` } }),
			this.#guideList,
		]);
		this.#input = el('textarea', {
			className: 'reply-input',
			attrs: {
				id: `${key}-reply`,
				name: 'reply',
				rows: '3',
				maxlength: String(MAX_REPLY),
				placeholder: S.replyPlaceholder,
				'aria-describedby': `${key}-hint`,
			},
		});
		this.#counter = el('span', { className: 'counter', attrs: { 'aria-hidden': 'true' } });
		this.#sendButton = el('button', { className: 'send', text: S.send, attrs: { type: 'submit' } });
		const form = el('form', { className: 'composer', attrs: { novalidate: true } }, [
			el('label', { className: 'visually-hidden', text: S.replyLabel(this.topic), attrs: { for: `${key}-reply` } }),
			this.#input,
			el('p', { className: 'visually-hidden', text: S.replyHint, attrs: { id: `${key}-hint` } }),
			el('div', { className: 'composer-actions' }, [
				button('canned', S.cannedReplies, () => actions.openCanned()),
				this.#counter,
				this.#sendButton,
			]),
		]);
		this.element = el('section', {
			className: 'chat',
			attrs: { id: key, 'aria-labelledby': `${key}-title`, 'data-conversation-id': this.conversationId },
		}, [
			el('header', { className: 'chat-header' }, [
				el('h3', { className: 'chat-title', text: this.topic, attrs: { id: `${key}-title`, tabindex: '-1' } }),
				// Chats share topics (a guide category); the end of the id tells two of them apart.
				el('p', { className: 'chat-meta chat-number', text: S.chatNumber(this.conversationId.slice(-4)) }),
				Number.isFinite(assigned.waitingSeconds) && el('p', {
					className: 'chat-meta',
					text: S.waitedBeforePick(S.duration(Math.max(0, Math.floor(assigned.waitingSeconds)))),
				}),
				this.#alert,
				el('div', { className: 'chat-actions' }, [this.#transferButton, this.#closeButton, this.#dismissButton]),
			]),
			el('div', { className: 'chat-body' }, [this.#log, this.#guides]),
			form,
		]);

		this.#input.addEventListener('input', () => this.#refresh());
		this.#input.addEventListener('keydown', (event) => {
			// While an input method is composing, Enter picks the candidate characters; it must not send.
			if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
				event.preventDefault();
				form.requestSubmit();
			}
		});
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#submit();
		});
		this.setTranscript(assigned.transcript, assigned.guides);
	}

	/**
	 * Shows the transcript from the server, replacing what was shown: on assignment and again on
	 * every reconnect. Own replies still waiting for their ack are sent again with the same id:
	 * the server acknowledges one it recorded already without recording it twice, and the ack's
	 * seq then finds its entry in the transcript. Only a reply that cannot go out is marked not
	 * sent.
	 *
	 * @param {unknown} transcript array of stored citizen-protocol events
	 * @param {unknown} guides the matched guides [{guideId, title}]
	 */
	setTranscript(transcript, guides) {
		const events = Array.isArray(transcript) ? transcript : [];
		const stillPending = [...this.#pending.entries()];
		this.#pending.clear();
		this.#log.replaceChildren(...events.map(transcriptEntry).filter(Boolean));
		for (const [id, node] of stillPending) {
			this.#log.append(node);
			if (this.#actions.send(node.dataset.text, id) === null) {
				setDelivery(node, Delivery.FAILED);
			} else {
				this.#pending.set(id, node);
			}
		}
		for (const guide of Array.isArray(guides) ? guides : []) {
			this.#knowGuide(guide?.guideId, guide?.title);
		}
		// The guides the bot answered from or offered are the likeliest sources for the reply too.
		for (const event of events) {
			if (event?.type === 'bot.answer') {
				this.#knowGuide(event.guide?.id, event.guide?.title);
			} else if (event?.type === 'bot.clarify' && Array.isArray(event.options)) {
				for (const option of event.options) {
					this.#knowGuide(option?.guideId, option?.title);
				}
			}
		}
		this.#showGuides();
		this.#refresh();
		this.#scrollToEnd();
	}

	/**
	 * Adds a live event: the citizen's words or another of the agent's tabs' replies.
	 *
	 * @param {object} event with type citizen.message or agent.message
	 */
	addEvent(event) {
		if (Number.isSafeInteger(event.seq) && this.#log.querySelector(`[data-seq="${event.seq}"]`)) {
			return;
		}
		const node = transcriptEntry(event);
		if (node) {
			this.#append(node);
		}
	}

	/** Marks an own reply as recorded by the server. */
	acknowledge(id, seq) {
		const node = this.#pending.get(id);
		if (!node) {
			return false;
		}
		this.#pending.delete(id);
		setDelivery(node, Delivery.SENT);
		if (Number.isSafeInteger(seq)) {
			if (this.#log.querySelector(`[data-seq="${seq}"]`)) {
				// A retry of a reply the restored transcript already shows.
				node.remove();
			}
			node.dataset.seq = String(seq);
		}
		// The citizen's wait ends with the reply, and with it the server's alert.
		this.#alert.hidden = true;
		this.#alert.replaceChildren();
		delete this.element.dataset.alert;
		return true;
	}

	/**
	 * Marks an own reply as refused, with the server's reason; its words go back into an empty
	 * reply box so that they can be sent again.
	 *
	 * @returns {boolean} whether the id was one of this chat's replies
	 */
	refuse(id, message) {
		const node = this.#pending.get(id);
		if (!node) {
			return false;
		}
		this.#pending.delete(id);
		setDelivery(node, Delivery.FAILED);
		this.#append(notice(message, true));
		if (this.#input.value === '') {
			this.#input.value = node.dataset.text;
			this.#refresh();
		}
		return true;
	}

	/**
	 * Shows that the citizen left (every connection closed; the server ends the chat unless they
	 * come back within its grace time) or came back.
	 *
	 * @param {boolean} present whether the citizen is connected again
	 */
	setCitizenPresent(present) {
		if (this.closed) {
			return;
		}
		this.element.dataset.citizen = present ? 'present' : 'left';
		this.#append(notice(present ? S.citizenReturned : S.citizenLeft));
	}

	/** Shows a line of the console in the transcript, e.g. a refused transfer. */
	showNotice(text, isError = false) {
		this.#append(notice(text, isError));
	}

	/** Shows the alert level of an `sla.alert`, as words, an icon and a colour. */
	setAlert(level) {
		if (level !== 'yellow' && level !== 'red') {
			return;
		}
		this.#alert.replaceChildren(alertIcon(level), el('span', { text: S.alertText[level] }));
		this.#alert.hidden = false;
		this.element.dataset.alert = level;
	}

	/**
	 * Shows that the conversation is over: why, and a button to remove the panel. The reply box
	 * keeps what was typed, read only.
	 *
	 * @param {string} text why, e.g. S.closedBy.citizen
	 */
	markClosed(text) {
		if (this.closed) {
			return;
		}
		this.closed = true;
		this.#append(notice(text));
		this.element.classList.add('chat--closed');
		this.#input.readOnly = true;
		this.#transferButton.hidden = true;
		this.#closeButton.hidden = true;
		this.#dismissButton.hidden = false;
		this.#refresh();
	}

	/** Shows whether replies can go out now. */
	setConnected(connected) {
		this.#connected = connected;
		this.#refresh();
	}

	/**
	 * Puts text into the reply box at the cursor (replacing a selection), within the length
	 * limit, and leaves the cursor after it.
	 *
	 * @param {string} text
	 */
	insert(text) {
		if (this.closed) {
			return;
		}
		const input = this.#input;
		const start = input.selectionStart ?? input.value.length;
		const end = input.selectionEnd ?? start;
		const before = input.value.slice(0, start);
		const after = input.value.slice(end);
		const room = Math.max(0, MAX_REPLY - before.length - after.length);
		const inserted = text.slice(0, room);
		input.value = before + inserted + after;
		const caret = before.length + inserted.length;
		input.setSelectionRange(caret, caret);
		input.focus();
		this.#refresh();
	}

	/** Moves the focus to the reply box, or to the title of a closed chat. */
	focus() {
		if (this.closed) {
			this.element.querySelector('.chat-title').focus();
		} else {
			this.#input.focus();
		}
	}

	#submit() {
		if (this.closed) {
			return;
		}
		const text = this.#input.value.trim();
		if (text === '' || text.length > MAX_REPLY) {
			return;
		}
		const id = this.#actions.send(text);
		if (id === null) {
			this.#append(notice(S.offline, true));
			return;
		}
		const node = ownMessage(text);
		node.dataset.text = text;
		this.#pending.set(id, node);
		this.#append(node);
		this.#input.value = '';
		this.#refresh();
	}

	#refresh() {
		const length = this.#input.value.length;
		this.#counter.textContent = S.counter(length, MAX_REPLY);
		this.#counter.classList.toggle('counter--near-limit', length > NEAR_LIMIT);
		// aria-disabled rather than disabled, so that the button can still be found and focused.
		const usable = !this.closed && this.#connected && this.#input.value.trim() !== '';
		this.#sendButton.setAttribute('aria-disabled', String(!usable));
	}

	#knowGuide(guideId, title) {
		if (typeof guideId === 'string' && guideId !== '' && !this.#knownGuides.has(guideId)) {
			this.#knownGuides.set(guideId, typeof title === 'string' && title !== '' ? title : guideId);
		}
	}

	#showGuides() {
		if (this.#knownGuides.size === 0) {
			this.#guideList.replaceChildren(el('li', { className: 'guide-none', text: S.noGuides }));
			return;
		}
		this.#guideList.replaceChildren(...[...this.#knownGuides].map(([guideId, title]) => el('li', {}, [
			el('button', {
				className: 'guide-open',
				text: title,
				attrs: { type: 'button', 'aria-label': S.insertGuide(title), 'data-guide-id': guideId },
				on: { click: () => this.#actions.openGuide({ guideId, title }) },
			}),
		])));
	}

	#append(node) {
		const follow = this.#log.scrollHeight - this.#log.scrollTop - this.#log.clientHeight < 80;
		this.#log.append(node);
		if (follow) {
			this.#scrollToEnd();
		}
	}

	#scrollToEnd() {
		this.#log.scrollTop = this.#log.scrollHeight;
	}
}

function button(className, text, onClick) {
	return el('button', { className, text, attrs: { type: 'button' }, on: { click: onClick } });
}
