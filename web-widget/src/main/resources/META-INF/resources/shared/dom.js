/**
 * Small DOM helpers shared by the front ends.
 *
 * Every piece of text goes in as a text node, never as markup, so words received from the
 * server, a citizen or a guide can never turn into HTML.
 */

/**
 * Creates an element.
 *
 * @param {string} tag element name, e.g. 'button'
 * @param {object} [options]
 * @param {string} [options.className] space-separated class names
 * @param {string} [options.text] text content
 * @param {Object<string, string>} [options.attrs] attributes; null or false leaves one out
 * @param {Object<string, Function>} [options.on] event listeners by event name
 * @param {Array<Node|string|null|undefined|false>} [children] nodes or strings; empty ones are skipped
 * @returns {HTMLElement}
 */
export function el(tag, { className, text, attrs, on } = {}, children = []) {
	const node = document.createElement(tag);
	if (className) {
		node.className = className;
	}
	if (text !== undefined && text !== null) {
		node.textContent = String(text);
	}
	for (const [name, value] of Object.entries(attrs ?? {})) {
		if (value === true) {
			node.setAttribute(name, '');
		} else if (value !== null && value !== undefined && value !== false) {
			node.setAttribute(name, String(value));
		}
	}
	for (const [type, listener] of Object.entries(on ?? {})) {
		node.addEventListener(type, listener);
	}
	node.append(...children.filter((child) => child !== null && child !== undefined && child !== false));
	return node;
}

/**
 * The address itself if it is an absolute http or https URL, otherwise null: anything else
 * (javascript:, data:, relative paths) must never become a link.
 *
 * @param {unknown} value
 * @returns {string|null}
 */
export function safeHttpUrl(value) {
	if (typeof value !== 'string') {
		return null;
	}
	try {
		const url = new URL(value);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
	} catch {
		return null;
	}
}

const LINK_PATTERN = /https?:\/\/[^\s，。；、）)」』"'<>]+/g;

/**
 * Text as a document fragment in which every http(s) address is a link opening in a new tab.
 * Line breaks stay in the text; the stylesheet keeps them visible.
 *
 * @param {string} text
 * @param {string} newWindowHint words read to screen readers after each link, e.g. "opens in a new window"
 * @returns {DocumentFragment}
 */
export function textWithLinks(text, newWindowHint) {
	const fragment = document.createDocumentFragment();
	let last = 0;
	for (const match of text.matchAll(LINK_PATTERN)) {
		const href = safeHttpUrl(match[0]);
		if (!href) {
			continue;
		}
		fragment.append(text.slice(last, match.index), externalLink(href, match[0], newWindowHint));
		last = match.index + match[0].length;
	}
	fragment.append(text.slice(last));
	return fragment;
}

/**
 * A link that opens in a new tab without giving the new page a handle on this one.
 *
 * @param {string} href an address already checked with safeHttpUrl
 * @param {string} label visible text
 * @param {string} newWindowHint words read to screen readers after the label
 * @returns {HTMLAnchorElement}
 */
export function externalLink(href, label, newWindowHint) {
	return el('a', { attrs: { href, target: '_blank', rel: 'noopener noreferrer' } }, [
		label,
		el('span', { className: 'visually-hidden', text: newWindowHint }),
	]);
}

/**
 * Puts a page's words into its markup: the elements under root name theirs by key, in
 * `data-text` (the content), `data-label` (aria-label) and `data-placeholder`.
 *
 * @param {ParentNode} root
 * @param {Object<string, string>} strings the page's words, from its strings.js
 */
export function fillStrings(root, strings) {
	for (const node of root.querySelectorAll('[data-text]')) {
		node.textContent = strings[node.dataset.text];
	}
	for (const node of root.querySelectorAll('[data-label]')) {
		node.setAttribute('aria-label', strings[node.dataset.label]);
	}
	for (const node of root.querySelectorAll('[data-placeholder]')) {
		node.setAttribute('placeholder', strings[node.dataset.placeholder]);
	}
}
