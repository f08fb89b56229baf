/**
 * The form for every field of a guide, and the problems shown next to their fields: the page's
 * own checks as the editor leaves a field, and after a save the server's field errors by their
 * path (`fee`, `materials[2]`, `faqs[0].q`), with a summary on top whose entries lead to them.
 */
import { el } from '../shared/dom.js';
import { FIELDS, GROUPS, Kind, field } from './guide-fields.js';
import { listField } from './list-field.js';
import { strings as S } from './strings.js';
import { check } from './validation.js';

/**
 * Builds the form for a guide being edited.
 *
 * @param {object} values a guide in the shape of guide-fields.js editable(); changed in place
 * @param {object} options
 * @param {boolean} options.isNew whether the id may still be chosen
 * @param {() => void} options.changed called after any change by the editor
 * @returns {{element: HTMLFormElement, summary: HTMLElement, showProblems(problems: Array<{field: string, message: string}>, focus: boolean): void, problems(): Array}}
 */
export function guideForm(values, { isNew, changed }) {
	/** path → {error, control}: where a path's problems are shown. */
	const slots = new Map();
	/** The problems shown now, by path. */
	let shown = [];
	const summaryList = el('ul');
	const summary = el('div', { className: 'error-summary', attrs: { tabindex: '-1', hidden: true, role: 'group', 'aria-labelledby': 'error-summary-heading' } }, [
		el('p', { className: 'error-summary-heading', attrs: { id: 'error-summary-heading' } }),
		summaryList,
	]);
	const hooks = {
		changed,
		slot: (path, error, control) => slots.set(path, { error, control }),
		forget: (name) => {
			// The items are built anew, numbered anew: problems found at the old places no longer apply.
			shown = shown.filter((problem) => problem.field === name || rootOf(problem.field) !== name);
			for (const path of [...slots.keys()]) {
				if (path === name || path.startsWith(`${name}[`)) {
					slots.delete(path);
				}
			}
		},
	};

	const element = el('form', { className: 'guide-form', attrs: { novalidate: true } },
		GROUPS.map((group) => el('fieldset', { className: 'field-group' }, [
			el('legend', { text: S.fieldGroups[group] }),
			...FIELDS.filter((definition) => definition.group === group).map(fieldElement),
		])));
	element.addEventListener('submit', (event) => event.preventDefault());
	// The page's own checks run as the editor leaves a field, so a problem shows up where it was made.
	element.addEventListener('focusout', (event) => {
		const name = event.target.closest('[data-field]')?.dataset.field;
		if (name) {
			recheck(name);
		}
	});

	function fieldElement(definition) {
		if (definition.kind === Kind.LIST || definition.kind === Kind.FAQS) {
			return listField(definition, values[definition.name], hooks).element;
		}
		const { name, kind } = definition;
		const id = `f-${name}`;
		const hint = kind === Kind.ID ? S.idHint
			: kind === Kind.URL ? S.urlHint
				: definition.max ? S.maxChars(definition.max) : null;
		const multiline = kind === Kind.TEXT;
		const control = el(multiline ? 'textarea' : 'input', {
			className: 'control',
			attrs: {
				id,
				name,
				type: multiline ? null : { [Kind.URL]: 'url', [Kind.DATE]: 'date' }[kind] ?? 'text',
				rows: multiline ? (name === 'summary' || name === 'conditions' ? 4 : 2) : null,
				required: definition.required === true,
				'aria-required': definition.required ? 'true' : null,
				readonly: kind === Kind.ID && !isNew,
				'aria-describedby': [hint && `${id}-hint`, `${id}-error`].filter(Boolean).join(' '),
				autocomplete: 'off',
				spellcheck: kind === Kind.ID || kind === Kind.URL ? 'false' : null,
			},
			on: { input: (event) => { values[name] = event.target.value; changed(); } },
		});
		control.value = values[name];
		const error = el('p', { className: 'field-error', attrs: { id: `${id}-error`, hidden: true } });
		slots.set(name, { error, control });
		return el('div', { className: `field field--${kind}`, attrs: { 'data-field': name } }, [
			el('label', { attrs: { for: id } }, [
				S.fields[name],
				definition.required && el('span', { className: 'required', text: S.required }),
			]),
			hint && el('p', { className: 'hint', text: hint, attrs: { id: `${id}-hint` } }),
			control,
			error,
		]);
	}

	function recheck(name) {
		const definition = field(name);
		const mine = check(definition, values[name]);
		showProblems([...shown.filter((problem) => rootOf(problem.field) !== name), ...mine], false);
	}

	/**
	 * Shows problems next to their fields, replacing those shown before.
	 *
	 * @param {Array<{field: string, message: string}>} problems
	 * @param {boolean} focus whether to move the focus to the summary
	 */
	function showProblems(problems, focus) {
		shown = problems;
		for (const { error, control } of slots.values()) {
			error.replaceChildren();
			error.hidden = true;
			control?.removeAttribute('aria-invalid');
		}
		summaryList.replaceChildren();
		for (const problem of problems) {
			const { path, slot } = slotOf(problem.field);
			const text = path === problem.field ? problem.message : `${describe(problem.field)}：${problem.message}`;
			if (slot) {
				slot.error.append(el('span', { text }));
				slot.error.hidden = false;
				slot.control?.setAttribute('aria-invalid', 'true');
			}
			summaryList.append(el('li', {}, [
				el('button', {
					className: 'link-button',
					text: `${describe(problem.field)}：${problem.message}`,
					attrs: { type: 'button' },
					on: { click: () => (slot?.control ?? slot?.error.closest('.field')?.querySelector('input, textarea, button'))?.focus() },
				}),
			]));
		}
		summary.querySelector('.error-summary-heading').textContent = S.errorSummary(problems.length);
		summary.hidden = problems.length === 0 || (!focus && summary.hidden);
		if (focus && problems.length > 0) {
			summary.focus();
		}
	}

	/** The nearest slot for a path: `faqs[0].q`, else `faqs[0]`, else `faqs`. */
	function slotOf(path) {
		let candidate = path;
		while (candidate) {
			if (slots.has(candidate)) {
				return { path: candidate, slot: slots.get(candidate) };
			}
			const shorter = candidate.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
			candidate = shorter === candidate ? '' : shorter;
		}
		return { path: null, slot: null };
	}

	return { element, summary, showProblems, problems: () => shown };
}

/** The top-level field of a path, e.g. `faqs` for `faqs[0].q`. */
function rootOf(path) {
	return String(path).split(/[[.]/)[0];
}

/** A path in the editors' words, e.g. `materials[2]` → 申请材料 第 3 项. */
export function describe(path) {
	const match = /^([A-Za-z]+)(?:\[(\d+)\])?(?:\.([qa]))?$/.exec(String(path));
	if (!match || !S.fields[match[1]]) {
		return S.otherPaths[path] ?? String(path);
	}
	const [, name, index, part] = match;
	if (index === undefined) {
		return S.fields[name];
	}
	const position = Number(index) + 1;
	if (part) {
		return part === 'q' ? S.faqQuestion(position) : S.faqAnswer(position);
	}
	return name === 'faqs' ? S.faqQuestion(position) : S.itemOf(S.fields[name], position);
}
