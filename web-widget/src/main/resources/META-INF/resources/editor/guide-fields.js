/**
 * The fields of the guide file format (docs/guide-format.md) as the console edits them: their
 * kind of control, whether they are required, and their limits. The form, the page's own checks,
 * the preview and the history all read this one table.
 */

/** How a field is edited. */
export const Kind = Object.freeze({
	ID: 'id',
	LINE: 'line',
	TEXT: 'text',
	LIST: 'list',
	FAQS: 'faqs',
	URL: 'url',
	DATE: 'date',
});

const LINE = 200;
const TEXT = 5000;
const ITEMS = 100;

/**
 * Every field of a guide in the order of the guide format, grouped as the form shows them.
 *
 * @type {ReadonlyArray<{name: string, kind: string, group: string, required?: boolean, max?: number, maxItems?: number, multiline?: boolean}>}
 */
export const FIELDS = Object.freeze([
	{ name: 'id', kind: Kind.ID, group: 'basics', required: true },
	{ name: 'title', kind: Kind.LINE, group: 'basics', required: true, max: LINE },
	{ name: 'aliases', kind: Kind.LIST, group: 'basics', max: LINE, maxItems: ITEMS },
	{ name: 'department', kind: Kind.LINE, group: 'basics', required: true, max: LINE },
	{ name: 'category', kind: Kind.LINE, group: 'basics', max: LINE },
	{ name: 'audience', kind: Kind.LIST, group: 'basics', max: LINE, maxItems: ITEMS },
	{ name: 'summary', kind: Kind.TEXT, group: 'basics', required: true, max: TEXT },
	{ name: 'conditions', kind: Kind.TEXT, group: 'content', max: TEXT },
	{ name: 'materials', kind: Kind.LIST, group: 'content', max: TEXT, maxItems: ITEMS, multiline: true },
	{ name: 'process', kind: Kind.LIST, group: 'content', max: TEXT, maxItems: ITEMS, multiline: true },
	{ name: 'timeLimit', kind: Kind.TEXT, group: 'content', max: TEXT },
	{ name: 'fee', kind: Kind.TEXT, group: 'content', max: TEXT },
	{ name: 'location', kind: Kind.TEXT, group: 'contact', max: TEXT },
	{ name: 'hours', kind: Kind.TEXT, group: 'contact', max: TEXT },
	{ name: 'phone', kind: Kind.LINE, group: 'contact', max: LINE },
	{ name: 'legalBasis', kind: Kind.TEXT, group: 'contact', max: TEXT },
	{ name: 'onlineUrl', kind: Kind.URL, group: 'contact', max: 2000 },
	{ name: 'updatedAt', kind: Kind.DATE, group: 'contact' },
	{ name: 'faqs', kind: Kind.FAQS, group: 'faqs', max: TEXT, maxItems: ITEMS },
]);

/** The groups of the form, in order. */
export const GROUPS = Object.freeze(['basics', 'content', 'contact', 'faqs']);

/** A field by name. */
export function field(name) {
	return FIELDS.find((candidate) => candidate.name === name) ?? null;
}

/**
 * A guide in the shape the form edits: every field present, strings for text, arrays for lists.
 *
 * @param {object} [guide] a guide as the server sends it
 * @returns {object}
 */
export function editable(guide = {}) {
	const copy = {};
	for (const { name, kind } of FIELDS) {
		const value = guide[name];
		if (kind === Kind.LIST) {
			copy[name] = Array.isArray(value) ? value.map((item) => String(item ?? '')) : [];
		} else if (kind === Kind.FAQS) {
			copy[name] = Array.isArray(value)
				? value.map((faq) => ({ q: String(faq?.q ?? ''), a: String(faq?.a ?? '') }))
				: [];
		} else {
			copy[name] = typeof value === 'string' ? value : '';
		}
	}
	return copy;
}

/**
 * The guide to send: strings trimmed, empty optional fields and empty lists left out. List items
 * are kept as typed (trimmed), so that the server names a blank one at its place.
 *
 * @param {object} form a guide in the shape of editable()
 * @returns {object}
 */
export function publishable(form) {
	const guide = {};
	for (const { name, kind } of FIELDS) {
		const value = form[name];
		if (kind === Kind.LIST) {
			if (value.length > 0) {
				guide[name] = value.map((item) => item.trim());
			}
		} else if (kind === Kind.FAQS) {
			if (value.length > 0) {
				guide[name] = value.map((faq) => ({ q: faq.q.trim(), a: faq.a.trim() }));
			}
		} else {
			const text = value.trim();
			if (text !== '' || name === 'id') {
				guide[name] = text;
			}
		}
	}
	return guide;
}
