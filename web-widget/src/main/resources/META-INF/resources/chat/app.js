/**
 * The chat app: wires the page of index.html to the conversation.
 *
 * Server events are named `resource.action`, and each type has exactly one handler in
 * `handlers` below; a type this version does not know is ignored, so a newer server does not
 * break an older page. Elements come from render.js, words from strings.js, the connection from
 * protocol.js.
 */

import { fillStrings } from '../shared/dom.js';
import { socketUrl } from '../shared/socket.js';
import { openStore } from '../shared/storage.js';
import { ChatConnection, Status } from './protocol.js';
import { RatingMemory, quickRating, serviceRating } from './rating.js';
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
	handoff: document.querySelector('.tool--handoff'),
	handoffText: document.querySelector('.tool--handoff .tool-text'),
	end: document.querySelector('.tool--end'),
};

/** Where the conversation stands with a human agent. */
const Handoff = Object.freeze({
	/** No agent asked for: the bot answers. */
	NONE: 'none',
	/** The citizen asked; the server has not replied yet. */
	REQUESTED: 'requested',
	/** Waiting in the queue for an agent. */
	QUEUED: 'queued',
	/** An agent is in the conversation. */
	SERVING: 'serving',
});

const embedded = window.parent !== window;
const preferences = openStore(() => window.localStorage, 'govassist.');
const conversationStore = openStore(() => window.sessionStorage, 'govassist.chat.');
const ratingMemory = new RatingMemory(conversationStore);

/** Client id → the citizen bubble waiting for its ack. */
const unacknowledged = new Map();
/** Client ids of questions the bot has not replied to yet. */
const awaitingReply = new Set();
/** Client id of a `rate` → the control waiting for its ack, and what it rated. */
const ratingsInFlight = new Map();
/** Seq of a reply → its stars and the element to remove should they go unused. */
const replyRatings = new Map();
let connected = false;
let replyTimer;
let replayQuietUntilSeq = 0;
let replayQuietTimer;
let greetingMessage = null;
let servedGreeting = null;
let handoff = Handoff.NONE;
let handoffId = null;
let queueNotice = null;
let closed = false;
let closeId = null;
/** Whether the citizen just ended the conversation, and the rating form should get the focus. */
let focusNextServiceRating = false;
/** The form rating the whole service and its message, while one is shown. */
let serviceRatingPrompt = null;

/** Server events by type, each to the one handler that shows it. */
const handlers = {
	'welcome': onWelcome,
	'ack': onAck,
	'citizen.message': onCitizenMessage,
	'bot.answer': onAnswer,
	'bot.clarify': (event) => showReply(event, render.clarify(event, chooseMatter)),
	'bot.fallback': onFallback,
	'handoff.queued': onHandoffQueued,
	'agent.joined': onAgentJoined,
	'agent.message': (event) => append(render.agentMessage(event)),
	'conversation.closed': onConversationClosed,
	'rating.requested': onRatingRequested,
	'error': onError,
};

const connection = new ChatConnection({
	url: socketUrl(window.location, '/ws/chat'),
	store: conversationStore,
	onEvent: handle,
	onStatus: showStatus,
});

applyStrings();
setUpElderMode();
setUpComposer();
setUpHost();
ui.bannerRetry.addEventListener('click', () => connection.reconnectNow());
ui.handoff.addEventListener('click', requestHandoff);
ui.end.addEventListener('click', endConversation);
showGreeting(null);
showTools();
connection.start();

function handle(event, context) {
	handlers[event.type]?.(event, context);
	if (replayQuietUntilSeq > 0 && context.history && event.seq >= replayQuietUntilSeq) {
		endReplayQuiet();
	}
}

