/**
 * Try a question: what the bot would answer (drawn as the citizen would see it, by the chat's
 * own rendering), with the candidate guides, their scores and matched terms, and the question's
 * terms (POST /api/kb/try). Nothing is recorded as a conversation.
 */
import { answer, clarify, fallback } from '../chat/render.js';
import { el } from '../shared/dom.js';
import * as kb from './kb.js';
import { strings as S } from './strings.js';
import { failureText, showMessage } from './ui.js';

/**
 * Builds the view.
 *
 * @param {HTMLElement} container
 * @param {object} context
 * @param {(error: unknown) => boolean} context.signedOut
 * @param {(id: string) => Promise<void>} context.openGuide
 * @returns {{show(): Promise<void>}}
 */
export function createTry(container, context) {
	const question = el('textarea', { className: 'control', attrs: { id: 'try-question', rows: 2, maxlength: 500 } });
	const currentGuide = el('select', { attrs: { id: 'try-guide' } }, [el('option', { text: S.tryNoGuide, attrs: { value: '' } })]);
	const run = el('button', { className: 'button button--primary', text: S.tryRun, attrs: { type: 'submit' } });
	const message = el('p', { className: 'message', attrs: { hidden: true } });
	const result = el('div', { className: 'try-result', attrs: { 'aria-live': 'polite' } });
	const form = el('form', { className: 'try-form', attrs: { novalidate: true } }, [
		el('div', { className: 'field' }, [el('label', { text: S.tryQuestion, attrs: { for: question.id } }), question]),
		el('div', { className: 'field field--inline' }, [el('label', { text: S.tryCurrentGuide, attrs: { for: currentGuide.id } }), currentGuide]),
		el('div', { className: 'actions' }, [run]),
	]);
	container.append(
		el('h2', { text: S.tryHeading }),
		el('p', { className: 'hint', text: S.tryHint }),
		form, message, result,
	);
	question.addEventListener('keydown', (event) => {
		if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
			event.preventDefault();
			form.requestSubmit();
		}
	});

	let guidesLoaded = false;

	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		const text = question.value.trim();
		if (text === '') {
			showMessage(message, S.tryNeedQuestion, true);
			question.focus();
			return;
		}
		run.disabled = true;
		showMessage(message, S.trying);
		try {
			showResult(await kb.tryQuestion(text, currentGuide.value || null));
			showMessage(message, '');
		} catch (error) {
			if (!context.signedOut(error)) {
				showMessage(message, failureText(error), true);
			}
		} finally {
			run.disabled = false;
		}
	});

	function showResult(outcome) {
		const decision = S.decisions[outcome.decision] ?? String(outcome.decision ?? '');
		const candidates = Array.isArray(outcome.candidates) ? outcome.candidates : [];
		const terms = Array.isArray(outcome.terms) ? outcome.terms : [];
		result.replaceChildren(
			el('p', { className: 'try-decision' }, [
				el('strong', { text: `${S.tryDecision}：${decision}` }),
				Number.isFinite(outcome.confidence) && el('span', { className: 'try-confidence', text: S.tryConfidence(outcome.confidence.toFixed(2)) }),
			]),
			terms.length > 0 && el('p', { className: 'try-terms' }, [
				S.tryTerms,
				...terms.map((term) => el('span', { className: 'term', text: term })),
			]),
			el('section', { className: 'try-reply', attrs: { 'aria-labelledby': 'try-reply-heading' } }, [
				el('h3', { text: S.tryBotSays, attrs: { id: 'try-reply-heading' } }),
				el('div', { className: 'citizen-preview log' }, [reply(outcome)]),
			]),
			el('section', { attrs: { 'aria-labelledby': 'try-candidates-heading' } }, [
				el('h3', { text: S.tryCandidates, attrs: { id: 'try-candidates-heading' } }),
				candidates.length === 0 ? el('p', { text: S.tryNoCandidates }) : candidateTable(candidates),
			]),
		);
	}

	function reply(outcome) {
		// A matter offered to the citizen opens that guide for editing here.
		const open = (matter) => context.openGuide(matter.guideId);
		if (outcome.decision === 'answer') {
			return answer({ text: outcome.text, guide: outcome.guide, related: [] }, open);
		}
		if (outcome.decision === 'clarify') {
			return clarify({ text: outcome.text, options: outcome.options }, open);
		}
		return fallback({ text: outcome.text, handoffAvailable: false }, () => {});
	}

	function candidateTable(candidates) {
		return el('table', { className: 'table candidates' }, [
			el('thead', {}, [el('tr', {}, Object.values(S.tryCandidateColumns).map((text) => el('th', { text, attrs: { scope: 'col' } })))]),
			el('tbody', {}, candidates.map((candidate) => el('tr', { attrs: { 'data-guide': candidate.guideId } }, [
				el('th', { attrs: { scope: 'row' } }, [
					el('button', {
						className: 'link-button',
						text: candidate.title,
						attrs: { type: 'button', 'aria-label': S.tryOpenGuide(candidate.title) },
						on: { click: () => context.openGuide(candidate.guideId) },
					}),
					el('span', { className: 'hint guide-id', text: candidate.guideId }),
				]),
				el('td', { className: 'score', text: number(candidate.score) }),
				el('td', { text: number(candidate.confidence) }),
				el('td', {}, (Array.isArray(candidate.matchedTerms) ? candidate.matchedTerms : [])
					.map((term) => el('span', { className: 'term', text: term }))),
			]))),
		]);
	}

	async function show() {
		if (guidesLoaded) {
			return;
		}
		try {
			const guides = (await kb.listGuides()).filter((guide) => !guide.withdrawn)
				.sort((a, b) => a.title.localeCompare(b.title, 'zh-CN'));
			currentGuide.append(...guides.map((guide) => el('option', { text: guide.title, attrs: { value: guide.id } })));
			guidesLoaded = true;
		} catch (error) {
			context.signedOut(error);
		}
	}

	return { show };
}

function number(value) {
	return Number.isFinite(value) ? value.toFixed(3) : S.none;
}
