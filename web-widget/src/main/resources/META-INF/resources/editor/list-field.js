/**
 * A list field of a guide (aliases, audience, materials, process, faqs) edited item by item: each
 * item has its own box, and buttons to move it up or down or remove it; a button adds one at
 * the end. The focus stays with what the editor was working on, and every move is announced.
 */
import { el } from '../shared/dom.js';
import { Kind } from './guide-fields.js';
import { strings as S } from './strings.js';
import { announce } from './ui.js';

/**
 * Builds the editor of one list field.
 *
 * @param {object} definition the field, from guide-fields.js
 * @param {Array} items the list in the form (changed in place)
 * @param {object} hooks
 * @param {() => void} hooks.changed called after any change
 * @param {(path: string, error: HTMLElement, control: HTMLElement|null) => void} hooks.slot
 *        registers where the problems of a path (e.g. `materials[2]`, `faqs[0].q`) are shown
 * @param {(name: string) => void} hooks.forget drops the slots of this field's items before they are built anew
 * @returns {{element: HTMLElement, render(): void}}
 */
export function listField(definition, items, hooks) {
	const { name } = definition;
	const label = S.fields[name];
	const isFaqs = definition.kind === Kind.FAQS;
	const list = el('ol', { className: 'list-items' });
	const error = el('p', { className: 'field-error', attrs: { id: `f-${name}-error`, hidden: true } });
	const add = el('button', {
		className: 'button add-item',
		text: isFaqs ? S.addFaq : S.addItem,
		attrs: { type: 'button', 'aria-describedby': `f-${name}-legend` },
		on: { click: () => {
			items.push(isFaqs ? { q: '', a: '' } : '');
			render();
			hooks.changed();
			focusItem(items.length - 1);
		} },
	});
	const element = el('fieldset', { className: 'field list-field', attrs: { 'data-field': name } }, [
		el('legend', { text: label, attrs: { id: `f-${name}-legend` } }),
		el('p', { className: 'hint', text: S.listHint(definition.maxItems, definition.max) }),
		error,
		list,
		add,
	]);

	function render() {
		hooks.forget(name);
		hooks.slot(name, error, null);
		list.replaceChildren(...items.map((_, index) => item(index)));
		if (items.length === 0) {
			list.append(el('li', { className: 'list-empty', text: S.noItems }));
		}
	}

	function item(index) {
		const path = `${name}[${index}]`;
		const itemLabel = isFaqs ? S.faqQuestion(index + 1) : S.itemOf(label, index + 1);
		const itemError = el('p', { className: 'field-error', attrs: { id: `f-${path}-error`, hidden: true } });
		const controls = isFaqs ? faqControls(index, path) : [stringControl(index, path)];
		hooks.slot(path, itemError, controls[0].querySelector('input, textarea'));
		return el('li', { className: 'list-item', attrs: { 'data-path': path } }, [
			el('div', { className: 'list-item-body' }, [...controls, itemError]),
			el('div', { className: 'list-item-actions' }, [
				button(S.moveUp, S.moveUpItem(itemLabel), 'move-up', index === 0, () => move(index, -1)),
				button(S.moveDown, S.moveDownItem(itemLabel), 'move-down', index === items.length - 1, () => move(index, 1)),
				button(S.remove, S.removeItem(itemLabel), 'remove', false, () => removeAt(index, itemLabel)),
			]),
		]);
	}

	function stringControl(index, path) {
		const id = `f-${path}`;
		const control = el(definition.multiline ? 'textarea' : 'input', {
			className: 'control',
			attrs: { id, type: definition.multiline ? null : 'text', rows: definition.multiline ? 2 : null, 'aria-describedby': `${id}-error` },
			on: { input: (event) => { items[index] = event.target.value; hooks.changed(); } },
		});
		control.value = items[index];
		return el('div', { className: 'item-field' }, [
			el('label', { className: 'item-number', text: S.item(index + 1), attrs: { for: id } }),
			control,
		]);
	}

	function faqControls(index, path) {
		return ['q', 'a'].map((part) => {
			const id = `f-${path}.${part}`;
			const partError = el('p', { className: 'field-error', attrs: { id: `${id}-error`, hidden: true } });
			const control = el(part === 'q' ? 'input' : 'textarea', {
				className: 'control',
				attrs: { id, type: part === 'q' ? 'text' : null, rows: part === 'a' ? 3 : null, 'aria-describedby': `${id}-error` },
				on: { input: (event) => { items[index][part] = event.target.value; hooks.changed(); } },
			});
			control.value = items[index][part];
			hooks.slot(`${path}.${part}`, partError, control);
			return el('div', { className: 'item-field' }, [
				el('label', { text: part === 'q' ? S.faqQuestion(index + 1) : S.faqAnswer(index + 1), attrs: { for: id } }),
				control,
				partError,
			]);
		});
	}

	function button(text, label, kind, disabled, action) {
		return el('button', {
			className: `button button--small item-${kind}`,
			text,
			attrs: { type: 'button', 'aria-label': label, disabled },
			on: { click: action },
		});
	}

	function move(index, step) {
		const target = index + step;
		[items[index], items[target]] = [items[target], items[index]];
		render();
		hooks.changed();
		const moved = list.children[target];
		const again = moved.querySelector(step < 0 ? '.item-move-up' : '.item-move-down');
		(again.disabled ? moved.querySelector('input, textarea') : again).focus();
		announce(S.itemMoved(isFaqs ? S.faqQuestion(index + 1) : S.item(index + 1), target + 1));
	}

	function removeAt(index, itemLabel) {
		items.splice(index, 1);
		render();
		hooks.changed();
		if (items.length === 0) {
			add.focus();
		} else {
			focusItem(Math.min(index, items.length - 1));
		}
		announce(S.itemRemoved(itemLabel));
	}

	function focusItem(index) {
		list.children[index]?.querySelector('input, textarea')?.focus();
	}

	render();
	return { element, render };
}
