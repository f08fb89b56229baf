/**
 * Tabs after the WAI-ARIA pattern: a tab list whose arrow keys, Home and End move between the
 * tabs, and one panel shown at a time.
 */
import { el } from '../shared/dom.js';

let counter = 0;

/**
 * Makes tabs for panels that exist already.
 *
 * @param {Array<{key: string, label: string, panel: HTMLElement}>} entries in order
 * @param {object} options
 * @param {string} options.label the tab list's name for screen readers
 * @param {(key: string) => void} [options.onSelect] called after a tab is selected
 * @param {string} [options.className] class of the tab list
 * @returns {{element: HTMLElement, select(key: string, focus?: boolean): void, selected(): string}}
 */
export function tabs(entries, { label, onSelect, className = 'tabs' }) {
	const prefix = `tabs${++counter}`;
	let current = entries[0].key;
	const buttons = entries.map(({ key, label: tabLabel, panel }) => {
		const tabId = `${prefix}-${key}`;
		panel.id ||= `${tabId}-panel`;
		panel.setAttribute('role', 'tabpanel');
		panel.setAttribute('aria-labelledby', tabId);
		panel.tabIndex = 0;
		return el('button', {
			className: 'tab',
			text: tabLabel,
			attrs: { type: 'button', role: 'tab', id: tabId, 'aria-controls': panel.id, 'data-key': key },
			on: { click: () => select(key) },
		});
	});
	const element = el('div', { className, attrs: { role: 'tablist', 'aria-label': label } }, buttons);
	element.addEventListener('keydown', (event) => {
		const index = buttons.indexOf(document.activeElement);
		if (index < 0) {
			return;
		}
		const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: buttons.length - 1 }[event.key];
		if (next === undefined) {
			return;
		}
		event.preventDefault();
		select(entries[(next + buttons.length) % buttons.length].key, true);
	});

	function select(key, focus = false) {
		current = key;
		entries.forEach((entry, index) => {
			const active = entry.key === key;
			buttons[index].setAttribute('aria-selected', String(active));
			buttons[index].tabIndex = active ? 0 : -1;
			entry.panel.hidden = !active;
			if (active && focus) {
				buttons[index].focus();
			}
		});
		onSelect?.(key);
	}

	entries.forEach((entry, index) => {
		buttons[index].setAttribute('aria-selected', String(index === 0));
		buttons[index].tabIndex = index === 0 ? 0 : -1;
		entry.panel.hidden = index !== 0;
	});
	return { element, select, selected: () => current };
}
