/**
 * Small pieces of the console's pages: the confirmation dialog, announcements for screen
 * readers, times, downloads and the text of a failure.
 */
import { ApiError } from '../shared/staff-session.js';
import { el } from '../shared/dom.js';
import { strings as S } from './strings.js';

let liveRegion = null;

/**
 * Says something to screen readers without moving the focus (the page's status line).
 *
 * @param {string} text
 */
export function announce(text) {
	liveRegion ??= document.querySelector('.announcer');
	if (liveRegion) {
		liveRegion.textContent = '';
		// A fresh text node is announced even when the words repeat.
		window.setTimeout(() => { liveRegion.textContent = text; }, 50);
	}
}

/**
 * Asks the editor to confirm in a modal dialog; Escape and the cancel button say no.
 *
 * @param {string} question
 * @param {string} [confirmLabel] the words on the confirming button
 * @returns {Promise<boolean>}
 */
export function confirmAction(question, confirmLabel = S.confirm) {
	const dialog = document.querySelector('.confirm-dialog');
	dialog.querySelector('.confirm-text').textContent = question;
	const ok = dialog.querySelector('.confirm-ok');
	ok.textContent = confirmLabel;
	return new Promise((resolve) => {
		dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true });
		dialog.returnValue = '';
		dialog.showModal();
		dialog.querySelector('.confirm-cancel').focus();
	});
}

/**
 * A time the server sent (ISO 8601) in the editor's local form, or the text as sent.
 *
 * @param {unknown} value
 * @returns {string}
 */
export function formatTime(value) {
	if (typeof value !== 'string' || value === '') {
		return S.none;
	}
	const date = new Date(value);
	return Number.isNaN(date.getTime()) ? value : S.dateTime(date);
}

/**
 * Offers text as a file to save.
 *
 * @param {string} name file name
 * @param {string} text its content
 * @param {string} type its media type
 */
export function download(name, text, type) {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = el('a', { attrs: { href: url, download: name }, className: 'visually-hidden' });
	document.body.append(link);
	link.click();
	link.remove();
	window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The words for a failed call.
 *
 * @param {unknown} error
 * @returns {string}
 */
export function failureText(error) {
	if (error instanceof ApiError) {
		if (error.status === 0) {
			return S.unreachable;
		}
		if (error.status === 401) {
			return S.sessionEnded;
		}
		return S.genericError(error.message);
	}
	return S.genericError(String(error?.message ?? ''));
}

/**
 * Shows a message in an element made for it, as an error or not, and says it to screen readers
 * (the element itself comes and goes, which live regions do not announce reliably).
 *
 * @param {HTMLElement} node
 * @param {string} text empty to clear
 * @param {boolean} [isError]
 */
export function showMessage(node, text, isError = false) {
	node.textContent = text;
	node.classList.toggle('message--error', isError && text !== '');
	node.hidden = text === '';
	if (text !== '') {
		announce(text);
	}
}
