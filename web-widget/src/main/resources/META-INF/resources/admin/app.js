/**
 * The administrators' page: signing in, staff accounts (create, change roles and skills,
 * disable, reset the password), the follow-up of bad ratings, and the audit log.
 *
 * Every call goes through shared/staff-session.js, which sends the login token as a bearer
 * header; every word received is put in as text with shared/dom.js `el`, never as markup. Words
 * come from strings.js. Administrators see all three sections; editors only the ratings.
 */

import { el, fillStrings } from '../shared/dom.js';
import { ApiError, api, currentStaff, signIn, signOut } from '../shared/staff-session.js';
import { strings as S } from './strings.js';

const ROLES = Object.freeze(['ADMIN', 'EDITOR', 'AGENT']);
const PAGE_SIZE = 50;
const SKILL_SEPARATORS = /[,，、]/;

const ui = {
	whoami: document.querySelector('.whoami'),
	signOut: document.querySelector('.sign-out'),
	status: document.querySelector('.status'),
	signIn: document.querySelector('.sign-in'),
	signInForm: document.querySelector('.sign-in-form'),
	workspace: document.querySelector('.workspace'),
	tabs: [...document.querySelectorAll('[role="tab"]')],
	newUser: document.querySelector('.new-user'),
	usersBody: document.querySelector('.users tbody'),
	usersRefresh: document.querySelector('.users-refresh'),
	editDialog: document.querySelector('.edit-dialog'),
	editForm: document.querySelector('.edit-user'),
	editHeading: document.querySelector('#edit-heading'),
	passwordDialog: document.querySelector('.password-dialog'),
	passwordForm: document.querySelector('.reset-password'),
	passwordHeading: document.querySelector('#password-heading'),
	ratingsFilters: document.querySelector('.ratings-filters'),
	ratings: document.querySelector('.ratings'),
	ratingsEmpty: document.querySelector('.ratings-empty'),
	ratingsMore: document.querySelector('.ratings-more'),
	auditFilters: document.querySelector('.audit-filters'),
	auditBody: document.querySelector('.audit tbody'),
	auditEmpty: document.querySelector('.audit-empty'),
	auditMore: document.querySelector('.audit-more'),
};

const timeFormat = new Intl.DateTimeFormat('zh-CN', {
	year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
});

/** The signed-in member as /api/auth/me describes them, or null. */
let me = null;
/** The account being edited or given a new password. */
let selectedUser = null;
/** The id of the last rating and audit entry shown, for the next page. */
const lastShown = { ratings: null, audit: null };

applyStrings();
buildChoices();
wireEvents();
resume();

function applyStrings() {
	document.title = S.pageTitle;
	fillStrings(document, S);
}

/** The role check boxes, the ratings' filter options and the audit's action suggestions. */
function buildChoices() {
	for (const container of document.querySelectorAll('[data-roles]')) {
		const prefix = container.dataset.roles;
		for (const role of ROLES) {
			const id = `${prefix}-role-${role}`;
			container.append(el('span', { className: 'choice' }, [
				el('input', { attrs: { type: 'checkbox', id, name: 'roles', value: role } }),
				el('label', { text: S.roleNames[role], attrs: { for: id } }),
			]));
		}
	}
	const status = ui.ratingsFilters.elements.status;
	for (const [value, label] of Object.entries(S.statusNames)) {
		status.append(el('option', { text: label, attrs: { value } }));
	}
	status.append(el('option', { text: S.anyStatus, attrs: { value: '' } }));
	const level = ui.ratingsFilters.elements.maxLevel;
	for (const [value, label] of Object.entries(S.maxLevels)) {
		level.append(el('option', { text: label, attrs: { value, selected: value === '2' } }));
	}
	const actions = document.querySelector('#audit-actions');
	for (const [value, label] of Object.entries(S.actionNames)) {
		actions.append(el('option', { text: label, attrs: { value } }));
	}
}

