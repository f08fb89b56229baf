/**
 * Choosing a section of a guide to put into a reply: the guide is read from
 * `GET /api/agent/guides/{id}` (the answer card's shape) and each section is offered with its
 * words, so that the agent sees what goes in before it does.
 */

import { api } from '../shared/staff-session.js';
import { el, externalLink, safeHttpUrl } from '../shared/dom.js';
import { openDialog } from './dialogs.js';
import { explainFailure } from './failures.js';
import { strings as S } from './strings.js';

/**
 * Opens the dialog of a guide's sections.
 *
 * @param {{guideId: string, title: string}} guide the guide as the chat knows it
 * @param {(text: string, sectionName: string) => void} onInsert called with the section's words to insert
 */
export function openGuideSections(guide, onInsert) {
	const status = el('p', { className: 'dialog-status', text: S.guideLoading, attrs: { role: 'status' } });
	const sections = el('ul', { className: 'section-list' });
	const source = el('p', { className: 'guide-source' });
	const dialog = openDialog({
		title: S.guideDialogTitle(guide.title),
		className: 'dialog--guide',
		content: [status, sections, source],
	});
	api('GET', `/api/agent/guides/${encodeURIComponent(guide.guideId)}`).then((card) => {
		const valid = (Array.isArray(card?.sections) ? card.sections : [])
			.filter((section) => typeof section?.name === 'string' && typeof section.text === 'string');
		status.textContent = '';
		sections.replaceChildren(...valid.map((section) => el('li', { className: 'section' }, [
			el('h3', { className: 'section-name', text: section.name }),
			el('p', { className: 'section-text', text: section.text }),
			el('button', {
				className: 'section-insert',
				text: S.insertSection,
				attrs: { type: 'button', 'aria-label': S.insertSectionLabel(section.name) },
				on: {
					click: () => {
						dialog.close();
						onInsert(`${section.name}：${section.text}`, section.name);
					},
				},
			}),
		])));
		const url = safeHttpUrl(card?.url);
		if (url) {
			source.replaceChildren(externalLink(url, S.guideSource, S.opensInNewWindow));
		}
		sections.querySelector('.section-insert')?.focus();
	}).catch((error) => {
		status.textContent = explainFailure(error, S.guideFailed);
		status.classList.add('dialog-status--error');
	});
}
