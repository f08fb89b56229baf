/**
 * Import and export of guides: a JSON (guide file format) or CSV file uploaded to
 * POST /api/kb/import, with the report of what was created, updated, unchanged or rejected and
 * why; and every published guide downloaded as JSON or CSV.
 */
import { el } from '../shared/dom.js';
import { describe } from './guide-form.js';
import * as kb from './kb.js';
import { strings as S } from './strings.js';
import { download, failureText, showMessage } from './ui.js';
import { serverMessage } from './validation.js';

/**
 * Builds the view.
 *
 * @param {HTMLElement} container
 * @param {object} context
 * @param {(error: unknown) => boolean} context.signedOut
 * @param {() => void} context.guideChanged
 * @returns {{show(): void}}
 */
export function createImportExport(container, context) {
	const file = el('input', { attrs: { type: 'file', id: 'import-file', accept: '.json,.csv,application/json,text/csv', 'aria-describedby': 'import-hint' } });
	const run = el('button', { className: 'button button--primary', text: S.importRun, attrs: { type: 'submit' } });
	const importMessage = el('p', { className: 'message', attrs: { hidden: true } });
	const report = el('div', { className: 'import-report', attrs: { hidden: true, tabindex: '-1', 'aria-labelledby': 'import-report-heading' } });
	const importForm = el('form', { className: 'import-form', attrs: { novalidate: true } }, [
		el('p', { className: 'hint', text: S.importHint, attrs: { id: 'import-hint' } }),
		el('div', { className: 'field' }, [el('label', { text: S.importFile, attrs: { for: file.id } }), file]),
		el('div', { className: 'actions' }, [run]),
	]);
	const exportMessage = el('p', { className: 'message', attrs: { hidden: true } });
	container.append(
		el('section', { className: 'import-section', attrs: { 'aria-labelledby': 'import-heading' } }, [
			el('h2', { text: S.importHeading, attrs: { id: 'import-heading' } }),
			importForm, importMessage, report,
		]),
		el('section', { className: 'export-section', attrs: { 'aria-labelledby': 'export-heading' } }, [
			el('h2', { text: S.exportHeading, attrs: { id: 'export-heading' } }),
			el('p', { className: 'hint', text: S.exportHint }),
			el('div', { className: 'actions' }, [
				el('button', { className: 'button export-json', text: S.exportJson, attrs: { type: 'button' }, on: { click: () => exportAs('json') } }),
				el('button', { className: 'button export-csv', text: S.exportCsv, attrs: { type: 'button' }, on: { click: () => exportAs('csv') } }),
			]),
			exportMessage,
		]),
	);

	importForm.addEventListener('submit', async (event) => {
		event.preventDefault();
		report.hidden = true;
		const chosen = file.files?.[0];
		if (!chosen) {
			showMessage(importMessage, S.importChooseFile, true);
			return;
		}
		const format = formatOf(chosen);
		if (!format) {
			showMessage(importMessage, S.importUnknownType, true);
			return;
		}
		run.disabled = true;
		showMessage(importMessage, S.importing);
		try {
			const result = await kb.importGuides(await chosen.text(), format);
			showMessage(importMessage, '');
			showReport(result);
			context.guideChanged();
		} catch (error) {
			if (!context.signedOut(error)) {
				showMessage(importMessage, failureText(error), true);
			}
		} finally {
			run.disabled = false;
		}
	});

	function showReport(result) {
		const rejected = Array.isArray(result.rejected) ? result.rejected : [];
		const counts = { ...result, rejected: rejected.length };
		report.replaceChildren(
			el('h3', { text: S.importReport, attrs: { id: 'import-report-heading' } }),
			el('dl', { className: 'counts' }, Object.entries(S.importCounts).flatMap(([key, label]) => [
				el('dt', { text: label }),
				el('dd', { text: String(counts[key] ?? 0), attrs: { 'data-count': key } }),
			])),
			rejected.length === 0
				? el('p', { text: S.importNoRejected })
				: el('table', { className: 'table rejected' }, [
					el('thead', {}, [el('tr', {}, Object.values(S.importRejectedColumns).map((text) => el('th', { text, attrs: { scope: 'col' } })))]),
					el('tbody', {}, rejected.map((row) => el('tr', {}, [
						el('td', { text: S.importRow(Number(row.index) || 0, row.line) }),
						el('td', { text: row.id ?? S.none }),
						el('td', {}, [el('ul', {}, (Array.isArray(row.errors) ? row.errors : []).map((problem) => el('li', {
							text: `${describe(problem.field)}${problem.column ? S.importColumn(problem.column) : ''}：${serverMessage(problem.message)}`,
						})))]),
					]))),
				]),
		);
		report.hidden = false;
		report.focus();
	}

	async function exportAs(format) {
		showMessage(exportMessage, '');
		try {
			const text = await kb.exportGuides(format);
			const name = format === 'csv' ? 'guides.csv' : 'guides.json';
			// Reading the answer drops the CSV's byte order mark, which spreadsheets need to see UTF-8.
			const content = format === 'csv' && !text.startsWith('\uFEFF') ? `\uFEFF${text}` : text;
			download(name, content, format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json;charset=utf-8');
			showMessage(exportMessage, S.exported(name));
		} catch (error) {
			if (!context.signedOut(error)) {
				showMessage(exportMessage, failureText(error), true);
			}
		}
	}

	return { show: () => {} };
}

function formatOf(file) {
	const name = file.name.toLowerCase();
	if (name.endsWith('.json') || file.type === 'application/json') {
		return 'json';
	}
	if (name.endsWith('.csv') || file.type === 'text/csv') {
		return 'csv';
	}
	return null;
}