function wireEvents() {
	ui.signInForm.addEventListener('submit', onSignIn);
	ui.signOut.addEventListener('click', onSignOut);
	for (const tab of ui.tabs) {
		tab.addEventListener('click', () => selectTab(tab, true));
		tab.addEventListener('keydown', onTabKey);
	}
	ui.newUser.addEventListener('submit', onCreateUser);
	ui.usersRefresh.addEventListener('click', loadUsers);
	ui.editForm.addEventListener('submit', onSaveUser);
	ui.passwordForm.addEventListener('submit', onResetPassword);
	for (const cancel of document.querySelectorAll('.dialog-cancel')) {
		cancel.addEventListener('click', () => cancel.closest('dialog').close());
	}
	ui.ratingsFilters.addEventListener('submit', (event) => {
		event.preventDefault();
		loadRatings(false);
	});
	ui.ratingsMore.addEventListener('click', () => loadRatings(true));
	ui.auditFilters.addEventListener('submit', (event) => {
		event.preventDefault();
		loadAudit(false);
	});
	ui.auditMore.addEventListener('click', () => loadAudit(true));
}

// ---- Signing in and out ----

async function resume() {
	if (!currentStaff()) {
		showSignIn('');
		return;
	}
	try {
		enter(await api('GET', '/api/auth/me'));
	} catch (error) {
		showSignIn(error instanceof ApiError && error.status === 0 ? S.unreachable : '');
	}
}

async function onSignIn(event) {
	event.preventDefault();
	const form = ui.signInForm;
	const username = form.elements.username.value.trim();
	const password = form.elements.password.value;
	const error = form.querySelector('.form-error');
	if (!username || !password) {
		error.textContent = S.signInRequired;
		return;
	}
	error.textContent = '';
	const button = form.querySelector('button[type="submit"]');
	button.disabled = true;
	announce(S.signingIn);
	try {
		await signIn(username, password);
		form.elements.password.value = '';
		enter(await api('GET', '/api/auth/me'));
	} catch (failure) {
		announce('');
		error.textContent = signInProblem(failure);
	} finally {
		button.disabled = false;
	}
}

function signInProblem(error) {
	if (!(error instanceof ApiError)) {
		return String(error?.message ?? error);
	}
	if (error.status === 401) {
		return S.signInFailed;
	}
	if (error.status === 0) {
		return S.unreachable;
	}
	return error.message;
}

async function onSignOut() {
	await signOut();
	me = null;
	showSignIn('');
}

function showSignIn(message) {
	me = null;
	ui.workspace.hidden = true;
	ui.whoami.hidden = true;
	ui.signOut.hidden = true;
	ui.signIn.hidden = false;
	ui.signInForm.querySelector('.form-error').textContent = message;
	ui.signInForm.elements.username.focus();
}

function enter(account) {
	const roles = account.roles ?? [];
	if (!roles.includes('ADMIN') && !roles.includes('EDITOR')) {
		signOut();
		showSignIn(S.notAllowed);
		return;
	}
	me = account;
	ui.signIn.hidden = true;
	ui.workspace.hidden = false;
	ui.whoami.textContent = S.signedInAs(account.displayName, account.username);
	ui.whoami.hidden = false;
	ui.signOut.hidden = false;
	for (const tab of ui.tabs) {
		tab.hidden = tab.dataset.needs === 'ADMIN' && !isAdmin();
	}
	selectTab(visibleTabs()[0], false);
	announce('');
}

function isAdmin() {
	return me?.roles?.includes('ADMIN') ?? false;
}

// ---- Tabs ----

function visibleTabs() {
	return ui.tabs.filter((tab) => !tab.hidden);
}

function selectTab(tab, focus) {
	for (const other of ui.tabs) {
		const selected = other === tab;
		other.setAttribute('aria-selected', String(selected));
		other.tabIndex = selected ? 0 : -1;
		document.getElementById(other.getAttribute('aria-controls')).hidden = !selected;
	}
	if (focus) {
		tab.focus();
	}
	if (tab.id === 'tab-users') {
		loadUsers();
	} else if (tab.id === 'tab-ratings') {
		loadRatings(false);
	} else {
		loadAudit(false);
	}
}

