/**
 * The list of guides with its search and filters (category, department, updated before a day).
 * Each row opens its guide in the workspace; the choices of category and department are the
 * ones the guides have.
 */
import { el } from '../shared/dom.js';
import * as kb from './kb.js';
import { strings as S } from './strings.js';
import { failureText, showMessage } from './ui.js';

const SEARCH_DELAY_MS = 300;

/**
 * Builds the list into its section.
 *
 * @param {HTMLElement} container
 * @param {object} context
 * @param {(id: string) => Promise<unknown>} context.open opens a guide
 * @param {() => void} context.create starts a new guide
 * @param {(id: string) => boolean} context.isCurrent whether a guide is the one open
 * @param {(error: unknown) => boolean} context.signedOut
 * @returns {{refresh(): Promise<void>}}
 */
export function createGuideList(container, context) {
	const search = el('input', { attrs: { type: 'search', id: 'list-query', name: 'query', placeholder: S.searchPlaceholder } });
	const category = el('select', { attrs: { id: 'list-category', name: 'category' } }, [option('', S.any)]);
	const department = el('select', { attrs: { id: 'list-department', name: 'department' } }, [option('', S.any)]);
	const updatedBefore = el('input', { attrs: { type: 'date', id: 'list-updated-before', name: 'updatedBefore' } });
	const count = el('p', { className: 'list-count', attrs: { role: 'status' } });
	const message = el('p', { className: 'message', attrs: { hidden: true } });
	const rows = el('ul', { className: 'guide-rows', attrs: { 'aria-labelledby': 'list-heading' } });
	const filters = el('form', { className: 'filters', attrs: { role: 'search', novalidate: true } }, [
		labelled(S.search, search),
		labelled(S.category, category),
		labelled(S.department, department),
		labelled(S.updatedBefore, updatedBefore),
		el('div', { className: 'actions' }, [
			el('button', { className: 'button', text: S.applyFilters, attrs: { type: 'submit' } }),
			el('button', { className: 'button', text: S.clearFilters, attrs: { type: 'reset' } }),
		]),
	]);

	container.append(
		el('div', { className: 'panel-header' }, [
			el('h2', { text: S.listHeading, attrs: { id: 'list-heading' } }),
			el('button', { className: 'button button--primary new-guide', text: S.newGuide, attrs: { type: 'button' }, on: { click: () => context.create() } }),
		]),
		filters, count, message, rows,
	);

	let searchTimer;
	let request = 0;
	let choicesLoaded = false;

	filters.addEventListener('submit', (event) => {
		event.preventDefault();
		refresh();
	});
	filters.addEventListener('reset', () => window.setTimeout(refresh));
	search.addEventListener('input', () => {
		window.clearTimeout(searchTimer);
		searchTimer = window.setTimeout(refresh, SEARCH_DELAY_MS);
	});
	for (const control of [category, department, updatedBefore]) {
		control.addEventListener('change', refresh);
	}

	async function refresh() {
		const mine = ++request;
		try {
			if (!choicesLoaded) {
				fillChoices(await kb.listGuides());
				choicesLoaded = true;
			}
			const guides = await kb.listGuides({
				query: search.value.trim(),
				category: category.value,
				department: department.value,
				updatedBefore: updatedBefore.value,
			});
			if (mine !== request) {
				return;
			}
			showMessage(message, '');
			show(guides);
		} catch (error) {
			if (!context.signedOut(error)) {
				showMessage(message, failureText(error), true);
			}
		}
	}

	function fillChoices(guides) {
		const distinct = (key) => [...new Set(guides.map((guide) => guide[key]).filter((value) => typeof value === 'string' && value !== ''))]
			.sort((a, b) => a.localeCompare(b, 'zh-CN'));
		category.append(...distinct('category').map((value) => option(value, value)));
		department.append(...distinct('department').map((value) => option(value, value)));
	}

	function show(guides) {
		count.textContent = S.listCount(guides.length);
		rows.replaceChildren(...(guides.length === 0
			? [el('li', { className: 'empty', text: S.listEmpty })]
			: guides.map(row)));
	}

	function row(guide) {
		const current = context.isCurrent(guide.id);
		return el('li', { className: guide.withdrawn ? 'guide-row guide-row--withdrawn' : 'guide-row', attrs: { 'data-id': guide.id } }, [
			el('button', {
				className: 'guide-open',
				attrs: { type: 'button', 'aria-current': current ? 'true' : null },
				on: { click: () => context.open(guide.id) },
			}, [
				el('span', { className: 'guide-row-title', text: guide.title }),
				guide.withdrawn && el('span', { className: 'badge badge--withdrawn', text: S.withdrawnBadge }),
				el('span', { className: 'guide-row-meta' }, [
					el('span', { text: guide.id }),
					el('span', { text: guide.department }),
					guide.category && el('span', { text: guide.category }),
					el('span', { text: S.versionBadge(guide.version) }),
					guide.updatedAt && el('span', { text: guide.updatedAt }),
				]),
			]),
		]);
	}

	return { refresh };
}

function option(value, label) {
	return el('option', { text: label, attrs: { value } });
}

function labelled(label, control) {
	return el('div', { className: 'field field--inline' }, [el('label', { text: label, attrs: { for: control.id } }), control]);
}
