/**
 * Canned replies (常用语): the agent's own and the shared ones, from `/api/agent/replies`. One
 * goes into the reply box with 插入; the agent adds and deletes their own here, and an admin the
 * shared ones too.
 */

import { api } from '../shared/staff-session.js';
import { el } from '../shared/dom.js';
import { field, openDialog } from './dialogs.js';
import { explainFailure } from './failures.js';
import { strings as S } from './strings.js';

/**
 * Opens the dialog of canned replies.
 *
 * @param {{username: string, roles: string[]}} staff the signed-in agent
 * @param {(text: string) => void} onInsert called with the reply's words to insert
 */
export function openCanned(staff, onInsert) {
	const isAdmin = staff.roles.includes('ADMIN');
	const status = el('p', { className: 'dialog-status', attrs: { role: 'status' } });
	const mine = el('ul', { className: 'canned-list', attrs: { 'aria-labelledby': 'canned-mine' } });
	const shared = el('ul', { className: 'canned-list', attrs: { 'aria-labelledby': 'canned-shared' } });
	const title = el('input', { className: 'field-input', attrs: { id: 'canned-title', name: 'title', maxlength: '100', autocomplete: 'off' } });
	const text = el('textarea', { className: 'field-input', attrs: { id: 'canned-text', name: 'text', rows: '3', maxlength: '2000' } });
	const sharedBox = el('input', { attrs: { type: 'checkbox', id: 'canned-shared-box', name: 'shared' } });
	const problem = el('p', { className: 'form-problem', attrs: { role: 'alert' } });
	const form = el('form', { className: 'dialog-form canned-add', attrs: { novalidate: true, 'aria-labelledby': 'canned-add' } }, [
		el('h3', { className: 'dialog-subtitle', text: S.cannedAddHeading, attrs: { id: 'canned-add' } }),
		field(S.cannedAddTitle, title),
		field(S.cannedAddText, text),
		isAdmin && el('label', { className: 'choice-option' }, [sharedBox, S.cannedAddShared]),
		problem,
		el('div', { className: 'dialog-actions' }, [el('button', { className: 'primary', text: S.cannedAdd, attrs: { type: 'submit' } })]),
	]);
	const dialog = openDialog({
		title: S.cannedTitle,
		className: 'dialog--canned',
		content: [
			status,
			el('h3', { className: 'dialog-subtitle', text: S.cannedMine, attrs: { id: 'canned-mine' } }),
			mine,
			el('h3', { className: 'dialog-subtitle', text: S.cannedShared, attrs: { id: 'canned-shared' } }),
			shared,
			form,
		],
	});

	const show = (replies) => {
		const valid = (Array.isArray(replies) ? replies : [])
			.filter((reply) => typeof reply?.title === 'string' && typeof reply.text === 'string');
		fill(mine, valid.filter((reply) => reply.shared !== true));
		fill(shared, valid.filter((reply) => reply.shared === true));
	};
	const fill = (list, replies) => {
		if (replies.length === 0) {
			list.replaceChildren(el('li', { className: 'canned-none', text: S.cannedNone }));
			return;
		}
		list.replaceChildren(...replies.map((reply) => el('li', { className: 'canned' }, [
			el('p', { className: 'canned-title', text: reply.title }),
			el('p', { className: 'canned-text', text: reply.text }),
			el('div', { className: 'canned-actions' }, [
				el('button', {
					className: 'canned-insert',
					text: S.cannedInsert,
					attrs: { type: 'button', 'aria-label': S.cannedInsertLabel(reply.title) },
					on: {
						click: () => {
							dialog.close();
							onInsert(reply.text);
						},
					},
				}),
				(reply.shared !== true || isAdmin) && el('button', {
					className: 'canned-delete',
					text: S.cannedDelete,
					attrs: { type: 'button', 'aria-label': S.cannedDeleteLabel(reply.title) },
					on: { click: () => remove(reply) },
				}),
			]),
		])));
	};
	const load = async () => {
		try {
			show(await api('GET', '/api/agent/replies'));
		} catch (error) {
			status.textContent = explainFailure(error, S.cannedFailed);
		}
	};
	const remove = async (reply) => {
		try {
			await api('DELETE', `/api/agent/replies/${encodeURIComponent(reply.id)}`);
			status.textContent = S.cannedDeleted(reply.title);
			await load();
			dialog.element.querySelector('.canned-insert, .dialog-close')?.focus();
		} catch (error) {
			status.textContent = explainFailure(error, S.genericError);
		}
	};

	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		problem.textContent = '';
		const reply = { title: title.value.trim(), text: text.value.trim(), shared: isAdmin && sharedBox.checked };
		if (reply.title === '' || reply.text === '') {
			problem.textContent = S.cannedFillBoth;
			(reply.title === '' ? title : text).focus();
			return;
		}
		try {
			await api('POST', '/api/agent/replies', reply);
			title.value = '';
			text.value = '';
			sharedBox.checked = false;
			status.textContent = S.cannedAdded(reply.title);
			await load();
		} catch (error) {
			problem.textContent = explainFailure(error, S.genericError);
		}
	});

	status.textContent = S.cannedLoading;
	load().then(() => {
		if (status.textContent === S.cannedLoading) {
			status.textContent = '';
		}
	});
}
