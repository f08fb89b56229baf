/**
 * The agent console: wires the page of index.html to the agent's connection.
 *
 * Server events are named `resource.action`, and each type has exactly one handler in
 * `handlers` below; a type this version does not know is ignored, so a newer server does not
 * break an older page. The queue is queue.js, the chats desk.js and chat-panel.js, the tickets
 * tickets.js, the connection socket.js, the words strings.js.
 */

import { fillStrings } from '../shared/dom.js';
import { socketUrl } from '../shared/socket.js';
import { ApiError, api, currentStaff, signIn, signOut } from '../shared/staff-session.js';
import { openCanned } from './canned.js';
import { ChatDesk } from './desk.js';
import { openClose, openTransfer } from './dialogs.js';
import { SIGNED_OUT_EVENT, explainFailure } from './failures.js';
import { openGuideSections } from './guides.js';
import { QueueView } from './queue.js';
import { AgentSocket, Status } from './socket.js';
import { strings as S } from './strings.js';
import { TicketsView } from './tickets.js';

const AGENT_ROLE = 'AGENT';

const ui = {
	agentBar: document.querySelector('.agent-bar'),
	agentName: document.querySelector('.agent-name'),
	status: document.querySelector('.status-select'),
	signOut: document.querySelector('.sign-out'),
	banner: document.querySelector('.banner'),
	bannerText: document.querySelector('.banner-text'),
	bannerRetry: document.querySelector('.banner-retry'),
	announcer: document.querySelector('.announcer'),
	alerts: document.querySelector('.alerts'),
	signIn: document.querySelector('.sign-in'),
	signInForm: document.querySelector('.sign-in-form'),
	username: document.querySelector('#username'),
	password: document.querySelector('#password'),
	signInProblem: document.querySelector('.sign-in-problem'),
	signInSubmit: document.querySelector('.sign-in-submit'),
	console: document.querySelector('.console'),
	viewTabs: document.querySelectorAll('.view-tab'),
	chatsView: document.querySelector('.view--chats'),
	ticketsView: document.querySelector('.view--tickets'),
	queueStatus: document.querySelector('.queue-status'),
	chatCount: document.querySelector('.chat-count'),
};

/** Server events by type, each to the one handler that shows it. */
const handlers = {
	'agent.state': onState,
	'queue.changed': (event) => queue.update(event.items),
	'conversation.assigned': onAssigned,
	'citizen.message': onCitizenMessage,
	'agent.message': (event) => desk.panel(event.conversationId)?.addEvent(event),
	'conversation.closed': onConversationClosed,
	'citizen.left': (event) => onCitizenPresence(event, false),
	'citizen.returned': (event) => onCitizenPresence(event, true),
	'conversation.released': onReleased,
	'sla.alert': onSlaAlert,
	'ack': onAck,
	'error': onError,
};

/** Client id → what a request was about, until its ack or error. */
const requests = new Map();
/** Conversations this page asked to pick, whose panel gets the focus when it comes. */
const picking = new Set();
let staff = null;
let maxChats = 3;
let socket = null;
let reconnectTimer = null;
let wasReconnecting = false;
let checkingLogin = false;
let ticketsLoaded = false;

const queue = new QueueView({
	list: document.querySelector('.queue-list'),
	count: document.querySelector('.queue-count'),
	onPick: pick,
});
const desk = new ChatDesk({
	tabs: document.querySelector('.chat-tabs'),
	panels: document.querySelector('.chat-panels'),
	empty: document.querySelector('.no-chats'),
	onChange: showChatCount,
});
const tickets = new TicketsView({
	list: document.querySelector('.ticket-list'),
	status: document.querySelector('.tickets-status'),
	filter: document.querySelector('.ticket-filter'),
	refresh: document.querySelector('.tickets-refresh'),
});

applyStrings();
ui.signInForm.addEventListener('submit', submitSignIn);
ui.signOut.addEventListener('click', signOutNow);
ui.status.addEventListener('change', changeStatus);
ui.bannerRetry.addEventListener('click', () => socket?.reconnectNow());
for (const tab of ui.viewTabs) {
	tab.addEventListener('click', () => showView(tab.dataset.view));
}
window.addEventListener(SIGNED_OUT_EVENT, () => endSession(S.sessionEnded));
resumeSession();

