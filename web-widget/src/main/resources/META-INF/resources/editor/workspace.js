/**
 * The workspace of the guides view: one guide open at a time, new or published or withdrawn,
 * with its form, its preview and its history as tabs, and the actions on it: save (with
 * If-Match, so that a save over someone else's is refused and offered for reload) and withdraw.
 */
import { ApiError } from '../shared/staff-session.js';
import { el } from '../shared/dom.js';
import { editable, publishable } from './guide-fields.js';
import { guideForm } from './guide-form.js';
import { createHistory } from './history.js';
import * as kb from './kb.js';
import { createPreview } from './preview.js';
import { strings as S } from './strings.js';
import { tabs } from './tabs.js';
import { confirmAction, failureText, showMessage } from './ui.js';
import { serverMessage, validate } from './validation.js';

const PREVIEW_DELAY_MS = 250;

/**
 * Builds the workspace into its section.
 *
 * @param {HTMLElement} container
 * @param {object} context
 * @param {(error: unknown) => boolean} context.signedOut
 * @param {() => void} context.guideChanged
 * @returns {{open(id: string): Promise<boolean>, create(): Promise<boolean>, currentId(): string|null}}
 */
export function createWorkspace(container, context) {
	const heading = el('h2', { text: S.noGuideOpen, attrs: { id: 'workspace-heading', tabindex: '-1' } });
	const badge = el('p', { className: 'version-badge', attrs: { hidden: true } });
	const unsaved = el('p', { className: 'unsaved', text: S.unsavedChanges, attrs: { hidden: true } });
	const withdrawnNotice = el('p', { className: 'notice notice--warning', text: S.withdrawnNotice, attrs: { hidden: true } });
	const status = el('p', { className: 'message form-status', attrs: { hidden: true } });
	const conflictText = el('p');
	const conflict = el('div', { className: 'conflict notice notice--error', attrs: { role: 'alert', hidden: true } }, [
		conflictText,
		el('button', { className: 'button reload-latest', text: S.reloadLatest, attrs: { type: 'button' }, on: { click: reloadLatest } }),
	]);
	const save = el('button', { className: 'button button--primary save', text: S.save, attrs: { type: 'button' }, on: { click: saveGuide } });
	const withdraw = el('button', { className: 'button button--danger withdraw', text: S.withdraw, attrs: { type: 'button' }, on: { click: withdrawGuide } });
	const toolbar = el('div', { className: 'toolbar', attrs: { hidden: true } }, [save, withdraw, unsaved]);
	const summarySlot = el('div');
	const editPanel = el('div', { className: 'tab-panel edit-panel' });
	const previewPanel = el('div', { className: 'tab-panel preview-panel' });
	const historyPanel = el('div', { className: 'tab-panel history-panel' });
	const preview = createPreview(previewPanel);
	const history = createHistory(historyPanel, {
		signedOut: context.signedOut,
		restored: async (id) => {
			context.guideChanged();
			await load(id);
		},
	});
	const workspaceTabs = tabs([
		{ key: 'edit', label: S.tabs.edit, panel: editPanel },
		{ key: 'preview', label: S.tabs.preview, panel: previewPanel },
		{ key: 'history', label: S.tabs.history, panel: historyPanel },
	], {
		label: S.workspaceTabs,
		onSelect: (key) => {
			if (key === 'preview' && state) {
				preview.show(state.values);
			}
		},
	});
	const body = el('div', { className: 'workspace-body', attrs: { hidden: true } }, [workspaceTabs.element, editPanel, previewPanel, historyPanel]);
	container.append(
		el('div', { className: 'panel-header' }, [heading, badge]),
		withdrawnNotice, toolbar, status, conflict, summarySlot, body,
	);

	/** The guide open: {id, version, isNew, withdrawn, values, form, dirty}, or null. */
	let state = null;
	let previewTimer;
	window.addEventListener('beforeunload', (event) => {
		if (state?.dirty) {
			event.preventDefault();
		}
	});

	function show(values, { id = null, version = null, isNew = false, withdrawn = false } = {}) {
		const form = guideForm(values, {
			isNew,
			changed: () => {
				state.dirty = true;
				unsaved.hidden = false;
				window.clearTimeout(previewTimer);
				previewTimer = window.setTimeout(() => preview.show(values), PREVIEW_DELAY_MS);
			},
		});
		state = { id, version, isNew, withdrawn, values, form, dirty: false };
		heading.textContent = isNew ? S.newGuideHeading : S.editingHeading(values.title);
		badge.textContent = version ? S.versionBadge(version) : '';
		badge.hidden = !version;
		withdrawnNotice.hidden = !withdrawn;
		unsaved.hidden = true;
		withdraw.hidden = isNew || withdrawn;
		toolbar.hidden = false;
		conflict.hidden = true;
		showMessage(status, '');
		summarySlot.replaceChildren(form.summary);
		editPanel.replaceChildren(form.element);
		body.hidden = false;
		preview.show(values);
		history.load(isNew ? null : id, version);
	}

	async function mayLeave() {
		return !state?.dirty || confirmAction(S.confirmDiscard, S.confirm);
	}

	/** Loads a guide: the published one, or for a withdrawn guide its latest version. */
	async function load(id) {
		try {
			const { guide, version } = await kb.getGuide(id);
			show(editable(guide), { id, version });
		} catch (error) {
			if (!(error instanceof ApiError && error.status === 404)) {
				throw error;
			}
			const versions = await kb.versions(id);
			const latest = versions.at(-1);
			const content = await kb.version(id, latest.version);
			show(editable(content.guide), { id, version: latest.version, withdrawn: true });
		}
	}

	async function open(id) {
		if (!await mayLeave()) {
			return false;
		}
		try {
			await load(id);
			workspaceTabs.select('edit');
			context.guideChanged();
			heading.focus();
			return true;
		} catch (error) {
			if (!context.signedOut(error)) {
				showMessage(status, error instanceof ApiError && error.status === 404 ? S.notFound : failureText(error), true);
			}
			return false;
		}
	}

	async function create() {
		if (!await mayLeave()) {
			return false;
		}
		show(editable({}), { isNew: true });
		workspaceTabs.select('edit');
		heading.focus();
		return true;
	}

	async function saveGuide() {
		const current = state;
		conflict.hidden = true;
		showMessage(status, '');
		const problems = validate(current.values);
		if (current.isNew && problems.every((problem) => problem.field !== 'id') && await idTaken(current.values.id.trim())) {
			problems.unshift({ field: 'id', message: S.problems.idTaken });
		}
		if (problems.length > 0) {
			workspaceTabs.select('edit');
			current.form.showProblems(problems, true);
			return;
		}
		const guide = publishable(current.values);
		save.disabled = true;
		save.textContent = S.saving;
		try {
			const outcome = await kb.saveGuide(guide.id, guide, current.isNew ? null : current.version);
			current.form.showProblems([], false);
			const words = outcome.change === 'CREATED' ? S.created(outcome.version)
				: outcome.change === 'UNCHANGED' ? S.unchanged : S.saved(outcome.version);
			show(current.values, { id: guide.id, version: outcome.version });
			showMessage(status, words);
			context.guideChanged();
		} catch (error) {
			if (context.signedOut(error)) {
				return;
			}
			if (error instanceof ApiError && error.status === 409) {
				conflictText.replaceChildren(
					el('strong', { text: S.conflict }),
					' ',
					Number.isSafeInteger(error.problem?.currentVersion) ? S.conflictVersions(current.version, error.problem.currentVersion) : error.message,
				);
				conflict.hidden = false;
				conflict.querySelector('button').focus();
			} else if (error instanceof ApiError && error.status === 400 && error.fieldErrors.length > 0) {
				workspaceTabs.select('edit');
				current.form.showProblems(error.fieldErrors.map((problem) => ({ field: problem.field, message: serverMessage(problem.message) })), true);
			} else {
				showMessage(status, failureText(error), true);
			}
		} finally {
			save.disabled = false;
			save.textContent = S.save;
		}
	}

	async function idTaken(id) {
		const guides = await kb.listGuides({ query: id });
		return guides.some((guide) => guide.id === id);
	}

	async function reloadLatest() {
		state.dirty = false;
		await open(state.id);
	}

	async function withdrawGuide() {
		const current = state;
		if (!await confirmAction(S.confirmWithdraw(current.values.title), S.withdraw)) {
			return;
		}
		try {
			await kb.withdrawGuide(current.id);
			await load(current.id);
			showMessage(status, S.withdrawn);
			context.guideChanged();
		} catch (error) {
			if (!context.signedOut(error)) {
				showMessage(status, failureText(error), true);
			}
		}
	}

	return { open, create, currentId: () => state?.id ?? null };
}
