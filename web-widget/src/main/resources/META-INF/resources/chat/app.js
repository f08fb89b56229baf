/**
 * The chat app: wires the page of index.html to the conversation.
 *
 * Server events are named `resource.action`, and each type has exactly one handler in
 * `handlers` below; a type this version does not know is ignored, so a newer server does not
 * break an older page. Elements come from render.js, words from strings.js, the connection from
 * protocol.js.
 */

import { openStore } from '../shared/storage.js';
import { ChatConnection, Status, chatSocketUrl } from './protocol.js';
import * as render from './render.js';
import { strings as S } from './strings.js';

const MAX_LENGTH = 500;
const NEAR_LIMIT = MAX_LENGTH - 50;
/** After this long without a reply the typing indicator is withdrawn rather than left spinning. */
const REPLY_TIMEOUT_MS = 45_000;
/** Longest a replay of earlier pages' messages may keep the log quiet for screen readers. */
const REPLAY_QUIET_MS = 3_000;
const TOUCH_SCREEN = '(pointer: coarse)';

const ui = {
	root: document.documentElement,
	elderToggle: document.querySelector('.elder-toggle'),
	close: document.querySelector('.close'),
	banner: document.querySelector('.banner'),
	bannerText: document.querySelector('.banner-text'),
	bannerRetry: document.querySelector('.banner-retry'),
	conversation: document.querySelector('.conversation'),
	log: document.querySelector('.log'),
	typing: document.querySelector('.typing-bubble'),
	form: document.querySelector('.composer'),
	input: document.querySelector('.composer-input'),
	counter: document.querySelector('.counter'),
	send: document.querySelector('.send'),
};

const embedded = window.parent !== window;
const preferences = openStore(() => window.localStorage, 'govassist.');

/** Client id → the citizen bubble waiting for its ack. */
const unacknowledged = new Map();
/** Client ids of questions the bot has not replied to yet. */
const awaitingReply = new Set();
let connected = false;
let replyTimer;
let replayQuietUntilSeq = 0;
let replayQuietTimer;

/** Server events by type, each to the one handler that shows it. */
const handlers = {
	'welcome': onWelcome,
	'ack': onAck,
	'citizen.message': onCitizenMessage,
	'bot.answer': (event) => showReply(event, render.answer(event, chooseMatter)),
	'bot.clarify': (event) => showReply(event, render.clarify(event, chooseMatter)),
	'bot.fallback': (event) => showReply(event, render.fallback(event)),
	'error': onError,
};

const connection = new ChatConnection({
	url: chatSocketUrl(window.location),
	store: openStore(() => window.sessionStorage, 'govassist.chat.'),
	onEvent: handle,
	onStatus: showStatus,
});

applyStrings();
setUpElderMode();
setUpComposer();
setUpHost();
ui.bannerRetry.addEventListener('click', () => connection.reconnectNow());
append(render.greeting(ask));
connection.start();

function handle(event, context) {
	handlers[event.type]?.(event, context);
	if (replayQuietUntilSeq > 0 && context.history && event.seq >= replayQuietUntilSeq) {
		endReplayQuiet();
	}
}

function onWelcome(event, { renewed, historyUntil }) {
	if (renewed && ui.log.querySelector('.message--citizen, .message--reply')) {
		append(render.notice(S.conversationRenewed));
	}
	if (historyUntil > 0) {
		// What an earlier page already showed is about to be replayed; reading it all out again
		// would drown the screen reader, so the log is marked busy until the replay is through.
		replayQuietUntilSeq = historyUntil;
		ui.log.setAttribute('aria-busy', 'true');
		replayQuietTimer = setTimeout(endReplayQuiet, REPLAY_QUIET_MS);
	}
}

function endReplayQuiet() {
	replayQuietUntilSeq = 0;
	clearTimeout(replayQuietTimer);
	ui.log.removeAttribute('aria-busy');
}

function onAck(event) {
	const bubble = unacknowledged.get(event.replyTo);
	if (bubble) {
		render.setDelivery(bubble, render.Delivery.SENT);
		unacknowledged.delete(event.replyTo);
	}
}

function onCitizenMessage(event, { ownId }) {
	const bubble = unacknowledged.get(ownId);
	if (bubble) {
		render.setDelivery(bubble, render.Delivery.SENT);
		unacknowledged.delete(ownId);
	} else {
		append(render.citizenMessage(event.text, render.Delivery.SENT));
	}
}

function onError(event) {
	const bubble = unacknowledged.get(event.replyTo);
	if (bubble) {
		render.setDelivery(bubble, render.Delivery.FAILED);
		unacknowledged.delete(event.replyTo);
	}
	replyArrived(event.replyTo);
	const text = typeof event.message === 'string' && event.message !== ''
		? event.message
		: S.errors[event.code] ?? S.genericError;
	append(render.notice(text, true));
}

function showReply(event, message) {
	replyArrived(event.replyTo);
	append(message);
}

/** Sends the citizen's words and shows them at once, marked as sending. */
function ask(text) {
	const id = connection.say(text);
	track(id, render.citizenMessage(text, render.Delivery.SENDING));
}