/** A login kept in this tab (a reload) is checked with the server before the console opens. */
async function resumeSession() {
	const kept = currentStaff();
	if (!kept) {
		showSignIn('');
		return;
	}
	try {
		const me = await api('GET', '/api/auth/me');
		const roles = Array.isArray(me?.roles) ? me.roles : kept.roles;
		openConsole({ ...kept, roles, displayName: me?.displayName });
	} catch (error) {
		if (error instanceof ApiError && error.status === 401) {
			await signOut();
			showSignIn(S.sessionEnded);
		} else {
			// The server could not be asked; the socket keeps trying and the login holds until it says otherwise.
			openConsole(kept);
		}
	}
}

async function submitSignIn(event) {
	event.preventDefault();
	const username = ui.username.value.trim();
	const password = ui.password.value;
	if (username === '' || password === '') {
		ui.signInProblem.textContent = S.fillBoth;
		(username === '' ? ui.username : ui.password).focus();
		return;
	}
	ui.signInProblem.textContent = '';
	ui.signInSubmit.disabled = true;
	ui.signInSubmit.textContent = S.signingIn;
	try {
		const signedIn = await signIn(username, password);
		ui.password.value = '';
		openConsole(signedIn);
	} catch (error) {
		ui.signInProblem.textContent = signInProblem(error);
		ui.password.focus();
	} finally {
		ui.signInSubmit.disabled = false;
		ui.signInSubmit.textContent = S.signIn;
	}
}

function signInProblem(error) {
	if (!(error instanceof ApiError) || error.status === 0) {
		return S.signInUnreachable;
	}
	if (error.status === 401) {
		return S.signInFailed;
	}
	if (error.status === 429 || error.status === 423) {
		return error.message || S.signInLocked(15);
	}
	return error.message || S.genericError;
}

/** Opens the console for a signed-in member, unless they are not an agent. */
async function openConsole(member) {
	if (!member.roles.includes(AGENT_ROLE)) {
		await signOut();
		showSignIn(S.notAnAgent);
		return;
	}
	staff = member;
	ui.agentName.textContent = S.agentName(member.displayName || member.username);
	ui.signIn.hidden = true;
	ui.console.hidden = false;
	ui.agentBar.hidden = false;
	showView('chats');
	socket = new AgentSocket({
		url: socketUrl(window.location, '/ws/agent'),
		onEvent: (event) => handlers[event.type]?.(event),
		onStatus: showConnection,
		onSignedOut: () => endSession(S.sessionEnded),
		onRefused: checkLogin,
	});
	socket.start();
	document.querySelector('#queue-title').setAttribute('tabindex', '-1');
	document.querySelector('#queue-title').focus();
}

function showSignIn(message) {
	ui.console.hidden = true;
	ui.agentBar.hidden = true;
	ui.signIn.hidden = false;
	ui.signInProblem.textContent = message;
	showBanner('');
	ui.username.focus();
}

async function signOutNow() {
	closeConsole();
	await signOut();
	showSignIn(S.signedOut);
}

/** The login ended elsewhere (expired, signed out in another tab, account changed). */
async function endSession(message) {
	if (staff === null) {
		return;
	}
	closeConsole();
	await signOut();
	showSignIn(message);
}

function closeConsole() {
	staff = null;
	socket?.stop();
	socket = null;
	requests.clear();
	picking.clear();
	desk.clear();
	queue.update([]);
	ticketsLoaded = false;
	for (const dialog of document.querySelectorAll('dialog')) {
		dialog.close();
	}
}

/** A connection that never opened may mean the login cookie is gone: the server is asked. */
async function checkLogin() {
	if (checkingLogin || staff === null) {
		return;
	}
	checkingLogin = true;
	try {
		await api('GET', '/api/auth/me');
	} catch (error) {
		explainFailure(error, '');
	} finally {
		checkingLogin = false;
	}
}

