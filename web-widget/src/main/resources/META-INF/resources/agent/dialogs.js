/**
 * Modal dialogs of the console, on the native `<dialog>`: it keeps the focus inside while open,
 * closes on Escape, and hands the focus back to the control that opened it. Also the two small
 * dialogs of a chat: transfer and close.
 */

import { el } from '../shared/dom.js';
import { strings as S } from './strings.js';

let dialogCount = 0;

/**
 * Opens a modal dialog.
 *
 * @param {object} options
 * @param {string} options.title the dialog's heading, also its accessible name
 * @param {Array<Node|string|null|false>} options.content what the dialog holds
 * @param {string} [options.className] an extra class, e.g. 'dialog--guide'
 * @param {() => void} [options.onClosed] called once the dialog is closed, by any means
 * @returns {{element: HTMLDialogElement, body: HTMLElement, close: () => void}}
 */
export function openDialog({ title, content, className, onClosed }) {
	dialogCount += 1;
	const titleId = `dialog-${dialogCount}-title`;
	const opener = document.activeElement;
	const body = el('div', { className: 'dialog-body' }, content);
	const dialog = el('dialog', { className: className ? `dialog ${className}` : 'dialog', attrs: { 'aria-labelledby': titleId } }, [
		el('div', { className: 'dialog-header' }, [
			el('h2', { className: 'dialog-title', text: title, attrs: { id: titleId } }),
			el('button', { className: 'dialog-close', text: S.closeDialog, attrs: { type: 'button' }, on: { click: () => dialog.close() } }),
		]),
		body,
	]);
	dialog.addEventListener('close', () => {
		dialog.remove();
		onClosed?.();
		// Whatever the dialog did may have put the focus somewhere on purpose (e.g. into the reply
		// box); only a focus left nowhere goes back to the control that opened the dialog.
		const focused = document.activeElement;
		if ((focused === null || focused === document.body) && opener instanceof HTMLElement && opener.isConnected) {
			opener.focus();
		}
	});
	document.body.append(dialog);
	dialog.showModal();
	return { element: dialog, body, close: () => dialog.close() };
}

/**
 * Asks where to transfer a chat: to a skill group or to a named agent.
 *
 * @param {string} topic the chat's topic, for the heading
 * @param {(target: {skill: string}|{agent: string}) => void} onTransfer called with the choice
 */
export function openTransfer(topic, onTransfer) {
	const skill = el('input', { className: 'field-input', attrs: { id: 'transfer-skill', name: 'skill', autocomplete: 'off' } });
	const agent = el('input', { className: 'field-input', attrs: { id: 'transfer-agent', name: 'agent', autocomplete: 'off' } });
	const bySkill = radio('transfer-kind', 'skill', S.transferToSkill, true);
	const byAgent = radio('transfer-kind', 'agent', S.transferToAgent, false);
	const problem = el('p', { className: 'form-problem', attrs: { role: 'alert' } });
	const skillField = field(S.transferSkill, skill);
	const agentField = field(S.transferAgent, agent);
	const showField = () => {
		skillField.hidden = !bySkill.input.checked;
		agentField.hidden = bySkill.input.checked;
	};
	bySkill.input.addEventListener('change', showField);
	byAgent.input.addEventListener('change', showField);
	const form = el('form', { className: 'dialog-form', attrs: { novalidate: true } }, [
		el('fieldset', { className: 'choice' }, [el('legend', { text: S.transferTo }), bySkill.label, byAgent.label]),
		skillField,
		agentField,
		problem,
		el('div', { className: 'dialog-actions' }, [
			el('button', { className: 'primary', text: S.transferSubmit, attrs: { type: 'submit' } }),
		]),
	]);
	const dialog = openDialog({ title: `${S.transferTitle}：${topic}`, content: [form] });
	showField();
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const toSkill = bySkill.input.checked;
		const value = (toSkill ? skill : agent).value.trim();
		if (value === '') {
			problem.textContent = S.transferFill;
			(toSkill ? skill : agent).focus();
			return;
		}
		dialog.close();
		onTransfer(toSkill ? { skill: value } : { agent: value });
	});
	skill.focus();
}

/**
 * Asks for a short summary and closes a chat.
 *
 * @param {string} topic the chat's topic, for the heading
 * @param {(summary: string) => void} onClose called with the summary, '' when none was written
 */
export function openClose(topic, onClose) {
	const summary = el('textarea', { className: 'field-input', attrs: { id: 'close-summary', name: 'summary', rows: '3', maxlength: '500' } });
	const form = el('form', { className: 'dialog-form', attrs: { novalidate: true } }, [
		field(S.closeSummary, summary),
		el('div', { className: 'dialog-actions' }, [
			el('button', { className: 'primary', text: S.closeSubmit, attrs: { type: 'submit' } }),
		]),
	]);
	const dialog = openDialog({ title: `${S.closeTitle}：${topic}`, content: [form] });
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		dialog.close();
		onClose(summary.value.trim());
	});
	summary.focus();
}

/**
 * A labelled field.
 *
 * @param {string} label
 * @param {HTMLElement} control an input, textarea or select with an id
 * @returns {HTMLElement}
 */
export function field(label, control) {
	return el('div', { className: 'field' }, [
		el('label', { className: 'field-label', text: label, attrs: { for: control.id } }),
		control,
	]);
}

function radio(name, value, text, checked) {
	const input = el('input', { attrs: { type: 'radio', name, value, checked } });
	return { input, label: el('label', { className: 'choice-option' }, [input, text]) };
}