function onTabKey(event) {
	const tabs = visibleTabs();
	const index = tabs.indexOf(event.currentTarget);
	const next = {
		ArrowRight: tabs[(index + 1) % tabs.length],
		ArrowLeft: tabs[(index - 1 + tabs.length) % tabs.length],
		Home: tabs[0],
		End: tabs[tabs.length - 1],
	}[event.key];
	if (next) {
		event.preventDefault();
		selectTab(next, true);
	}
}

// ---- Accounts ----

async function loadUsers() {
	try {
		renderUsers(await api('GET', '/api/admin/users'));
	} catch (error) {
		handle(error, null);
	}
}

function renderUsers(users) {
	ui.usersBody.replaceChildren(...users.map((user) => el('tr', { attrs: { 'data-username': user.username } }, [
		el('th', { text: user.username, attrs: { scope: 'row' } }),
		el('td', { text: user.displayName }),
		el('td', { text: user.roles.map((role) => S.roleNames[role] ?? role).join('、') }),
		el('td', { text: user.skills.length ? user.skills.join('、') : S.noSkills }),
		el('td', { text: state(user) }),
		el('td', { className: 'actions' }, [
			el('button', {
				text: S.edit,
				attrs: { type: 'button', 'aria-label': S.editUser(user.username) },
				on: { click: () => openEdit(user) },
			}),
			el('button', {
				text: S.resetPassword,
				attrs: { type: 'button', 'aria-label': S.resetPasswordOf(user.username) },
				on: { click: () => openPasswordReset(user) },
			}),
		]),
	])));
}

function state(user) {
	const parts = [user.enabled ? S.enabled : S.disabled];
	if (user.lockedUntil) {
		parts.push(S.lockedUntil(formatTime(user.lockedUntil)));
	}
	return parts.join('；');
}

async function onCreateUser(event) {
	event.preventDefault();
	const form = ui.newUser;
	clearErrors(form);
	const body = {
		username: form.elements.username.value.trim(),
		displayName: form.elements.displayName.value,
		password: form.elements.password.value,
		roles: checkedRoles(form),
		skills: skillsOf(form.elements.skills.value),
	};
	try {
		const created = await api('POST', '/api/admin/users', body);
		form.reset();
		announce(S.userCreated(created.username));
		await loadUsers();
	} catch (error) {
		handle(error, form, 'new');
	}
}

function openEdit(user) {
	selectedUser = user;
	const form = ui.editForm;
	clearErrors(form);
	ui.editHeading.textContent = S.editUser(user.username);
	form.elements.displayName.value = user.displayName;
	for (const box of form.querySelectorAll('input[name="roles"]')) {
		box.checked = user.roles.includes(box.value);
	}
	form.elements.skills.value = user.skills.join('、');
	form.elements.enabled.checked = user.enabled;
	ui.editDialog.showModal();
	form.elements.displayName.focus();
}

async function onSaveUser(event) {
	event.preventDefault();
	const form = ui.editForm;
	clearErrors(form);
	const body = {
		displayName: form.elements.displayName.value,
		roles: checkedRoles(form),
		skills: skillsOf(form.elements.skills.value),
		enabled: form.elements.enabled.checked,
	};
	try {
		const saved = await api('PATCH', `/api/admin/users/${encodeURIComponent(selectedUser.username)}`, body);
		ui.editDialog.close();
		announce(S.userSaved(saved.username));
		await loadUsers();
	} catch (error) {
		handle(error, form, 'edit');
	}
}

function openPasswordReset(user) {
	selectedUser = user;
	const form = ui.passwordForm;
	clearErrors(form);
	form.reset();
	ui.passwordHeading.textContent = S.resetPasswordOf(user.username);
	ui.passwordDialog.showModal();
	form.elements.password.focus();
}

async function onResetPassword(event) {
	event.preventDefault();
	const form = ui.passwordForm;
	clearErrors(form);
	try {
		await api('POST', `/api/admin/users/${encodeURIComponent(selectedUser.username)}/password`,
			{ password: form.elements.password.value });
		form.reset();
		ui.passwordDialog.close();
		announce(S.passwordReset(selectedUser.username));
		await loadUsers();
	} catch (error) {
		handle(error, form, 'reset');
	}
}

function checkedRoles(form) {
	return [...form.querySelectorAll('input[name="roles"]:checked')].map((box) => box.value);
}

