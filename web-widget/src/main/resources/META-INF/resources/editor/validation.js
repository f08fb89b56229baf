/**
 * The checks the page makes before a save, so that an editor sees most problems at once and in
 * their own words: required fields, the id's form, lengths, counts and the online address. The
 * server checks everything again (and a little more, e.g. blank list items); its findings are
 * shown the same way, next to their field.
 */
import { FIELDS, Kind } from './guide-fields.js';
import { strings as S } from './strings.js';

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{2,63}$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The problems of a guide being edited.
 *
 * @param {object} form a guide in the shape of guide-fields.js editable()
 * @returns {Array<{field: string, message: string}>} each with the field's path, e.g. `materials[2]`
 */
export function validate(form) {
	const problems = [];
	for (const definition of FIELDS) {
		problems.push(...check(definition, form[definition.name]));
	}
	return problems;
}

/**
 * The problems of one field.
 *
 * @param {object} definition the field, from guide-fields.js
 * @param {unknown} value its value in the form
 * @returns {Array<{field: string, message: string}>}
 */
export function check(definition, value) {
	const { name, kind, required, max, maxItems } = definition;
	const problems = [];
	const add = (field, message) => problems.push({ field, message });
	if (kind === Kind.LIST || kind === Kind.FAQS) {
		if (value.length > maxItems) {
			add(name, S.problems.tooMany(maxItems));
		}
		value.forEach((item, index) => {
			if (kind === Kind.LIST) {
				tooLong(item, max, (message) => add(`${name}[${index}]`, message));
			} else {
				tooLong(item.q, max, (message) => add(`${name}[${index}].q`, message));
				tooLong(item.a, max, (message) => add(`${name}[${index}].a`, message));
			}
		});
		return problems;
	}
	const text = value.trim();
	if (text === '') {
		if (required) {
			add(name, S.problems.required);
		}
		return problems;
	}
	if (kind === Kind.ID && !ID_PATTERN.test(text)) {
		add(name, S.problems.idForm);
	} else if (kind === Kind.URL && !isHttpUrl(text)) {
		add(name, S.problems.url);
	} else if (kind === Kind.DATE && !isDate(text)) {
		add(name, S.problems.date);
	}
	tooLong(text, max, (message) => add(name, message));
	return problems;
}

function tooLong(text, max, report) {
	const length = [...text.trim()].length;
	if (max && length > max) {
		report(S.problems.tooLong(max, length));
	}
}

function isHttpUrl(text) {
	try {
		const url = new URL(text);
		return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
	} catch {
		return false;
	}
}

function isDate(text) {
	if (!DATE_PATTERN.test(text)) {
		return false;
	}
	const date = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/**
 * A server's message for a field in the editors' words where it is a common one, else as sent.
 *
 * @param {string} message
 * @returns {string}
 */
export function serverMessage(message) {
	const text = String(message ?? '');
	for (const [pattern, words] of S.serverProblems) {
		const match = pattern.exec(text);
		if (match) {
			return typeof words === 'function' ? words(...match.slice(1)) : words;
		}
	}
	return S.serverSaid(text);
}
