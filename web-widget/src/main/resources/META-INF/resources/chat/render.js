/**
 * Builds the elements of the conversation: the greeting, the citizen's bubbles, answer cards,
 * clarifying questions, fallbacks, the human agent's messages, the queue position, requests for
 * a rating and notices.
 *
 * Received text only ever goes in through textContent (see ../shared/dom.js), and links only
 * for http(s) addresses. The functions return detached elements; the app places them.
 */

import { el, externalLink, safeHttpUrl, textWithLinks } from '../shared/dom.js';
import { strings as S } from './strings.js';

/** Delivery states of a citizen's message. */
export const Delivery = Object.freeze({ SENDING: 'sending', SENT: 'sent', FAILED: 'failed' });

const DELIVERY_TEXT = { sending: S.sending, sent: S.sent, failed: S.notSent };
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The opening message: the server's greeting with its most-asked matters when it sends one,
 * else the built-in words with common questions as chips.
 *
 * @param {{text?: string, popular?: Array<{guideId: string, title: string}>}|null} served
 *        the `greeting` of the server's `welcome`, if any
 * @param {(question: string) => void} onAsk called with a common question's words when it is tapped
 * @param {(matter: {guideId: string, title: string}) => void} onChoose called with a popular matter when it is tapped
 */
export function greeting(served, onAsk, onChoose) {
	const text = typeof served?.text === 'string' && served.text !== '' ? served.text : S.greeting;
	const popular = (Array.isArray(served?.popular) ? served.popular : []).filter(isMatter);
	return botMessage('message--greeting', [
		paragraph(text),
		popular.length > 0
			? matterChips(S.popularMattersHeading, popular, onChoose)
			: chipGroup(S.commonMattersHeading, S.commonMatters.map((question) => ({ label: question, pick: () => onAsk(question) }))),
	]);
}

/**
 * A bubble with the citizen's own words.
 *
 * @param {string} text
 * @param {string} delivery one of Delivery
 */
export function citizenMessage(text, delivery) {
	const bubble = el('div', { className: 'message message--citizen' }, [
		el('span', { className: 'visually-hidden', text: S.fromCitizen }),
		el('p', { className: 'bubble text', text }),
		// The log announces the words; the changing state would only repeat noise.
		el('span', { className: 'delivery', attrs: { 'aria-hidden': 'true' } }),
	]);
	setDelivery(bubble, delivery);
	return bubble;
}

/**
 * Shows a citizen bubble as sending, sent or not sent.
 *
 * @param {HTMLElement} bubble made by citizenMessage
 * @param {string} delivery one of Delivery
 */
export function setDelivery(bubble, delivery) {
	bubble.dataset.delivery = delivery;
	bubble.querySelector('.delivery').textContent = DELIVERY_TEXT[delivery];
}

/**
 * A `bot.answer`: the bot's words, then the guide with the section asked about open and the
 * others one tap away, its source and date, and related matters as chips.
 *
 * @param {object} event the bot.answer event
 * @param {(matter: {guideId: string, title: string}) => void} onChoose called when a related matter is tapped
 * @param {HTMLElement} [footer] shown last in the bubble, e.g. the rating stars
 */
export function answer(event, onChoose, footer) {
	const guide = event.guide;
	return botMessage('message--reply', [
		paragraph(event.text),
		guide && guideCard(guide),
		matterChips(S.related, event.related, onChoose),
		footer,
	]);
}

/**
 * A `bot.clarify`: the question and one button per matter it could be.
 *
 * @param {object} event the bot.clarify event
 * @param {(matter: {guideId: string, title: string}) => void} onChoose called with the matter tapped
 */
export function clarify(event, onChoose) {
	const options = (Array.isArray(event.options) ? event.options : []).filter(isMatter);
	return botMessage('message--reply', [
		paragraph(event.text),
		el('ul', { className: 'options', attrs: { 'aria-label': S.clarifyOptions } },
			options.map((option) => el('li', {}, [
				el('button', { className: 'option', text: option.title, attrs: { type: 'button' }, on: { click: () => onChoose(option) } }),
			]))),
	]);
}

/**
 * A `bot.fallback`: the bot's words when it cannot answer, and a button to ask for a human
 * agent when one can take over.
 *
 * @param {object} event the bot.fallback event
 * @param {() => void} onHandoff called when the handoff button is pressed
 */
export function fallback(event, onHandoff) {
	return botMessage('message--reply', [
		paragraph(event.text),
		event.handoffAvailable === true && el('button', {
			className: 'handoff-offer',
			text: S.handoffInFallback,
			attrs: { type: 'button' },
			on: { click: onHandoff },
		}),
	]);
}

/**
 * An `agent.message`: a human agent's words, under the agent's name.
 *
 * @param {object} event the agent.message event
 */
