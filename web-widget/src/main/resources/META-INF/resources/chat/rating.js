/**
 * The rating (好差评) controls: five stars under a reply, and the form for the whole service with
 * its five levels, tags and comment; and the memory of the ratings given.
 *
 * Levels are those of the national 好差评 scheme: 5 非常满意, 4 满意, 3 基本满意, 2 不满意,
 * 1 非常不满意. Each control reports the citizen's choice through its callback and waits: the app
 * sends the rating and then calls `done` once the server has acknowledged it, or `failed` so
 * that the citizen can try again. Both controls are plain buttons and form fields, so they work
 * with the keyboard and a screen reader.
 */

import { el } from '../shared/dom.js';
import { strings as S } from './strings.js';

const STARS = [1, 2, 3, 4, 5];
/** Lit and unlit stars differ in shape, not only in colour. */
const STAR_LIT = '★';
const STAR_UNLIT = '☆';
const LEVELS_BEST_FIRST = [5, 4, 3, 2, 1];
const COMMENT_MAX_LENGTH = 500;

let lastId = 0;

/**
 * The ratings given in the current conversation, by target (e.g. an answer's seq), kept in the
 * tab's session store so that a reloaded page shows them as given instead of asking again.
 */
export class RatingMemory {
	#store;

	/**
	 * @param {{get(key: string): string|null, set(key: string, value: string): void, remove(key: string): void}} store
	 *        the conversation's store, see ../shared/storage.js
	 */
	constructor(store) {
		this.#store = store;
	}

	/**
	 * @param {string} target
	 * @returns {number|null} the level given to it, or null
	 */
	levelOf(target) {
		const level = this.#read()[target];
		return Number.isSafeInteger(level) && level >= 1 && level <= 5 ? level : null;
	}

	/**
	 * @param {string} target
	 * @param {number} level
	 */
	remember(target, level) {
		this.#store.set('ratings', JSON.stringify({ ...this.#read(), [target]: level }));
	}

	/** Forgets every rating, when a new conversation starts. */
	forget() {
		this.#store.remove('ratings');
	}

	#read() {
		try {
			const ratings = JSON.parse(this.#store.get('ratings') ?? '{}');
			return ratings && typeof ratings === 'object' ? ratings : {};
		} catch {
			return {};
		}
	}
}

/**
 * Five stars asking whether one reply helped.
 *
 * @param {object} options
 * @param {string} [options.question] the words before the stars
 * @param {number|null} [options.ratedLevel] the level already given, shown instead of the stars
 * @param {(level: number) => void} options.onRate called with the level tapped
 * @returns {{element: HTMLElement, done(level: number): void, failed(): void, isRated(): boolean}}
 */
export function quickRating({ question = S.quickRatingQuestion, ratedLevel = null, onRate }) {
	const questionId = nextId('quick-rating');
	const caption = el('span', { className: 'quick-rating-caption', attrs: { 'aria-hidden': 'true' } });
	const stars = STARS.map((level) => el('button', {
		className: 'star',
		text: STAR_UNLIT,
		attrs: { type: 'button', 'aria-label': S.quickRatingLevel(level, S.levels[level]), 'data-level': level },
		on: {
			click: () => choose(level),
			mouseenter: () => preview(level),
			focus: () => preview(level),
		},
	}));
	const row = el('div', { className: 'stars', on: { mouseleave: () => preview(null), focusout: () => preview(null) } }, stars);
	const element = el('div', { className: 'quick-rating', attrs: { role: 'group', 'aria-labelledby': questionId } }, [
		el('p', { className: 'quick-rating-question', text: question, attrs: { id: questionId } }),
		row,
		caption,
	]);
	let chosen = null;
	let rated = false;

	function preview(level) {
		const shown = level ?? chosen;
		caption.textContent = shown ? S.levels[shown] : '';
		for (const star of stars) {
			const lit = shown !== null && Number(star.dataset.level) <= shown;
			star.classList.toggle('star--lit', lit);
			star.textContent = lit ? STAR_LIT : STAR_UNLIT;
		}
	}

	function choose(level) {
		if (chosen !== null) {
			return;
		}
		chosen = level;
		for (const star of stars) {
			star.setAttribute('aria-disabled', 'true');
			star.setAttribute('aria-pressed', String(Number(star.dataset.level) === level));
		}
		preview(level);
		onRate(level);
	}

	function done(level) {
		rated = true;
		const hadFocus = element.contains(document.activeElement);
		const thanks = el('p', { className: 'quick-rating-done', text: S.rated(S.levels[level]), attrs: { tabindex: '-1' } });
		element.replaceChildren(thanks);
		element.removeAttribute('aria-labelledby');
		if (hadFocus) {
			thanks.focus();
		}
	}

	function failed() {
		chosen = null;
		for (const star of stars) {
			star.removeAttribute('aria-disabled');
			star.removeAttribute('aria-pressed');
		}
		preview(null);
	}

	if (ratedLevel) {
		done(ratedLevel);
	}
	return { element, done, failed, isRated: () => rated };
}