/** Picks a matter from a clarifying question or an answer's related matters. */
function chooseMatter(matter) {
	const id = connection.choose(matter.guideId);
	track(id, render.citizenMessage(matter.title, render.Delivery.SENDING));
}

function track(id, bubble) {
	unacknowledged.set(id, bubble);
	awaitingReply.add(id);
	clearTimeout(replyTimer);
	replyTimer = setTimeout(() => {
		awaitingReply.clear();
		updateTyping();
	}, REPLY_TIMEOUT_MS);
	append(bubble, true);
	updateTyping();
}

function replyArrived(replyTo) {
	awaitingReply.delete(replyTo);
	if (awaitingReply.size === 0) {
		clearTimeout(replyTimer);
	}
	updateTyping();
}

function updateTyping() {
	const show = connected && awaitingReply.size > 0;
	if (show !== !ui.typing.hidden) {
		const follow = isNearBottom();
		ui.typing.hidden = !show;
		if (follow) {
			scrollToEnd();
		}
	}
}

function showStatus(status) {
	connected = status === Status.CONNECTED;
	const text = { [Status.RECONNECTING]: S.reconnecting, [Status.DISCONNECTED]: S.disconnected }[status] ?? '';
	ui.bannerText.textContent = text;
	ui.banner.classList.toggle('banner--shown', text !== '');
	ui.bannerRetry.hidden = status !== Status.DISCONNECTED;
	updateTyping();
}

/**
 * Adds a message to the log and keeps it in view if the citizen was following the end of the
 * conversation; someone scrolled up to reread an answer is left where they are.
 */
function append(message, always = false) {
	const follow = always || isNearBottom();
	ui.log.append(message);
	if (!follow) {
		return;
	}
	const view = ui.conversation;
	if (message.offsetHeight > view.clientHeight * 0.8) {
		// A long answer is shown from its top, so that the section asked about is what they see.
		view.scrollTop = message.offsetTop - 8;
	} else {
		scrollToEnd();
	}
}

function isNearBottom() {
	const view = ui.conversation;
	return view.scrollHeight - view.scrollTop - view.clientHeight < 80;
}

function scrollToEnd() {
	ui.conversation.scrollTop = ui.conversation.scrollHeight;
}

function applyStrings() {
	document.title = S.pageTitle;
	for (const node of document.querySelectorAll('[data-text]')) {
		node.textContent = S[node.dataset.text];
	}
	for (const node of document.querySelectorAll('[data-label]')) {
		node.setAttribute('aria-label', S[node.dataset.label]);
	}
	for (const node of document.querySelectorAll('[data-placeholder]')) {
		node.setAttribute('placeholder', S[node.dataset.placeholder]);
	}
}

function setUpElderMode() {
	const apply = (on) => {
		ui.root.classList.toggle('elder', on);
		ui.elderToggle.setAttribute('aria-pressed', String(on));
		tellHost({ type: 'govassist:elder', on });
	};
	apply(preferences.get('elderMode') === 'on');
	ui.elderToggle.addEventListener('click', () => {
		const on = ui.elderToggle.getAttribute('aria-pressed') !== 'true';
		preferences.set('elderMode', on ? 'on' : 'off');
		apply(on);
	});
}

function setUpComposer() {
	const refresh = () => {
		const length = ui.input.value.length;
		ui.counter.textContent = S.counter(length, MAX_LENGTH);
		ui.counter.classList.toggle('counter--near-limit', length > NEAR_LIMIT);
		ui.send.disabled = ui.input.value.trim() === '';
	};
	ui.input.addEventListener('input', refresh);
	ui.input.addEventListener('keydown', (event) => {
		// While an input method is composing, Enter picks the candidate characters; it must not send.
		if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
			event.preventDefault();
			ui.form.requestSubmit();
		}
	});
	ui.form.addEventListener('submit', (event) => {
		event.preventDefault();
		const text = ui.input.value.trim().slice(0, MAX_LENGTH);
		if (text === '') {
			return;
		}
		ui.input.value = '';
		refresh();
		ask(text);
		ui.input.focus();
	});
	refresh();
}

/**
 * Inside the portal's iframe: a close control and Escape hand the closing to the loader
 * (widget.js), which owns the frame; the elder mode is passed on so it can enlarge the frame.
 */
function setUpHost() {
	if (!embedded) {
		return;
	}
	ui.close.hidden = false;
	ui.close.addEventListener('click', () => tellHost({ type: 'govassist:close' }));
	document.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && !event.isComposing) {
			tellHost({ type: 'govassist:close' });
		}
	});
	window.addEventListener('message', (event) => {
		if (event.source === window.parent && event.data?.type === 'govassist:opened'
			&& !window.matchMedia(TOUCH_SCREEN).matches) {
			// On a touch screen the on-screen keyboard would cover half the chat before a word is typed.
			ui.input.focus();
		}
	});
}

function tellHost(message) {
	if (embedded) {
		// Any portal may embed the chat and these messages carry nothing private.
		window.parent.postMessage(message, '*');
	}
}