function onState(event) {
	maxChats = Number.isSafeInteger(event.maxChats) && event.maxChats > 0 ? event.maxChats : maxChats;
	ui.status.value = event.status === 'away' ? 'away' : 'online';
	if (typeof event.agentName === 'string' && event.agentName !== '') {
		ui.agentName.textContent = S.agentName(event.agentName);
	}
	const assigned = (Array.isArray(event.conversations) ? event.conversations : [])
		.filter((conversation) => typeof conversation?.conversationId === 'string');
	const held = new Set(assigned.map((conversation) => conversation.conversationId));
	for (const panel of desk.panels()) {
		if (!held.has(panel.conversationId) && !panel.closed) {
			// Gone while the connection was down: closed, or passed on after the grace period.
			panel.markClosed(S.releasedOther(panel.topic));
		}
	}
	for (const conversation of assigned) {
		const panel = desk.panel(conversation.conversationId);
		if (panel) {
			panel.setTranscript(conversation.transcript, conversation.guides);
		} else {
			desk.add(conversation, actionsFor);
		}
	}
	desk.changed();
	queue.update(event.queue);
}

function onAssigned(event) {
	if (typeof event.conversationId !== 'string') {
		return;
	}
	queue.setPicking(event.conversationId, false);
	let panel = desk.panel(event.conversationId);
	if (panel) {
		panel.setTranscript(event.transcript, event.guides);
	} else {
		panel = desk.add(event, actionsFor);
	}
	announce(S.chatAssigned(panel.topic));
	// A chat the server routed here must not pull the agent out of a reply being typed elsewhere.
	const focused = document.activeElement;
	if (picking.delete(event.conversationId) || focused === null || focused === document.body) {
		desk.select(event.conversationId);
		panel.focus();
	}
	desk.changed();
}

function onCitizenMessage(event) {
	const panel = desk.panel(event.conversationId);
	if (!panel) {
		return;
	}
	panel.addEvent({ ...event, type: 'citizen.message' });
	desk.markUnread(event.conversationId);
	announce(S.newCitizenMessage(panel.topic, typeof event.text === 'string' ? event.text : ''));
}

/** The citizen of a held chat left or came back: shown in the chat and read out. */
function onCitizenPresence(event, present) {
	const panel = desk.panel(event.conversationId);
	if (!panel || panel.closed) {
		return;
	}
	panel.setCitizenPresent(present);
	announce(`${panel.topic}：${present ? S.citizenReturned : S.citizenLeft}`);
}

function onConversationClosed(event) {
	const panel = desk.panel(event.conversationId);
	if (panel) {
		panel.markClosed(S.closedBy[event.by] ?? S.closedOther);
		announce(`${panel.topic}：${S.closedBy[event.by] ?? S.closedOther}`);
		desk.changed();
	}
}

function onReleased(event) {
	const panel = desk.panel(event.conversationId);
	if (!panel) {
		return;
	}
	const says = S.released[event.reason] ?? S.releasedOther;
	desk.remove(event.conversationId);
	announce(says(panel.topic));
}

function onSlaAlert(event) {
	if (event.level !== 'yellow' && event.level !== 'red') {
		return;
	}
	const panel = desk.panel(event.conversationId);
	panel?.setAlert(event.level);
	const item = queue.alert(event.conversationId, event.level);
	if (!panel && !item) {
		return;
	}
	desk.changed();
	alertNow(S.slaAlert[event.level](panel ? panel.topic : queue.topicOf(event.conversationId)));
}

function onAck(event) {
	const request = requests.get(event.replyTo);
	if (!request) {
		return;
	}
	requests.delete(event.replyTo);
	const panel = desk.panel(request.conversationId);
	switch (request.kind) {
		case 'say':
			if (panel?.acknowledge(event.replyTo, event.seq)) {
				desk.changed();
			}
			break;
		case 'transfer':
			if (panel) {
				desk.remove(request.conversationId);
				announce(S.transferred(panel.topic));
			}
			break;
		case 'close':
			if (panel) {
				panel.markClosed(S.closedBy.agent);
				desk.changed();
			}
			break;
		default:
			// A pick is answered by conversation.assigned.
	}
}

function onError(event) {
	const text = typeof event.message === 'string' && event.message !== ''
		? event.message
		: S.errors[event.code] ?? S.genericError;
	const request = requests.get(event.replyTo);
	requests.delete(event.replyTo);
	if (!request) {
		alertNow(text);
		return;
	}
	const panel = desk.panel(request.conversationId);
	if (request.kind === 'pick') {
		picking.delete(request.conversationId);
		queue.setPicking(request.conversationId, false);
		ui.queueStatus.textContent = text;
	} else if (request.kind === 'say' && panel?.refuse(event.replyTo, text)) {
		// Shown in the chat, by the reply it concerns.
	} else if (panel) {
		panel.showNotice(text, true);
	} else {
		alertNow(text);
	}
}

