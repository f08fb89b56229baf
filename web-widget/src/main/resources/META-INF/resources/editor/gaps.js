/**
 * The gap inbox: the questions the bot could not answer well, grouped, most asked first, with
 * their counts, when last asked and examples; each group can be added to a guide as an alias or
 * as an FAQ, or dismissed.
 */
import { el } from '../shared/dom.js';
import * as kb from './kb.js';
import { strings as S } from './strings.js';
import { failureText, formatTime, showMessage } from './ui.js';
import { serverMessage } from './validation.js';

/**
 * Builds the view.
 *
 * @param {HTMLElement} container
 * @param {object} context
 * @param {(error: unknown) => boolean} context.signedOut
 * @param {() => void} context.guideChanged
 * @returns {{show(): Promise<void>}}
 */
export function createGaps(container, context) {
	const from = el('input', { attrs: { type: 'date', id: 'gaps-from' } });
	const to = el('input', { attrs: { type: 'date', id: 'gaps-to' } });
	const range = el('form', { className: 'filters', attrs: { novalidate: true } }, [
		el('div', { className: 'field field--inline' }, [el('label', { text: S.gapsFrom, attrs: { for: from.id } }), from]),
		el('div', { className: 'field field--inline' }, [el('label', { text: S.gapsTo, attrs: { for: to.id } }), to]),
		el('button', { className: 'button', text: S.gapsRefresh, attrs: { type: 'submit' } }),
	]);
	const count = el('p', { className: 'list-count', attrs: { tabindex: '-1' } });
	const message = el('p', { className: 'message', attrs: { hidden: true } });
	const groups = el('ul', { className: 'gap-groups', attrs: { 'aria-labelledby': 'gaps-heading' } });
	container.append(
		el('h2', { text: S.gapsHeading, attrs: { id: 'gaps-heading' } }),
		el('p', { className: 'hint', text: S.gapsHint }),
		range, message, count, groups,
	);
	range.addEventListener('submit', (event) => {
		event.preventDefault();
		show();
	});

	/** Published guides for the choice of where a question goes: [{id, title}]. */
	let guides = [];

	async function show() {
		try {
			const [open, all] = await Promise.all([kb.gaps(from.value, to.value), kb.listGuides()]);
			guides = all.filter((guide) => !guide.withdrawn)
				.sort((a, b) => a.title.localeCompare(b.title, 'zh-CN'));
			showMessage(message, '');
			groups.replaceChildren(...open.map(group));
			updateCount();
		} catch (error) {
			if (!context.signedOut(error)) {
				showMessage(message, failureText(error), true);
			}
		}
	}

	function updateCount() {
		const shown = groups.querySelectorAll('.gap-group').length;
		count.textContent = shown === 0 ? S.gapsEmpty : S.gapsCount(shown);
	}

	function group(gap) {
		const examples = Array.isArray(gap.examples) ? gap.examples : [];
		const first = examples[0] ?? '';
		const key = gap.groupId;
		const headingId = `gap-${key}-heading`;
		const rated = Array.isArray(gap.ratedGuides) ? gap.ratedGuides : [];
		const guide = el('select', { attrs: { id: `gap-${key}-guide` } }, [
			el('option', { text: S.gapChooseGuide, attrs: { value: '' } }),
			...guides.map((candidate) => el('option', { text: `${candidate.title}（${candidate.id}）`, attrs: { value: candidate.id } })),
		]);
		if (rated.length > 0 && guides.some((candidate) => candidate.id === rated[0])) {
			guide.value = rated[0];
		}
		const asAlias = el('input', { attrs: { type: 'radio', name: `gap-${key}-as`, value: 'alias', id: `gap-${key}-alias`, checked: true } });
		const asFaq = el('input', { attrs: { type: 'radio', name: `gap-${key}-as`, value: 'faq', id: `gap-${key}-faq` } });
		const question = el('input', { className: 'control', attrs: { type: 'text', id: `gap-${key}-question` } });
		question.value = first;
		const answer = el('textarea', { className: 'control', attrs: { id: `gap-${key}-answer`, rows: 3 } });
		const answerField = el('div', { className: 'field', attrs: { hidden: true } }, [
			el('label', { text: S.gapAnswer, attrs: { for: answer.id } }), answer,
		]);
		const status = el('p', { className: 'message', attrs: { hidden: true } });
		for (const radio of [asAlias, asFaq]) {
			radio.addEventListener('change', () => { answerField.hidden = !asFaq.checked; });
		}
		const item = el('li', { className: 'gap-group', attrs: { 'data-group': key } });
		const form = el('form', { className: 'gap-actions', attrs: { novalidate: true, 'aria-label': S.gapActions(first) } }, [
			el('div', { className: 'field' }, [el('label', { text: S.gapGuide, attrs: { for: guide.id } }), guide]),
			el('fieldset', { className: 'field choice' }, [
				el('legend', { text: S.gapAs }),
				el('label', { attrs: { for: asAlias.id } }, [asAlias, S.gapAsAlias]),
				el('label', { attrs: { for: asFaq.id } }, [asFaq, S.gapAsFaq]),
			]),
			el('div', { className: 'field' }, [el('label', { text: S.gapQuestion, attrs: { for: question.id } }), question]),
			answerField,
			el('div', { className: 'actions' }, [
				el('button', { className: 'button button--primary gap-assign', text: S.gapAssign, attrs: { type: 'submit' } }),
				el('button', { className: 'button gap-dismiss', text: S.gapDismiss, attrs: { type: 'button' }, on: { click: dismiss } }),
			]),
			status,
		]);
		form.addEventListener('submit', async (event) => {
			event.preventDefault();
			if (!guide.value) {
				showMessage(status, S.gapNeedGuide, true);
				guide.focus();
				return;
			}
			const as = asFaq.checked ? 'faq' : 'alias';
			if (as === 'faq' && answer.value.trim() === '') {
				showMessage(status, S.gapNeedAnswer, true);
				answer.focus();
				return;
			}
			const assignment = { guideId: guide.value, as };
			if (question.value.trim() !== '' && question.value.trim() !== first) {
				assignment.question = question.value.trim();
			}
			if (as === 'faq') {
				assignment.answer = answer.value.trim();
			}
			try {
				const outcome = await kb.assignGap(key, assignment);
				const title = guides.find((candidate) => candidate.id === guide.value)?.title ?? guide.value;
				done(S.gapAssigned(title, outcome.version));
				context.guideChanged();
			} catch (error) {
				failed(error);
			}
		});

		async function dismiss() {
			try {
				await kb.dismissGap(key);
				done(S.gapDismissed);
			} catch (error) {
				failed(error);
			}
		}

		function done(words) {
			// The focus goes to the next group (or the list's count) rather than to nowhere.
			const next = item.nextElementSibling ?? item.previousElementSibling;
			item.remove();
			updateCount();
			showMessage(message, words);
			(next?.querySelector('select') ?? count).focus();
		}

		function failed(error) {
			if (context.signedOut(error)) {
				return;
			}
			const fields = error?.fieldErrors ?? [];
			showMessage(status, fields.length > 0
				? fields.map((problem) => serverMessage(problem.message)).join(' ')
				: failureText(error), true);
		}

		const kinds = Object.entries(gap.kinds ?? {}).filter(([, n]) => n > 0);
		item.append(el('article', { attrs: { 'aria-labelledby': headingId } }, [
			el('h3', { text: first, attrs: { id: headingId } }),
			el('p', { className: 'gap-meta' }, [
				el('span', { className: 'gap-count', text: S.gapAsked(gap.count) }),
				el('span', { text: S.gapLastAsked(formatTime(gap.lastAsked)) }),
				...kinds.map(([kind, n]) => el('span', { text: S.gapKind(S.gapKinds[kind] ?? kind, n) })),
			]),
			examples.length > 1 && el('div', { className: 'gap-examples' }, [
				el('p', { className: 'hint', text: S.gapExamples }),
				el('ul', {}, examples.map((example) => el('li', { className: 'text', text: example }))),
			]),
			rated.length > 0 && el('p', { className: 'hint', text: S.gapRatedGuides + rated.join('、') }),
			form,
		]));
		return item;
	}

	return { show };
}