function onWelcome(event, { renewed, historyUntil }) {
	if (renewed) {
		leaveConversation();
		if (ui.log.querySelector('.message--citizen, .message--reply, .message--agent')) {
			append(render.notice(S.conversationRenewed));
		}
	}
	showGreeting(event.greeting);
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
	const rating = ratingsInFlight.get(event.replyTo);
	if (rating) {
		ratingsInFlight.delete(event.replyTo);
		if (rating.target !== null) {
			ratingMemory.remember(rating.target, rating.level);
		}
		rating.control.done(rating.level);
	}
	if (event.replyTo === handoffId && handoff === Handoff.REQUESTED) {
		// Accepted without a place in the queue (e.g. no agent on duty): the server says why in
		// its own message, and the citizen may ask again later.
		setHandoff(Handoff.NONE);
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
	const rating = ratingsInFlight.get(event.replyTo);
	if (rating) {
		ratingsInFlight.delete(event.replyTo);
		rating.control.failed();
	}
	if (event.replyTo !== undefined) {
		if (event.replyTo === handoffId && handoff === Handoff.REQUESTED) {
			setHandoff(Handoff.NONE);
		}
		if (event.replyTo === closeId) {
			closeId = null;
			focusNextServiceRating = false;
			showTools();
		}
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

function onAnswer(event) {
	const stars = replyRating(event.seq);
	const message = render.answer(event, chooseMatter, stars?.element);
	if (stars) {
		replyRatings.set(event.seq, { control: stars, removable: stars.element });
	}
	showReply(event, message);
}

function onFallback(event) {
	showReply(event, render.fallback(event, requestHandoff));
	showTools();
}

function onHandoffQueued(event) {
	// The bot does not answer what was said while the conversation waits for a person.
	stopWaitingForTheBot();
	if (handoff === Handoff.QUEUED && queueNotice) {
		render.updateQueueStatus(queueNotice, event);
	} else {
		queueNotice = render.queueStatus(event);
		append(queueNotice);
	}
	setHandoff(Handoff.QUEUED);
}

function onAgentJoined(event) {
	stopWaitingForTheBot();
	append(render.notice(S.agentJoined(typeof event.agentName === 'string' ? event.agentName : '')));
	setHandoff(Handoff.SERVING);
}

function onConversationClosed(event) {
	stopWaitingForTheBot();
	append(render.notice(S.conversationClosed[event.by] ?? S.conversationClosedOther));
	closed = true;
	closeId = null;
	setHandoff(Handoff.NONE);
}

function onRatingRequested(event) {
	if (Number.isSafeInteger(event.targetSeq) && event.targetSeq > 0) {
		if (!replyRatings.has(event.targetSeq)) {
			const stars = replyRating(event.targetSeq, S.ratingRequestedQuestion);
			const message = render.servicePrompt(stars.element);
			replyRatings.set(event.targetSeq, { control: stars, removable: message });
			append(message);
		}
	} else {
		askForServiceRating(event.seq);
	}
}

/** Sends the citizen's words and shows them at once, marked as sending. */
function ask(text) {
	continueConversation();
	const id = connection.say(text);
	// With a person in the conversation the words go to the agent, who needs no typing dots.
	track(id, render.citizenMessage(text, render.Delivery.SENDING), handoff !== Handoff.SERVING);
}

/** Picks a matter from a clarifying question or an answer's related matters. */
function chooseMatter(matter) {
	continueConversation();
	const id = connection.choose(matter.guideId);
	track(id, render.citizenMessage(matter.title, render.Delivery.SENDING), true);
}

/** Asks for a human agent, unless one is already asked for or in the conversation. */
function requestHandoff() {
	if (handoff !== Handoff.NONE) {
		return;
	}
	continueConversation();
	handoffId = connection.handoff();
	setHandoff(Handoff.REQUESTED);
	append(render.notice(S.handoffRequested), true);
}

/** Ends the conversation at the citizen's request; the server confirms with conversation.closed. */
function endConversation() {
	if (closed || closeId !== null) {
		return;
	}
	closeId = connection.close();
	focusNextServiceRating = true;
	showTools();
}

/**
 * Once a conversation is closed the server takes nothing more in it, so whatever the citizen
 * does next starts a new one, below the old one's record.
 */
function continueConversation() {
	if (!closed) {
		return;
	}
	connection.startNewConversation();
	leaveConversation();
	append(render.notice(S.newConversation), true);
}

/** Forgets the state of the conversation left; ratings not given there can no longer be. */
function leaveConversation() {
	closed = false;
	closeId = null;
	focusNextServiceRating = false;
	ratingMemory.forget();
	ratingsInFlight.clear();
	for (const { control, removable } of replyRatings.values()) {
		if (!control.isRated()) {
			removable.remove();
		}
	}
	replyRatings.clear();
	if (serviceRatingPrompt?.control.isPending()) {
		serviceRatingPrompt.message.remove();
	}
	serviceRatingPrompt = null;
	setHandoff(Handoff.NONE);
}

function setHandoff(state) {
	handoff = state;
	if (state !== Handoff.QUEUED) {
		queueNotice = null;
	}
	showTools();
}

function showTools() {
	ui.handoffText.textContent = {
		[Handoff.QUEUED]: S.handoffQueued,
		[Handoff.SERVING]: S.handoffServing,
	}[handoff] ?? S.handoff;
	// aria-disabled rather than disabled: a focused button stays focused and can still be found.
	const handoffBusy = String(handoff !== Handoff.NONE);
	for (const button of [ui.handoff, ...ui.log.querySelectorAll('.handoff-offer')]) {
		button.setAttribute('aria-disabled', handoffBusy);
	}
	ui.end.setAttribute('aria-disabled', String(closed || closeId !== null));
}

/**
 * The stars under a reply, showing the rating already given if this tab rated it before.
 *
 * @param {number} seq the reply's seq
 * @param {string} [question] the words before the stars
 */
function replyRating(seq, question) {
	if (!Number.isSafeInteger(seq) || seq <= 0) {
		return undefined;
	}
	const target = String(seq);
	const control = quickRating({
		question,
		ratedLevel: ratingMemory.levelOf(target),
		onRate: (level) => {
			const id = connection.rate({ level, seq });
			ratingsInFlight.set(id, { control, target, level });
		},
	});
	return control;
}

/**
 * Shows the form rating the whole service, unless one is already waiting to be filled in; a
 * citizen who just pressed 结束会话 gets the focus in it.
 *
 * @param {number} promptSeq the seq of the rating.requested, which keeps a reloaded page from
 *        asking again once the form is answered
 */
function askForServiceRating(promptSeq) {
	if (!serviceRatingPrompt?.control.isPending()) {
		const target = `service-${promptSeq}`;
		const control = serviceRating({
			ratedLevel: ratingMemory.levelOf(target),
			onSubmit: ({ level, tags, comment }) => {
				const id = connection.rate({ level, tags, comment });
				ratingsInFlight.set(id, { control, target, level });
			},
		});
		serviceRatingPrompt = { control, message: render.servicePrompt(control.element) };
		append(serviceRatingPrompt.message, focusNextServiceRating);
	}
	if (focusNextServiceRating && serviceRatingPrompt.control.isPending()) {
		// The citizen who pressed 结束会话 is taken straight to the form asking how it went.
		focusNextServiceRating = false;
		serviceRatingPrompt.control.focus();
	}
}

/**
 * Shows the server's greeting with its most-asked matters, or the built-in one until the
 * server sends its own; a reconnect with the same greeting leaves it as it is.
 */
function showGreeting(served) {
	const next = served && typeof served === 'object' ? served : null;
	if (greetingMessage && (next === null || JSON.stringify(next) === JSON.stringify(servedGreeting))) {
		return;
	}
	servedGreeting = next;
	const message = render.greeting(next, ask, chooseMatter);
	if (greetingMessage) {
		greetingMessage.replaceWith(message);
	} else {
		ui.log.prepend(message);
	}
	greetingMessage = message;
}

function track(id, bubble, expectsBotReply) {
	unacknowledged.set(id, bubble);
	append(bubble, true);
	if (!expectsBotReply) {
		return;
	}
	awaitingReply.add(id);
	clearTimeout(replyTimer);
	replyTimer = setTimeout(() => {
		awaitingReply.clear();
		updateTyping();
	}, REPLY_TIMEOUT_MS);
	updateTyping();
}

function stopWaitingForTheBot() {
	awaitingReply.clear();
	clearTimeout(replyTimer);
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
	fillStrings(document, S);
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