/**
 * The form rating the whole service: a level, then the tags that fit it (what went wrong for
 * 1–2, what went well for 4–5), and a comment.
 *
 * @param {object} options
 * @param {number|null} [options.ratedLevel] the level already given, shown as thanks instead of the form
 * @param {(rating: {level: number, tags: string[], comment: string}) => void} options.onSubmit
 *        called when the citizen submits with a level chosen
 * @returns {{element: HTMLElement, done(): void, failed(): void, isPending(): boolean, focus(): void}}
 */
export function serviceRating({ ratedLevel = null, onSubmit }) {
	const id = nextId('service-rating');
	const title = el('h2', { className: 'rating-title', text: S.ratingTitle, attrs: { id: `${id}-title`, tabindex: '-1' } });
	const levels = el('fieldset', { className: 'rating-levels' }, [
		el('legend', { className: 'visually-hidden', text: S.ratingLevels }),
		el('div', { className: 'level-options' }, LEVELS_BEST_FIRST.map((level) => el('label', { className: 'level' }, [
			el('input', {
				className: 'visually-hidden',
				attrs: { type: 'radio', name: `${id}-level`, value: level },
				on: { change: () => showTags(level) },
			}),
			el('span', { text: S.levels[level] }),
		]))),
	]);
	const lowTags = tagGroup(S.ratingTagsLow, S.tagsLow);
	const highTags = tagGroup(S.ratingTagsHigh, S.tagsHigh);
	const comment = el('textarea', {
		className: 'rating-comment',
		attrs: { id: `${id}-comment`, rows: '2', maxlength: COMMENT_MAX_LENGTH },
	});
	const problem = el('p', { className: 'rating-problem', attrs: { role: 'alert' } });
	const submit = el('button', { className: 'rating-submit', text: S.ratingSubmit, attrs: { type: 'submit' } });
	const form = el('form', {
		className: 'rating-form',
		attrs: { novalidate: true, 'aria-labelledby': title.id },
		on: { submit: send },
	}, [
		title,
		levels,
		lowTags,
		highTags,
		el('label', { className: 'rating-comment-label', text: S.ratingComment, attrs: { for: comment.id } }),
		comment,
		problem,
		submit,
	]);
	const element = el('div', { className: 'service-rating' }, [form]);
	let pending = true;

	function showTags(level) {
		problem.textContent = '';
		show(lowTags, level <= 2);
		show(highTags, level >= 4);
	}

	function show(group, visible) {
		group.hidden = !visible;
		if (!visible) {
			for (const box of group.querySelectorAll('input')) {
				box.checked = false;
			}
		}
	}

	function send(event) {
		event.preventDefault();
		if (!pending || form.dataset.sending === 'true') {
			return;
		}
		const checked = levels.querySelector('input:checked');
		if (!checked) {
			problem.textContent = S.ratingChooseLevel;
			levels.querySelector('input').focus();
			return;
		}
		form.dataset.sending = 'true';
		submit.textContent = S.ratingSending;
		submit.setAttribute('aria-disabled', 'true');
		const tags = Array.from(form.querySelectorAll('.rating-tags:not([hidden]) input:checked'), (box) => box.value);
		onSubmit({ level: Number(checked.value), tags, comment: comment.value.trim() });
	}

	function done() {
		pending = false;
		const hadFocus = element.contains(document.activeElement);
		const thanks = el('p', { className: 'rating-thanks', text: S.ratingThanks, attrs: { tabindex: '-1' } });
		element.replaceChildren(thanks);
		if (hadFocus) {
			thanks.focus();
		}
	}

	function failed() {
		delete form.dataset.sending;
		submit.textContent = S.ratingSubmit;
		submit.removeAttribute('aria-disabled');
	}

	if (ratedLevel) {
		done();
	}
	return {
		element,
		done,
		failed,
		isPending: () => pending,
		focus: () => (pending ? title : element.firstElementChild)?.focus(),
	};
}

function tagGroup(legend, tags) {
	return el('fieldset', { className: 'rating-tags', attrs: { hidden: true } }, [
		el('legend', { className: 'rating-tags-legend', text: legend }),
		el('div', { className: 'tag-options' }, tags.map((tag) => el('label', { className: 'tag' }, [
			el('input', { className: 'visually-hidden', attrs: { type: 'checkbox', value: tag } }),
			el('span', { text: tag }),
		]))),
	]);
}

function nextId(prefix) {
	lastId += 1;
	return `${prefix}-${lastId}`;
}
