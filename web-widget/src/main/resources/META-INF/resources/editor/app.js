/**
 * The editor console: signs the editor in, then wires the views (guides, import and export,
 * lexicon, gap inbox, try a question) to the page of index.html.
 *
 * Only accounts with the role EDITOR or ADMIN get past the sign-in; a call refused with 401
 * (the token expired or was revoked) brings the sign-in back. Words come from strings.js, calls
 * from kb.js; no received text is ever inserted as markup.
 */
import { fillStrings } from '../shared/dom.js';
import { ApiError, currentStaff, signIn, signOut } from '../shared/staff-session.js';
import { createGaps } from './gaps.js';
import { createGuideList } from './guide-list.js';
import { createImportExport } from './import-export.js';
import { createLexicon } from './lexicon.js';
import { strings as S } from './strings.js';
import { tabs } from './tabs.js';
import { createTry } from './try.js';
import { showMessage } from './ui.js';
import { createWorkspace } from './workspace.js';

const EDITOR_ROLES = ['EDITOR', 'ADMIN'];

const ui = {
	account: document.querySelector('.account'),
	accountName: document.querySelector('.account-name'),
	signOut: document.querySelector('.sign-out'),
	signIn: document.querySelector('.sign-in'),
	signInForm: document.querySelector('.sign-in-form'),
	signInMessage: document.querySelector('.sign-in-message'),
	signInSubmit: document.querySelector('.sign-in-submit'),
	console: document.querySelector('.console'),
	nav: document.querySelector('.views-nav'),
};

document.title = S.pageTitle;
fillStrings(document, S);

/** What every view may ask of the console. */
const context = {
	/** Handles a failed call that means the editor must sign in again; true if it was one. */
	signedOut(error) {
		if (error instanceof ApiError && error.status === 401) {
			showSignIn(S.sessionEnded);
			return true;
		}
		return false;
	},
	/** Opens a guide in the guides view. */
	async openGuide(id) {
		views.select('guides');
		await workspace.open(id);
	},
	/** Tells the list that a guide changed. */
	guideChanged() {
		guideList.refresh();
	},
};

const workspace = createWorkspace(document.querySelector('.workspace'), context);
const guideList = createGuideList(document.querySelector('.guide-list'), {
	...context,
	open: (id) => workspace.open(id),
	create: () => workspace.create(),
	isCurrent: (id) => workspace.currentId() === id,
});
const viewModules = {
	guides: { show: () => guideList.refresh() },
	transfer: createImportExport(document.querySelector('.view--transfer'), context),
	lexicon: createLexicon(document.querySelector('.view--lexicon'), context),
	gaps: createGaps(document.querySelector('.view--gaps'), context),
	try: createTry(document.querySelector('.view--try'), context),
};
const views = tabs(
	[...document.querySelectorAll('.view')].map((panel) => ({ key: panel.dataset.view, label: S.views[panel.dataset.view], panel })),
	{ label: S.mainNav, className: 'tabs tabs--views', onSelect: (key) => viewModules[key].show() },
);
ui.nav.append(views.element);

ui.signInForm.addEventListener('submit', async (event) => {
	event.preventDefault();
	const username = ui.signInForm.elements.username.value.trim();
	const password = ui.signInForm.elements.password.value;
	if (username === '' || password === '') {
		showMessage(ui.signInMessage, S.signInRequired, true);
		return;
	}
	ui.signInSubmit.disabled = true;
	ui.signInSubmit.textContent = S.signingIn;
	try {
		const staff = await signIn(username, password);
		if (!staff.roles.some((role) => EDITOR_ROLES.includes(role))) {
			await signOut();
			showMessage(ui.signInMessage, S.notAnEditor, true);
			return;
		}
		ui.signInForm.elements.password.value = '';
		showConsole(staff);
	} catch (error) {
		showMessage(ui.signInMessage, signInFailure(error), true);
	} finally {
		ui.signInSubmit.disabled = false;
		ui.signInSubmit.textContent = S.signIn;
	}
});

ui.signOut.addEventListener('click', async () => {
	await signOut();
	showSignIn('');
});

function signInFailure(error) {
	if (!(error instanceof ApiError)) {
		return S.genericError('');
	}
	if (error.status === 0) {
		return S.unreachable;
	}
	if (error.status === 429 || error.status === 423) {
		return S.tooManyAttempts(Number(error.problem?.retryAfter) || 0);
	}
	return error.message || S.genericError('');
}

function showSignIn(message) {
	ui.console.hidden = true;
	ui.account.hidden = true;
	ui.signIn.hidden = false;
	showMessage(ui.signInMessage, message, message !== '');
	ui.signInForm.elements.username.focus();
}

function showConsole(staff) {
	ui.signIn.hidden = true;
	showMessage(ui.signInMessage, '');
	ui.accountName.textContent = S.signedInAs(staff.username);
	ui.account.hidden = false;
	ui.console.hidden = false;
	views.select(views.selected());
}

const staff = currentStaff();
if (staff && staff.roles.some((role) => EDITOR_ROLES.includes(role))) {
	showConsole(staff);
} else {
	showSignIn('');
}