function pick(item) {
	ui.queueStatus.textContent = '';
	const id = send('pick', { conversationId: item.conversationId });
	if (id !== null) {
		picking.add(item.conversationId);
		queue.setPicking(item.conversationId, true);
	}
}

/** Sends a request that expects an ack or an error, and remembers what it was about. */
function send(kind, fields) {
	const id = socket?.send(kind, fields) ?? null;
	if (id === null) {
		ui.queueStatus.textContent = S.offline;
		return null;
	}
	requests.set(id, { kind, conversationId: fields.conversationId });
	return id;
}

/** What a chat panel's controls do. */
function actionsFor(conversationId) {
	const panel = () => desk.panel(conversationId);
	return {
		send: (text, retryOf) => {
			const id = socket?.send('say', { conversationId, text }, retryOf) ?? null;
			if (id !== null) {
				requests.set(id, { kind: 'say', conversationId });
			}
			return id;
		},
		openGuide: (guide) => openGuideSections(guide, (text, name) => {
			panel()?.insert(text);
			announce(S.sectionInserted(name));
		}),
		openCanned: () => openCanned(staff, (text) => panel()?.insert(text)),
		transfer: () => openTransfer(panel()?.topic ?? '', (target) => send('transfer', { conversationId, ...target })),
		close: () => openClose(panel()?.topic ?? '', (summary) => {
			send('close', summary === '' ? { conversationId } : { conversationId, summary });
		}),
		dismiss: () => desk.remove(conversationId),
	};
}

function changeStatus() {
	const online = ui.status.value === 'online';
	socket?.notify('status', { status: online ? 'online' : 'away' });
	announce(S.statusChanged(online));
}

function showChatCount() {
	const open = desk.openCount();
	const full = open >= maxChats;
	ui.chatCount.textContent = full ? S.full(open, maxChats) : S.chatCount(open, maxChats);
	ui.chatCount.classList.toggle('chat-count--full', full);
	queue.setFull(full ? S.full(open, maxChats) : null);
}

function showView(view) {
	for (const tab of ui.viewTabs) {
		tab.setAttribute('aria-pressed', String(tab.dataset.view === view));
	}
	ui.chatsView.hidden = view !== 'chats';
	ui.ticketsView.hidden = view !== 'tickets';
	if (view === 'tickets' && !ticketsLoaded) {
		ticketsLoaded = true;
		tickets.load();
	}
}

function showConnection(status, retryAt) {
	clearInterval(reconnectTimer);
	const connected = status === Status.CONNECTED;
	for (const panel of desk.panels()) {
		panel.setConnected(connected);
	}
	if (status === Status.RECONNECTING) {
		wasReconnecting = true;
		const countDown = () => showBanner(S.reconnecting(Math.max(0, Math.ceil((retryAt - Date.now()) / 1000))), true);
		countDown();
		reconnectTimer = setInterval(countDown, 1000);
	} else if (status === Status.CONNECTING) {
		showBanner(S.connecting);
	} else {
		showBanner('');
		if (connected && wasReconnecting) {
			wasReconnecting = false;
			announce(S.reconnected);
		}
	}
}

function showBanner(text, offerRetry = false) {
	ui.bannerText.textContent = text;
	ui.banner.classList.toggle('banner--shown', text !== '');
	ui.bannerRetry.hidden = !offerRetry;
}

/** Reads out words politely, e.g. a new citizen message. */
function announce(text) {
	ui.announcer.textContent = '';
	// A fresh text node in a later task makes screen readers speak even a repeated message.
	setTimeout(() => {
		ui.announcer.textContent = text;
	}, 50);
}

/** Reads out words at once, e.g. a waiting-time alert. */
function alertNow(text) {
	ui.alerts.textContent = '';
	setTimeout(() => {
		ui.alerts.textContent = text;
	}, 50);
}

function applyStrings() {
	document.title = S.pageTitle;
	fillStrings(document, S);
}
