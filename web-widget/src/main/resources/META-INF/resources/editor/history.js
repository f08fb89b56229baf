/**
 * The history of the guide open in the workspace: its versions with author and time, the
 * changes between two versions field by field (GET …/diff), and restoring an earlier version as
 * a new one.
 */
import { el } from '../shared/dom.js';
import { describe } from './guide-form.js';
import * as kb from './kb.js';
import { strings as S } from './strings.js';
import { confirmAction, failureText, formatTime, showMessage } from './ui.js';

/**
 * Builds the history panel.
 *
 * @param {HTMLElement} container
 * @param {object} context
 * @param {(error: unknown) => boolean} context.signedOut
 * @param {(id: string, version: number, newVersion: number) => Promise<void>} context.restored called after a restore
 * @returns {{load(id: string|null, current: number|null): Promise<void>}}
 */
export function createHistory(container, context) {
	const message = el('p', { className: 'message', attrs: { hidden: true } });
	const table = el('table', { className: 'table versions' });
	const from = el('select', { attrs: { id: 'diff-from' } });
	const to = el('select', { attrs: { id: 'diff-to' } });
	const diffResult = el('div', { className: 'diff', attrs: { 'aria-live': 'polite' } });
	const diffForm = el('form', { className: 'diff-form', attrs: { novalidate: true } }, [
		el('div', { className: 'field field--inline' }, [el('label', { text: S.diffFrom, attrs: { for: from.id } }), from]),
		el('div', { className: 'field field--inline' }, [el('label', { text: S.diffTo, attrs: { for: to.id } }), to]),
		el('button', { className: 'button', text: S.diffShow, attrs: { type: 'submit' } }),
	]);
	const diffSection = el('section', { className: 'diff-section', attrs: { 'aria-labelledby': 'diff-heading' } }, [
		el('h3', { text: S.diffHeading, attrs: { id: 'diff-heading' } }),
		diffForm,
		diffResult,
	]);
	container.append(el('h3', { text: S.historyHeading }), message, table, diffSection);
	diffForm.addEventListener('submit', (event) => {
		event.preventDefault();
		showDiff();
	});

	let guideId = null;

	async function load(id, current) {
		guideId = id;
		showMessage(message, '');
		table.replaceChildren();
		diffResult.replaceChildren();
		diffSection.hidden = true;
		if (!id) {
			showMessage(message, S.historyEmpty);
			return;
		}
		try {
			const versions = await kb.versions(id);
			if (guideId !== id) {
				return;
			}
			showVersions(versions, current ?? versions.at(-1)?.version);
		} catch (error) {
			if (!context.signedOut(error)) {
				showMessage(message, failureText(error), true);
			}
		}
	}

	function showVersions(versions, current) {
		const newestFirst = [...versions].reverse();
		table.replaceChildren(
			el('thead', {}, [el('tr', {}, Object.values(S.historyColumns).map((text) => el('th', { text, attrs: { scope: 'col' } })))]),
			el('tbody', {}, newestFirst.map((version) => el('tr', { attrs: { 'data-version': version.version } }, [
				el('th', { attrs: { scope: 'row' } }, [
					S.versionBadge(version.version),
					version.version === current && el('span', { className: 'current', text: S.currentVersion }),
				]),
				el('td', { text: version.author }),
				el('td', { text: formatTime(version.created) }),
				el('td', {}, [
					version.version !== current && el('button', {
						className: 'button button--small restore',
						text: S.restore,
						attrs: { type: 'button', 'aria-label': S.restoreItem(version.version) },
						on: { click: () => restore(version.version) },
					}),
				]),
			]))),
		);
		diffSection.hidden = false;
		const options = () => newestFirst.map((version) => el('option', { text: S.versionOption(version.version, version.author), attrs: { value: version.version } }));
		from.replaceChildren(...options());
		to.replaceChildren(...options());
		if (versions.length < 2) {
			diffForm.hidden = true;
			diffResult.replaceChildren(el('p', { className: 'hint', text: S.diffNeedsTwo }));
			return;
		}
		diffForm.hidden = false;
		to.value = String(newestFirst[0].version);
		from.value = String(newestFirst[1].version);
	}

	async function showDiff() {
		const id = guideId;
		diffResult.replaceChildren(el('p', { className: 'hint', text: S.loading }));
		try {
			const diff = await kb.diff(id, from.value, to.value);
			if (id !== guideId) {
				return;
			}
			const changes = Array.isArray(diff.changes) ? diff.changes : [];
			diffResult.replaceChildren(
				el('h4', { text: S.diffTitle(diff.from ?? from.value, diff.to ?? to.value) }),
				changes.length === 0
					? el('p', { text: S.diffNone })
					: el('table', { className: 'table diff-table' }, [
						el('thead', {}, [el('tr', {}, Object.values(S.diffColumns).map((text) => el('th', { text, attrs: { scope: 'col' } })))]),
						el('tbody', {}, changes.map((change) => el('tr', { attrs: { 'data-field': change.field } }, [
							el('th', { text: describe(change.field), attrs: { scope: 'row' } }),
							el('td', { className: 'diff-before' }, [value(change.before, change.after, S.diffRemoved, 'diff-removed')]),
							el('td', { className: 'diff-after' }, [value(change.after, change.before, S.diffAdded, 'diff-added')]),
						]))),
					]),
			);
		} catch (error) {
			if (!context.signedOut(error)) {
				diffResult.replaceChildren(el('p', { className: 'message message--error', text: failureText(error) }));
			}
		}
	}

	async function restore(version) {
		if (!await confirmAction(S.confirmRestore(version), S.restore)) {
			return;
		}
		const id = guideId;
		try {
			const outcome = await kb.restore(id, version);
			await context.restored(id, version, outcome.version);
			await load(id, outcome.version);
			showMessage(message, S.restored(version, outcome.version));
		} catch (error) {
			if (!context.signedOut(error)) {
				showMessage(message, failureText(error), true);
			}
		}
	}

	return { load };
}

/**
 * A field's value in a version: text, a list (items not in the other version marked), or 无.
 */
function value(mine, other, markText, markClass) {
	if (mine === null || mine === undefined || mine === '') {
		return el('span', { className: 'hint', text: S.diffEmptyValue });
	}
	if (Array.isArray(mine)) {
		const others = new Set((Array.isArray(other) ? other : []).map(itemText));
		return el('ol', { className: 'diff-list' }, mine.map((item) => {
			const text = itemText(item);
			const changed = !others.has(text);
			return el('li', { className: changed ? markClass : null }, [
				el('span', { className: 'text', text }),
				changed && el('span', { className: 'diff-mark', text: markText }),
			]);
		}));
	}
	return el('p', { className: 'text', text: typeof mine === 'string' ? mine : JSON.stringify(mine) });
}

function itemText(item) {
	if (item && typeof item === 'object' && 'q' in item) {
		return S.faqLine(item.q ?? '', item.a ?? '');
	}
	return typeof item === 'string' ? item : JSON.stringify(item);
}
