/**
 * The guide as a citizen would see it in an answer, drawn by the chat's own rendering
 * (../chat/render.js) from the form as it stands, saved or not.
 *
 * The sections are made from the guide as the server makes them for an answer (the reading
 * order and texts of org.govassist.kb.guide.SectionKind); the editor may pick a section as if the
 * citizen had asked about it, which puts it first and open, as in the chat.
 */
import { answer } from '../chat/render.js';
import { el } from '../shared/dom.js';
import { publishable } from './guide-fields.js';
import { strings as S } from './strings.js';

/** The kinds of section in reading order, each with its text from a guide. */
const SECTIONS = Object.freeze([
	['SUMMARY', (guide) => guide.summary],
	['CONDITIONS', (guide) => guide.conditions],
	['MATERIALS', (guide) => numbered(guide.materials)],
	['PROCESS', (guide) => numbered(guide.process)],
	['TIME_LIMIT', (guide) => guide.timeLimit],
	['FEE', (guide) => guide.fee],
	['LOCATION', placeAndHours],
	['ONLINE', (guide) => guide.onlineUrl],
	['PHONE', (guide) => guide.phone],
	['LEGAL_BASIS', (guide) => guide.legalBasis],
	['FAQS', faqs],
]);

/**
 * The sections of a guide that have content, in reading order.
 *
 * @param {object} guide in the guide file format
 * @returns {Array<{kind: string, name: string, text: string}>}
 */
export function guideSections(guide) {
	return SECTIONS.map(([kind, text]) => ({ kind, name: S.sectionNames[kind], text: text(guide) }))
		.filter((section) => typeof section.text === 'string' && section.text.trim() !== '');
}

/**
 * Builds the preview panel.
 *
 * @param {HTMLElement} container
 * @returns {{show(form: object): void}} show draws the guide being edited (guide-fields.js editable())
 */
export function createPreview(container) {
	const asked = el('select', { attrs: { id: 'preview-asked' } }, [
		el('option', { text: S.previewWhole, attrs: { value: '' } }),
		...SECTIONS.map(([kind]) => el('option', { text: S.sectionNames[kind], attrs: { value: kind } })),
	]);
	const stage = el('div', { className: 'citizen-preview log' });
	let last = null;
	asked.addEventListener('change', () => last && show(last));
	container.append(
		el('h3', { text: S.previewHeading }),
		el('p', { className: 'hint', text: S.previewNote }),
		el('div', { className: 'field field--inline' }, [el('label', { text: S.previewAsked, attrs: { for: asked.id } }), asked]),
		stage,
	);

	function show(form) {
		last = form;
		const guide = publishable(form);
		if (!guide.title || !guide.department) {
			stage.replaceChildren(el('p', { className: 'hint', text: S.previewEmpty }));
			return;
		}
		const sections = guideSections(guide);
		const chosen = sections.find((section) => section.kind === asked.value);
		const ordered = chosen ? [chosen, ...sections.filter((section) => section !== chosen)] : sections;
		const event = {
			text: chosen ? S.askedAnswer(guide.title, [chosen]) : S.chosenAnswer(guide.title),
			guide: {
				id: guide.id,
				title: guide.title,
				department: guide.department,
				sections: ordered.map(({ name, text }) => ({ name, text })),
				url: guide.onlineUrl ?? null,
				updatedAt: guide.updatedAt ?? null,
			},
			related: [],
		};
		stage.replaceChildren(answer(event, () => {}));
	}

	return { show };
}

function numbered(items) {
	return Array.isArray(items) && items.length > 0 ? items.map((item, index) => `${index + 1}. ${item}`).join('\n') : null;
}

function placeAndHours(guide) {
	const location = guide.location?.trim() ? S.placeLine(guide.location) : null;
	const hours = guide.hours?.trim() ? S.hoursLine(guide.hours) : null;
	return [location, hours].filter(Boolean).join('\n') || null;
}

function faqs(guide) {
	return Array.isArray(guide.faqs) && guide.faqs.length > 0
		? guide.faqs.map((faq) => S.faqLine(faq.q, faq.a)).join('\n\n')
		: null;
}
