/**
 * Messages citizens left when no agent could take their chat (留言工单), from
 * `/api/agent/tickets`: open ones to handle and close with a note, closed ones to look back at.
 */

import { api, ApiError } from '../shared/staff-session.js';
import { el } from '../shared/dom.js';
import { explainFailure } from './failures.js';
import { strings as S } from './strings.js';

/**
 * The tickets list in its section of the page.
 */
export class TicketsView {
	#list;
	#status;
	#filter;

	/**
	 * @param {object} parts elements of index.html
	 * @param {HTMLElement} parts.list an empty list element
	 * @param {HTMLElement} parts.status a status line (role=status)
	 * @param {HTMLSelectElement} parts.filter the open/closed choice
	 * @param {HTMLButtonElement} parts.refresh reloads the list
	 */
	constructor({ list, status, filter, refresh }) {
		this.#list = list;
		this.#status = status;
		this.#filter = filter;
		filter.replaceChildren(
			el('option', { text: S.ticketOpen, attrs: { value: 'open' } }),
			el('option', { text: S.ticketClosed, attrs: { value: 'closed' } }),
		);
		filter.addEventListener('change', () => this.load());
		refresh.addEventListener('click', () => this.load());
	}

	/** Reads the tickets of the chosen status and shows them. */
	async load() {
		const status = this.#filter.value === 'closed' ? 'closed' : 'open';
		this.#status.textContent = S.ticketsLoading;
		try {
			const tickets = await api('GET', `/api/agent/tickets?status=${status}`);
			const valid = (Array.isArray(tickets) ? tickets : []).filter((ticket) => ticket && ticket.id !== undefined);
			this.#list.replaceChildren(...(valid.length === 0
				? [el('li', { className: 'ticket-none', text: S.ticketsEmpty })]
				: valid.map((ticket) => this.#row(ticket))));
			this.#status.textContent = '';
		} catch (error) {
			this.#status.textContent = explainFailure(error, S.ticketsFailed);
		}
	}

	#row(ticket) {
		const created = when(ticket.created);
		const isOpen = ticket.status !== 'closed';
		return el('li', { className: isOpen ? 'ticket' : 'ticket ticket--closed', attrs: { 'data-ticket-id': String(ticket.id) } }, [
			el('p', { className: 'ticket-meta' }, [
				el('span', { className: 'ticket-created', text: S.ticketCreated(created) }),
				el('span', {
					className: 'ticket-contact',
					text: typeof ticket.contact === 'string' && ticket.contact !== '' ? S.ticketContact(ticket.contact) : S.ticketNoContact,
				}),
			]),
			el('p', { className: 'ticket-text', text: typeof ticket.text === 'string' ? ticket.text : '' }),
			isOpen ? this.#closeForm(ticket, created) : el('div', { className: 'ticket-outcome' }, [
				typeof ticket.handledBy === 'string' && el('p', { text: S.ticketHandledBy(ticket.handledBy, when(ticket.closed)) }),
				typeof ticket.note === 'string' && ticket.note !== '' && el('p', { text: S.ticketNote(ticket.note) }),
			]),
		]);
	}

	#closeForm(ticket, created) {
		const noteId = `ticket-${ticket.id}-note`;
		const note = el('textarea', { className: 'field-input', attrs: { id: noteId, name: 'note', rows: '2', maxlength: '500' } });
		const problem = el('p', { className: 'form-problem', attrs: { role: 'alert' } });
		const form = el('form', { className: 'ticket-close', attrs: { novalidate: true } }, [
			el('label', { className: 'field-label', text: S.ticketCloseNote, attrs: { for: noteId } }),
			note,
			problem,
			el('button', { className: 'primary', text: S.ticketClose, attrs: { type: 'submit', 'aria-label': S.ticketCloseLabel(created) } }),
		]);
		form.addEventListener('submit', async (event) => {
			event.preventDefault();
			if (note.value.trim() === '') {
				problem.textContent = S.ticketNoteRequired;
				note.focus();
				return;
			}
			try {
				await api('POST', `/api/agent/tickets/${encodeURIComponent(ticket.id)}/close`, { note: note.value.trim() });
				await this.load();
				this.#status.textContent = S.ticketClosedNow;
			} catch (error) {
				const text = error instanceof ApiError && error.status === 409
					? S.ticketAlreadyClosed
					: explainFailure(error, S.genericError);
				await this.load();
				this.#status.textContent = text;
			}
			this.#filter.focus();
		});
		return form;
	}
}

function when(value) {
	if (typeof value !== 'string' || value === '') {
		return '';
	}
	const date = new Date(value);
	return Number.isNaN(date.getTime()) ? value : date.toLocaleString('zh-CN', { hour12: false });
}
