/*
 * The embed loader of the 智能咨询 chat.
 *
 * A portal adds it with one line:
 *     <script src="https://ASSISTANT-HOST/widget.js" defer></script>
 * It puts a 智能咨询 button at the bottom right of the page. The first click opens the chat,
 * /chat/index.html of the assistant's own origin, in an iframe: the portal cannot read the
 * conversation, and the chat talks only to its own server. Closing hides the iframe without
 * ending the conversation. On screens up to 600 px wide the chat fills the screen.
 *
 * Everything lives in a shadow root with its own stylesheet, so the portal's CSS cannot reach
 * in and nothing of the portal is restyled; no global name is added. The chat and this loader
 * talk by postMessage: the chat asks to be closed (its close button, Escape) and reports the
 * 长辈版, for which the panel grows; the loader tells the chat when it has been opened.
 */
(() => {
	'use strict';

	const TEXT = {
		launcher: '智能咨询',
		frameTitle: '临江市政务服务 智能咨询',
	};
	const HOST_TAG = 'govassist-widget';
	const SVG = 'http://www.w3.org/2000/svg';

	const STYLE = `
		:host {
			all: initial;
		}
		.launcher {
			position: fixed;
			right: 20px;
			bottom: 20px;
			z-index: 2147483000;
			display: inline-flex;
			align-items: center;
			gap: 8px;
			min-height: 52px;
			margin: 0;
			padding: 0 22px 0 18px;
			border: 0;
			border-radius: 26px;
			background: #1a56b4;
			color: #fff;
			font: 600 17px/1.2 system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
			letter-spacing: 0.05em;
			box-shadow: 0 6px 20px rgb(15 63 140 / 0.35);
			cursor: pointer;
		}
		.launcher:hover {
			background: #0f3f8c;
		}
		.launcher:focus-visible {
			outline: 3px solid #0b2e6b;
			outline-offset: 3px;
			box-shadow: 0 0 0 3px #fff;
		}
		.icon {
			width: 24px;
			height: 24px;
			flex: none;
		}
		.icon-close,
		.open .icon-chat {
			display: none;
		}
		.open .icon-close {
			display: block;
		}
		.frame {
			position: fixed;
			right: 20px;
			bottom: 88px;
			z-index: 2147483000;
			display: block;
			width: 400px;
			max-width: calc(100vw - 40px);
			height: min(680px, calc(100vh - 112px));
			margin: 0;
			padding: 0;
			border: 0;
			border-radius: 16px;
			background: #fff;
			box-shadow: 0 12px 48px rgb(0 0 0 / 0.22);
		}
		.frame.large {
			width: 600px;
			height: calc(100vh - 112px);
		}
		.frame[hidden] {
			display: none;
		}
		@media (prefers-reduced-motion: no-preference) {
			.frame {
				animation: rise 0.18s ease-out;
			}
		}
		@keyframes rise {
			from {
				opacity: 0;
				transform: translateY(12px);
			}
		}
		@media (max-width: 600px) {
			.launcher {
				right: 16px;
				bottom: 16px;
			}
			.frame,
			.frame.large {
				inset: 0;
				width: 100%;
				max-width: none;
				height: 100%;
				border-radius: 0;
			}
			.open .launcher {
				display: none;
			}
		}
	`;

	const script = document.currentScript ?? document.querySelector('script[src$="/widget.js"]');
	if (!script || document.querySelector(HOST_TAG)) {
		// Without its script element the chat's origin is unknown; a second copy would add a second button.
		return;
	}
	const origin = new URL(script.src, document.baseURI).origin;
	const chatUrl = `${origin}/chat/index.html`;

	if (document.body) {
		mount();
	} else {
		document.addEventListener('DOMContentLoaded', mount, { once: true });
	}

	function mount() {
		const host = document.createElement(HOST_TAG);
		const shadow = host.attachShadow({ mode: 'open' });
		adoptStyle(shadow);

		const root = document.createElement('div');
		const launcher = document.createElement('button');
		launcher.type = 'button';
		launcher.className = 'launcher';
		launcher.setAttribute('aria-expanded', 'false');
		launcher.append(
			icon('icon icon-chat', 'M6 3h12a3 3 0 0 1 3 3v8a3 3 0 0 1-3 3h-7l-5 4v-4H6a3 3 0 0 1-3-3V6a3 3 0 0 1 3-3z', true),
			icon('icon icon-close', 'M6 6l12 12M18 6L6 18', false),
			label(TEXT.launcher),
		);
		root.append(launcher);
		shadow.append(root);
		document.body.append(host);

		let frame = null;
		let frameLoaded = false;

		launcher.addEventListener('click', () => (isOpen() ? close() : open()));
		launcher.addEventListener('keydown', (event) => {
			if (event.key === 'Escape' && isOpen()) {
				close();
			}
		});
		window.addEventListener('message', (event) => {
			if (!frame || event.source !== frame.contentWindow || event.origin !== origin) {
				return;
			}
			const type = event.data?.type;
			if (type === 'govassist:close') {
				close();
			} else if (type === 'govassist:elder') {
				frame.classList.toggle('large', event.data.on === true);
			}
		});

		function isOpen() {
			return root.classList.contains('open');
		}

		function open() {
			if (!frame) {
				frame = createFrame();
				root.append(frame);
			}
			frame.hidden = false;
			root.classList.add('open');
			launcher.setAttribute('aria-expanded', 'true');
			frame.focus();
			if (frameLoaded) {
				announceOpened();
			}
		}

		function close() {
			frame.hidden = true;
			root.classList.remove('open');
			launcher.setAttribute('aria-expanded', 'false');
			launcher.focus();
		}

		function createFrame() {
			const element = document.createElement('iframe');
			element.className = 'frame';
			element.id = 'govassist-chat';
			element.title = TEXT.frameTitle;
			element.src = chatUrl;
			element.addEventListener('load', () => {
				frameLoaded = true;
				if (isOpen()) {
					announceOpened();
				}
			}, { once: true });
			launcher.setAttribute('aria-controls', element.id);
			return element;
		}

		function announceOpened() {
			frame.contentWindow.postMessage({ type: 'govassist:opened' }, origin);
		}
	}

	/** The stylesheet goes in as a constructed sheet, which a strict style-src on the portal does not block. */
	function adoptStyle(shadow) {
		try {
			const sheet = new CSSStyleSheet();
			sheet.replaceSync(STYLE);
			shadow.adoptedStyleSheets = [sheet];
		} catch {
			const style = document.createElement('style');
			style.textContent = STYLE;
			shadow.append(style);
		}
	}

	function icon(className, path, filled) {
		const svg = document.createElementNS(SVG, 'svg');
		svg.setAttribute('class', className);
		svg.setAttribute('viewBox', '0 0 24 24');
		svg.setAttribute('aria-hidden', 'true');
		svg.setAttribute('focusable', 'false');
		const shape = document.createElementNS(SVG, 'path');
		shape.setAttribute('d', path);
		if (filled) {
			shape.setAttribute('fill', 'currentColor');
		} else {
			shape.setAttribute('fill', 'none');
			shape.setAttribute('stroke', 'currentColor');
			shape.setAttribute('stroke-width', '2.5');
			shape.setAttribute('stroke-linecap', 'round');
		}
		svg.append(shape);
		return svg;
	}

	function label(text) {
		const span = document.createElement('span');
		span.textContent = text;
		return span;
	}
})();