export function agentMessage(event) {
	const name = typeof event.agentName === 'string' ? event.agentName : '';
	return el('div', { className: 'message message--agent' }, [
		el('span', { className: 'visually-hidden', text: S.fromAgent(name) }),
		el('p', { className: 'message-author', text: S.agentLabel(name), attrs: { 'aria-hidden': 'true' } }),
		el('div', { className: 'bubble' }, [paragraph(event.text)]),
	]);
}

/**
 * The citizen's place in the queue for a human agent, from a `handoff.queued`.
 *
 * @param {object} event the handoff.queued event
 */
export function queueStatus(event) {
	const status = notice('');
	status.classList.add('message--queue');
	updateQueueStatus(status, event);
	return status;
}

/**
 * Shows a newer `handoff.queued` in an element made by queueStatus.
 *
 * @param {HTMLElement} status
 * @param {object} event the handoff.queued event
 */
export function updateQueueStatus(status, event) {
	const position = Number.isSafeInteger(event.position) && event.position > 0 ? event.position : null;
	const wait = Number.isFinite(event.estimatedWaitSeconds) && event.estimatedWaitSeconds >= 0 ? event.estimatedWaitSeconds : null;
	status.querySelector('.text').textContent = [
		position === null ? S.handoffRequested : S.queuePosition(position),
		wait === null ? '' : S.queueWait(wait),
	].join('\n').trim();
}

/**
 * A message of the service holding a control, e.g. the rating form at the end of a conversation.
 *
 * @param {HTMLElement} control
 */
export function servicePrompt(control) {
	return botMessage('message--prompt', [control]);
}

/**
 * A short line from the app itself, e.g. an error or a renewed conversation.
 *
 * @param {string} text
 * @param {boolean} [isError]
 */
export function notice(text, isError = false) {
	return el('div', { className: isError ? 'message message--notice message--error' : 'message message--notice' }, [
		el('span', { className: 'visually-hidden', text: S.notice }),
		el('p', { className: 'text', text }),
	]);
}

function guideCard(guide) {
	const sections = (Array.isArray(guide.sections) ? guide.sections : [])
		.filter((section) => typeof section?.name === 'string' && typeof section.text === 'string');
	const [asked, ...others] = sections;
	const url = safeHttpUrl(guide.url);
	const updatedAt = typeof guide.updatedAt === 'string' ? guide.updatedAt : null;

	return el('section', { className: 'guide' }, [
		el('h2', { className: 'guide-title', text: guide.title }),
		guide.department && el('p', { className: 'guide-department', text: S.department(guide.department) }),
		asked && el('div', { className: 'guide-section guide-section--asked' }, [
			el('h3', { className: 'guide-section-name', text: asked.name }),
			sectionText(asked.text),
		]),
		others.length > 0 && el('div', { className: 'guide-more', attrs: { role: 'group', 'aria-label': S.otherSections } },
			others.map((section) => el('details', { className: 'guide-section' }, [
				el('summary', { className: 'guide-section-name', text: section.name }),
				sectionText(section.text),
			]))),
		(url || updatedAt) && el('p', { className: 'guide-source' }, [
			url && externalLink(url, S.source, S.opensInNewWindow),
			updatedAt && el('span', { className: 'guide-updated' }, [
				DATE_PATTERN.test(updatedAt)
					? el('time', { text: S.updatedAt(updatedAt), attrs: { datetime: updatedAt } })
					: S.updatedAt(updatedAt),
			]),
		]),
	]);
}

function sectionText(text) {
	return el('p', { className: 'text' }, [textWithLinks(text, S.opensInNewWindow)]);
}

function matterChips(heading, matters, onChoose) {
	const valid = (Array.isArray(matters) ? matters : []).filter(isMatter);
	if (valid.length === 0) {
		return null;
	}
	return chipGroup(heading, valid.map((matter) => ({ label: matter.title, pick: () => onChoose(matter) })));
}

function chipGroup(heading, chips) {
	return el('div', { className: 'chip-group' }, [
		el('p', { className: 'chip-heading', text: heading }),
		el('ul', { className: 'chips' }, chips.map(({ label, pick }) => el('li', {}, [
			el('button', { className: 'chip', text: label, attrs: { type: 'button' }, on: { click: pick } }),
		]))),
	]);
}

function botMessage(kind, content) {
	return el('div', { className: `message message--bot ${kind}` }, [
		el('span', { className: 'visually-hidden', text: S.fromBot }),
		el('div', { className: 'bubble' }, content),
	]);
}

function paragraph(text) {
	return typeof text === 'string' && text !== '' ? el('p', { className: 'text' }, [textWithLinks(text, S.opensInNewWindow)]) : null;
}

function isMatter(value) {
	return typeof value?.guideId === 'string' && typeof value.title === 'string';
}
