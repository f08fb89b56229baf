/**
 * The lexicon: the domain words added to the engine's dictionary and the groups of synonyms, one
 * per line, saved with If-Match over the version read (a 409 offers to reload), with the lines
 * the server refuses named, and the versions saved so far.
 */
import { ApiError } from '../shared/staff-session.js';
import { el } from '../shared/dom.js';
import * as kb from './kb.js';
import { strings as S } from './strings.js';
import { failureText, formatTime, showMessage } from './ui.js';

const SYNONYM_SEPARATOR = /[\s,，、;；]+/;

/**
 * Builds the view.
 *
 * @param {HTMLElement} container
 * @param {object} context
 * @param {(error: unknown) => boolean} context.signedOut
 * @returns {{show(): Promise<void>}}
 */
export function createLexicon(container, context) {
	const words = el('textarea', { className: 'control', attrs: { id: 'lexicon-words', rows: 12, spellcheck: 'false', 'aria-describedby': 'lexicon-words-error' } });
	const synonyms = el('textarea', { className: 'control', attrs: { id: 'lexicon-synonyms', rows: 12, spellcheck: 'false', 'aria-describedby': 'lexicon-synonyms-error' } });
	const wordsError = el('div', { className: 'field-error', attrs: { id: 'lexicon-words-error', hidden: true } });
	const synonymsError = el('div', { className: 'field-error', attrs: { id: 'lexicon-synonyms-error', hidden: true } });
	const versionLine = el('p', { className: 'hint' });
	const message = el('p', { className: 'message', attrs: { hidden: true } });
	const conflict = el('div', { className: 'notice notice--error', attrs: { role: 'alert', hidden: true } }, [
		el('p', { text: S.lexiconConflict }),
		el('button', { className: 'button', text: S.lexiconReload, attrs: { type: 'button' }, on: { click: () => load(true) } }),
	]);
	const save = el('button', { className: 'button button--primary', text: S.lexiconSave, attrs: { type: 'submit' } });
	const form = el('form', { className: 'lexicon-form', attrs: { novalidate: true } }, [
		el('div', { className: 'lexicon-columns' }, [
			el('div', { className: 'field', attrs: { 'data-field': 'words' } }, [el('label', { text: S.lexiconWords, attrs: { for: words.id } }), words, wordsError]),
			el('div', { className: 'field', attrs: { 'data-field': 'synonyms' } }, [el('label', { text: S.lexiconSynonyms, attrs: { for: synonyms.id } }), synonyms, synonymsError]),
		]),
		el('div', { className: 'actions' }, [save]),
	]);
	const versions = el('table', { className: 'table' });
	const noHistory = el('p', { className: 'hint', text: S.lexiconNoHistory, attrs: { hidden: true } });
	container.append(
		el('h2', { text: S.lexiconHeading }),
		el('p', { className: 'hint', text: S.lexiconHint }),
		versionLine, message, conflict, form,
		el('section', { className: 'lexicon-history', attrs: { 'aria-labelledby': 'lexicon-history-heading' } }, [
			el('h3', { text: S.lexiconHistory, attrs: { id: 'lexicon-history-heading' } }),
			versions,
			noHistory,
		]),
	);

	let version = null;
	/** The lines sent with the last save, to name a refused item by its line in the box. */
	let sent = { words: [], synonyms: [] };
	let loaded = false;
	let dirty = false;
	setEditable(false);
	for (const area of [words, synonyms]) {
		area.addEventListener('input', () => { dirty = true; });
	}

	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		conflict.hidden = true;
		showErrors([]);
		showMessage(message, '');
		save.disabled = true;
		try {
			sent = { words: lines(words.value), synonyms: lines(synonyms.value) };
			const saved = await kb.saveLexicon(sent.words.map(({ text }) => text),
				sent.synonyms.map(({ text }) => text.split(SYNONYM_SEPARATOR).filter(Boolean)), version);
			dirty = false;
			await load(true);
			const done = S.lexiconSaved(saved?.version ?? version);
			showMessage(message, done);
		} catch (error) {
			if (context.signedOut(error)) {
				return;
			}
			if (error instanceof ApiError && error.status === 409) {
				conflict.hidden = false;
				conflict.querySelector('button').focus();
			} else if (error instanceof ApiError && error.status === 400 && error.fieldErrors.length > 0) {
				showErrors(error.fieldErrors);
			} else {
				showMessage(message, failureText(error), true);
			}
		} finally {
			save.disabled = !loaded;
		}
	});

	/** Shows each refused item under its box, naming its line (`words[3]` → line 4). */
	function showErrors(problems) {
		for (const [name, node, area] of [['words', wordsError, words], ['synonyms', synonymsError, synonyms]]) {
			const mine = problems.filter((problem) => String(problem.field).startsWith(name));
			node.replaceChildren(...mine.map((problem) => {
				const line = /^\w+\[(\d+)\]/.exec(problem.field);
				const lineNumber = line ? sent[name][Number(line[1])]?.line : undefined;
				const where = lineNumber ? S.lexiconLine(name, lineNumber) : '';
				return el('p', { text: where ? `${where}：${problem.message}` : problem.message });
			}));
			node.hidden = mine.length === 0;
			if (mine.length > 0) {
				area.setAttribute('aria-invalid', 'true');
			} else {
				area.removeAttribute('aria-invalid');
			}
		}
		if (problems.length > 0) {
			(problems.some((problem) => String(problem.field).startsWith('words')) ? words : synonyms).focus();
		}
	}

	async function load(force) {
		if (loaded && !force) {
			return;
		}
		// Until the lexicon is in, nothing typed could be kept: the boxes wait read-only.
		setEditable(false);
		try {
			const lexicon = await kb.lexicon();
			version = lexicon.version;
			words.value = (lexicon.words ?? []).join('\n');
			synonyms.value = (lexicon.synonyms ?? []).map((group) => group.join(' ')).join('\n');
			versionLine.textContent = S.lexiconVersion(version);
			conflict.hidden = true;
			dirty = false;
			loaded = true;
			setEditable(true);
			showHistory(await kb.lexiconVersions());
		} catch (error) {
			if (!context.signedOut(error)) {
				showMessage(message, failureText(error), true);
			}
		}
	}

	function setEditable(editable) {
		words.readOnly = !editable;
		synonyms.readOnly = !editable;
		save.disabled = !editable;
	}

	function showHistory(list) {
		const newestFirst = [...(Array.isArray(list) ? list : [])].reverse();
		versions.hidden = newestFirst.length === 0;
		noHistory.hidden = newestFirst.length > 0;
		versions.replaceChildren(
			el('thead', {}, [el('tr', {}, Object.values(S.lexiconHistoryColumns).map((text) => el('th', { text, attrs: { scope: 'col' } })))]),
			el('tbody', {}, newestFirst.map((entry) => el('tr', {}, [
				el('td', { text: S.versionBadge(entry.version) }),
				el('td', { text: entry.author ?? S.none }),
				el('td', { text: formatTime(entry.created) }),
			]))),
		);
	}

	return { show: () => (dirty ? Promise.resolve() : load(false)) };
}

/** The lines that are not blank, each with its number in the box (from 1). */
function lines(text) {
	return text.split('\n').map((line, index) => ({ text: line.trim(), line: index + 1 })).filter(({ text: line }) => line !== '');
}