function skillsOf(text) {
	return text.split(SKILL_SEPARATORS).map((skill) => skill.trim()).filter(Boolean);
}

// ---- Bad ratings ----

async function loadRatings(more) {
	const filters = ui.ratingsFilters.elements;
	const query = new URLSearchParams({ maxLevel: filters.maxLevel.value, limit: String(PAGE_SIZE) });
	if (filters.status.value) {
		query.set('status', filters.status.value);
	}
	if (more && lastShown.ratings !== null) {
		query.set('before', String(lastShown.ratings));
	}
	if (!more) {
		announce(S.loading);
	}
	try {
		const ratings = await api('GET', `/api/ratings?${query}`);
		if (!more) {
			ui.ratings.replaceChildren();
			announce('');
		}
		ui.ratings.append(...ratings.map(ratingItem));
		lastShown.ratings = ratings.length ? ratings[ratings.length - 1].id : lastShown.ratings;
		ui.ratingsEmpty.hidden = ui.ratings.childElementCount > 0;
		ui.ratingsMore.hidden = ratings.length < PAGE_SIZE;
	} catch (error) {
		handle(error, null);
	}
}

function ratingItem(rating) {
	const headingId = `rating-${rating.id}-heading`;
	const level = S.levelNames[rating.level] ?? String(rating.level);
	const details = [
		rating.targetSeq > 0 ? S.ratedAnswer(rating.targetSeq) : S.ratedConversation,
		rating.conversationId ? S.conversation(rating.conversationId) : S.conversationGone,
		rating.tags.length ? S.tags(rating.tags.join('、')) : null,
		rating.comment ? S.comment(rating.comment) : null,
		rating.guideId ? S.guide(rating.guideId) : null,
		rating.department ? S.department(rating.department) : null,
		rating.agent ? S.agent(rating.agent) : null,
	].filter(Boolean);
	return el('li', { className: `rating rating--level-${rating.level}`, attrs: { 'data-rating-id': rating.id } }, [
		el('article', { attrs: { 'aria-labelledby': headingId } }, [
			el('h3', { text: S.ratingHeading(level, formatTime(rating.rated)), attrs: { id: headingId } }),
			el('ul', { className: 'rating-details' }, details.map((text) => el('li', { text }))),
			el('p', { className: 'follow-up-state', text: followUpState(rating.followUp) }),
			followUpForm(rating),
		]),
	]);
}

function followUpState(followUp) {
	const status = S.statusNames[followUp.status] ?? followUp.status;
	return followUp.by ? S.followedUpBy(status, followUp.by, formatTime(followUp.at)) : S.notFollowedUp(status);
}

function followUpForm(rating) {
	const prefix = `fu-${rating.id}`;
	const statusSelect = el('select', { attrs: { id: `${prefix}-status`, name: 'status', 'aria-describedby': `${prefix}-status-error` } },
		Object.entries(S.statusNames).map(([value, label]) => el('option', {
			text: label,
			attrs: { value, selected: value === rating.followUp.status },
		})));
	const note = el('textarea', {
		text: rating.followUp.note ?? '',
		attrs: { id: `${prefix}-note`, name: 'note', rows: '2', maxlength: '1000', 'aria-describedby': `${prefix}-note-hint ${prefix}-note-error` },
	});
	const form = el('form', { className: 'follow-up form', attrs: { novalidate: true } }, [
		el('div', { className: 'field' }, [
			el('label', { text: S.followUpStatus, attrs: { for: `${prefix}-status` } }),
			statusSelect,
			el('p', { className: 'field-error', attrs: { id: `${prefix}-status-error` } }),
		]),
		el('div', { className: 'field field--wide' }, [
			el('label', { text: S.note, attrs: { for: `${prefix}-note` } }),
			note,
			el('p', { className: 'hint', text: S.noteHint, attrs: { id: `${prefix}-note-hint` } }),
			el('p', { className: 'field-error', attrs: { id: `${prefix}-note-error` } }),
		]),
		el('p', { className: 'form-error', attrs: { role: 'alert' } }),
		el('button', { className: 'primary', text: S.saveFollowUp, attrs: { type: 'submit' } }),
	]);
	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		clearErrors(form);
		try {
			const saved = await api('POST', `/api/ratings/${rating.id}/follow-up`,
				{ status: statusSelect.value, note: note.value });
			form.closest('article').querySelector('.follow-up-state').textContent = followUpState(saved.followUp);
			note.value = saved.followUp.note ?? '';
			announce(S.followUpSaved);
		} catch (error) {
			handle(error, form, prefix);
		}
	});
	return form;
}

