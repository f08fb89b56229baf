/**
 * What a failed REST call means to the agent. A 401 means the login no longer holds: the page
 * is told through a `govassist:signed-out` event on window, wherever the call was made, and
 * shows the sign-in form again.
 */

import { ApiError } from '../shared/staff-session.js';
import { strings as S } from './strings.js';

/** The event the page listens for to return to the sign-in form. */
export const SIGNED_OUT_EVENT = 'govassist:signed-out';

/**
 * The words to show for a failed call, after raising the signed-out event on a 401.
 *
 * @param {unknown} error what the call threw
 * @param {string} fallback the words when the server gave none, e.g. S.guideFailed
 * @returns {string}
 */
export function explainFailure(error, fallback) {
	if (error instanceof ApiError) {
		if (error.status === 401) {
			window.dispatchEvent(new CustomEvent(SIGNED_OUT_EVENT));
			return S.sessionEnded;
		}
		if (error.status === 403) {
			return S.forbidden;
		}
		if (error.status >= 400 && error.status < 500 && error.message) {
			return error.message;
		}
	}
	return fallback;
}
