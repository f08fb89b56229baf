/**
 * The chats the agent holds, side by side on a wide screen and as tabs on a narrow one.
 *
 * The tabs always exist (role=tablist, arrow keys move between them); the stylesheet hides them
 * on a wide screen, where every panel shows, and on a narrow screen shows only the selected
 * panel. A tab whose chat got a citizen message while not selected says so.
 */

import { el } from '../shared/dom.js';
import { ChatPanel } from './chat-panel.js';
import { strings as S } from './strings.js';

/**
 * The panels and their tabs.
 */
export class ChatDesk {
	#tabs;
	#panels;
	#empty;
	#onChange;
	/** Conversation id → {panel, tab}, in the order the chats came. */
	#chats = new Map();
	#selected = null;

	/**
	 * @param {object} parts
	 * @param {HTMLElement} parts.tabs the tab list
	 * @param {HTMLElement} parts.panels where the panels go
	 * @param {HTMLElement} parts.empty shown while there is no chat
	 * @param {() => void} parts.onChange called whenever a chat comes, goes or ends
	 */
	constructor({ tabs, panels, empty, onChange }) {
		this.#tabs = tabs;
		this.#panels = panels;
		this.#empty = empty;
		this.#onChange = onChange;
		tabs.addEventListener('keydown', (event) => this.#moveBetweenTabs(event));
		this.#showEmpty();
	}

	/** The panel of a conversation, if the agent holds it. */
	panel(conversationId) {
		return this.#chats.get(conversationId)?.panel;
	}

	/** Every panel, in order. */
	panels() {
		return [...this.#chats.values()].map((chat) => chat.panel);
	}

	/** How many chats are not over yet. */
	openCount() {
		return this.panels().filter((panel) => !panel.closed).length;
	}

	/**
	 * Adds the panel of a newly assigned conversation.
	 *
	 * @param {object} assigned the Assigned object
	 * @param {(conversationId: string) => import('./chat-panel.js').PanelActions} actionsFor the panel's actions
	 * @returns {ChatPanel}
	 */
	add(assigned, actionsFor) {
		const panel = new ChatPanel(assigned, actionsFor(assigned.conversationId));
		const tab = el('button', {
			className: 'chat-tab',
			attrs: { type: 'button', role: 'tab', id: `${panel.element.id}-tab`, 'aria-controls': panel.element.id, 'aria-selected': 'false', tabindex: '-1' },
			on: { click: () => this.select(panel.conversationId) },
		}, [
			el('span', { className: 'chat-tab-topic', text: panel.topic }),
			el('span', { className: 'chat-tab-number', text: panel.conversationId.slice(-4) }),
			el('span', { className: 'chat-tab-unread', text: '●', attrs: { 'aria-hidden': 'true' } }),
			el('span', { className: 'visually-hidden chat-tab-unread-text' }),
		]);
		this.#chats.set(panel.conversationId, { panel, tab });
		this.#tabs.append(tab);
		this.#panels.append(panel.element);
		if (this.#selected === null) {
			this.select(panel.conversationId);
		}
		this.#refresh();
		return panel;
	}

	/** Removes a conversation's panel (dismissed, transferred or released); the focus moves on. */
	remove(conversationId) {
		const chat = this.#chats.get(conversationId);
		if (!chat) {
			return;
		}
		const hadFocus = chat.panel.element.contains(document.activeElement) || chat.tab === document.activeElement;
		chat.panel.element.remove();
		chat.tab.remove();
		this.#chats.delete(conversationId);
		if (this.#selected === conversationId) {
			this.#selected = null;
			const next = this.#chats.keys().next();
			if (!next.done) {
				this.select(next.value);
			}
		}
		this.#refresh();
		if (hadFocus) {
			const next = this.#selected && this.#chats.get(this.#selected)?.panel;
			if (next) {
				next.focus();
			} else {
				document.querySelector('#chats-title')?.setAttribute('tabindex', '-1');
				document.querySelector('#chats-title')?.focus();
			}
		}
	}

	/** Removes every panel, e.g. on signing out. */
	clear() {
		for (const id of [...this.#chats.keys()]) {
			this.remove(id);
		}
	}

	/** Shows a conversation's panel (on a narrow screen the only one shown). */
	select(conversationId) {
		const chosen = this.#chats.get(conversationId);
		if (!chosen) {
			return;
		}
		this.#selected = conversationId;
		for (const [id, { panel, tab }] of this.#chats) {
			const selected = id === conversationId;
			tab.setAttribute('aria-selected', String(selected));
			tab.tabIndex = selected ? 0 : -1;
			panel.element.classList.toggle('chat--selected', selected);
		}
		this.#markRead(chosen);
	}

	/** Marks a chat as having a message the agent may not have seen, unless it is selected. */
	markUnread(conversationId) {
		const chat = this.#chats.get(conversationId);
		if (chat && conversationId !== this.#selected) {
			chat.tab.classList.add('chat-tab--unread');
			chat.tab.querySelector('.chat-tab-unread-text').textContent = S.newMessages;
		}
	}

	/** Tells the desk that a panel changed state (e.g. closed), so that counts are redone. */
	changed() {
		for (const { panel, tab } of this.#chats.values()) {
			tab.classList.toggle('chat-tab--closed', panel.closed);
			tab.dataset.alert = panel.element.dataset.alert ?? 'none';
		}
		this.#onChange();
	}

	#markRead(chat) {
		chat.tab.classList.remove('chat-tab--unread');
		chat.tab.querySelector('.chat-tab-unread-text').textContent = '';
	}

	#refresh() {
		this.#showEmpty();
		this.changed();
	}

	#showEmpty() {
		this.#empty.hidden = this.#chats.size > 0;
		this.#tabs.hidden = this.#chats.size === 0;
	}

	#moveBetweenTabs(event) {
		const tabs = [...this.#tabs.querySelectorAll('[role=tab]')];
		const index = tabs.indexOf(document.activeElement);
		if (index < 0) {
			return;
		}
		const target = {
			ArrowRight: tabs[(index + 1) % tabs.length],
			ArrowLeft: tabs[(index - 1 + tabs.length) % tabs.length],
			Home: tabs[0],
			End: tabs[tabs.length - 1],
		}[event.key];
		if (target) {
			event.preventDefault();
			target.click();
			target.focus();
		}
	}
}
