/**
 * The entries of a chat's transcript as the agent sees them: what the citizen said, what the bot
 * answered (with the guide it answered from), the choices it offered, where it could not answer,
 * and what agents said.
 *
 * Received text only ever goes in as text (shared/dom.js); links only for http(s) addresses.
 * The functions return detached elements; the chat panel places them.
 */

import { el, textWithLinks } from '../shared/dom.js';
import { strings as S } from './strings.js';

/** Delivery states of the agent's own message. */
export const Delivery = Object.freeze({ SENDING: 'sending', SENT: 'sent', FAILED: 'failed' });

/** Transcript events by type, each to the one function that shows it. */
const entries = {
	'citizen.message': (event) => entry('citizen', S.fromCitizen, event.text),
	'bot.answer': (event) => entry('bot', S.fromBot, event.text, [
		typeof event.guide?.title === 'string' && el('p', { className: 'entry-guide', text: S.basedOnGuide(event.guide.title) }),
	]),
	'bot.clarify': (event) => entry('bot', S.fromBot, event.text, [
		el('p', { className: 'entry-options', text: S.offeredOptions(titles(event.options)) }),
	]),
	// A fallback answering nothing (replyTo null) is the service telling the citizen something,
	// e.g. that the chat was transferred: a notice, not a question the bot failed.
	'bot.fallback': (event) => (event.replyTo === null
		? notice(stringOr(event.text, ''))
		: entry('bot entry--fallback', S.fromBot, event.text, [
			el('p', { className: 'entry-fallback', text: S.botCouldNotAnswer }),
		])),
	'agent.message': (event) => entry('agent', S.fromAgent(stringOr(event.agentName, '')), event.text),
	'handoff.queued': () => notice(S.handoffQueued),
	'agent.joined': (event) => notice(S.agentJoined(stringOr(event.agentName, ''))),
	'conversation.closed': (event) => notice(S.closedBy[event.by] ?? S.closedOther),
};

/**
 * The element for one transcript event, or null for a type the agent need not see (e.g. a
 * rating request) or does not know.
 *
 * @param {object} event a citizen-protocol event as stored ({seq, type, text, ...})
 * @returns {HTMLElement|null}
 */
export function transcriptEntry(event) {
	const entryOf = entries[event?.type];
	if (!entryOf) {
		return null;
	}
	const node = entryOf(event);
	if (Number.isSafeInteger(event.seq)) {
		node.dataset.seq = String(event.seq);
	}
	return node;
}

/**
 * The agent's own reply, as sent from this page, until the server acknowledges it.
 *
 * @param {string} text
 */
export function ownMessage(text) {
	const node = entry('agent entry--own', S.fromMe, text, [
		el('span', { className: 'delivery', attrs: { 'aria-hidden': 'true' } }),
	]);
	setDelivery(node, Delivery.SENDING);
	return node;
}

/**
 * Shows an own message as sending, sent or not sent.
 *
 * @param {HTMLElement} node made by ownMessage
 * @param {string} delivery one of Delivery
 */
export function setDelivery(node, delivery) {
	node.dataset.delivery = delivery;
	node.querySelector('.delivery').textContent = { sending: S.sending, sent: '', failed: S.notSent }[delivery];
}

/**
 * A line of the console itself, e.g. that the citizen left or a reply failed.
 *
 * @param {string} text
 * @param {boolean} [isError]
 */
export function notice(text, isError = false) {
	return el('p', { className: isError ? 'entry entry--notice entry--error' : 'entry entry--notice', text });
}

function entry(kind, author, text, extra = []) {
	const classes = kind.split(' ').map((name, index) => (index === 0 ? `entry entry--${name}` : name)).join(' ');
	return el('div', { className: classes }, [
		el('p', { className: 'entry-author', text: author }),
		el('p', { className: 'entry-text' }, [textWithLinks(stringOr(text, ''), S.opensInNewWindow)]),
		...extra,
	]);
}

function titles(options) {
	return (Array.isArray(options) ? options : [])
		.map((option) => option?.title)
		.filter((title) => typeof title === 'string');
}

function stringOr(value, fallback) {
	return typeof value === 'string' ? value : fallback;
}