// ---- Audit log ----

async function loadAudit(more) {
	const form = ui.auditFilters;
	clearErrors(form);
	const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
	for (const name of ['from', 'to', 'actor', 'action']) {
		const value = form.elements[name].value.trim();
		if (value) {
			query.set(name, value);
		}
	}
	if (more && lastShown.audit !== null) {
		query.set('before', String(lastShown.audit));
	}
	try {
		const entries = await api('GET', `/api/admin/audit?${query}`);
		if (!more) {
			ui.auditBody.replaceChildren();
		}
		ui.auditBody.append(...entries.map(auditRow));
		lastShown.audit = entries.length ? entries[entries.length - 1].id : lastShown.audit;
		ui.auditEmpty.hidden = ui.auditBody.childElementCount > 0;
		ui.auditMore.hidden = entries.length < PAGE_SIZE;
	} catch (error) {
		handle(error, form, 'audit');
	}
}

function auditRow(entry) {
	return el('tr', {}, [
		el('td', { text: formatTime(entry.occurred) }),
		el('td', { text: entry.actor }),
		el('td', { text: S.actionNames[entry.action] ?? entry.action, attrs: { title: entry.action } }),
		el('td', { text: entry.target ?? '' }),
		el('td', { text: entry.clientAddress ?? '' }),
		el('td', { text: S.outcomeNames[entry.outcome] ?? entry.outcome, attrs: { 'data-outcome': entry.outcome } }),
		el('td', { className: 'detail', text: entry.detail ?? '' }),
	]);
}

// ---- Shared ----

/**
 * Shows what went wrong: a lapsed login sends back to the sign-in form; the fields a 400 names
 * are marked in the form; anything else is said in the form or the status line.
 */
function handle(error, form, prefix) {
	if (!(error instanceof ApiError)) {
		announce(String(error?.message ?? error));
		return;
	}
	if (error.status === 401) {
		for (const dialog of document.querySelectorAll('dialog[open]')) {
			dialog.close();
		}
		showSignIn(S.sessionExpired);
		return;
	}
	const message = error.status === 0 ? S.unreachable : error.status === 403 ? S.forbidden : error.message;
	if (form && error.fieldErrors.length) {
		showFieldErrors(form, prefix, error.fieldErrors);
		form.querySelector('.form-error').textContent = S.fixFields;
	} else if (form?.querySelector('.form-error')) {
		form.querySelector('.form-error').textContent = message;
	} else {
		announce(message);
	}
}

function showFieldErrors(form, prefix, fieldErrors) {
	const messages = new Map();
	for (const { field, message } of fieldErrors) {
		messages.set(field, [...(messages.get(field) ?? []), message]);
	}
	let first = null;
	for (const [field, texts] of messages) {
		const holder = form.querySelector(`#${CSS.escape(`${prefix}-${field}-error`)}`);
		if (holder) {
			holder.textContent = texts.join('；');
		}
		const input = form.querySelector(`#${CSS.escape(`${prefix}-${field}`)}`)
			?? form.querySelector(`input[name="${CSS.escape(field)}"]`);
		if (input) {
			input.setAttribute('aria-invalid', 'true');
			first ??= input;
		}
	}
	first?.focus();
}

function clearErrors(form) {
	for (const holder of form.querySelectorAll('.field-error, .form-error')) {
		holder.textContent = '';
	}
	for (const input of form.querySelectorAll('[aria-invalid]')) {
		input.removeAttribute('aria-invalid');
	}
}

function announce(text) {
	ui.status.textContent = text;
}

function formatTime(iso) {
	return iso ? timeFormat.format(new Date(iso)) : '';
}
