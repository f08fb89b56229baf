/**
 * The signed-in staff member of a console page (agent, editor or admin) and the REST calls
 * made on their behalf.
 *
 * The login token is kept in sessionStorage, so it dies with the tab, and sent as
 * `Authorization: Bearer` on every call: no cookie authorises a REST call, which leaves nothing
 * for cross-site request forgery to ride on. The login also sets an HttpOnly cookie that only
 * the agents' WebSocket accepts, because a browser cannot put a header on a WebSocket.
 */
import { openStore } from './storage.js';

const store = openStore(() => window.sessionStorage, 'govassist.staff.');

/**
 * A refused or failed call, carrying the server's problem details (RFC 9457).
 */
export class ApiError extends Error {
	/**
	 * @param {number} status HTTP status, 0 when the server could not be reached
	 * @param {string} message the problem's detail or title
	 * @param {Array<{field: string, message: string}>} fieldErrors the fields at fault, if any
	 * @param {object|null} problem the whole problem body
	 */
	constructor(status, message, fieldErrors = [], problem = null) {
		super(message);
		this.name = 'ApiError';
		this.status = status;
		this.fieldErrors = fieldErrors;
		this.problem = problem;
	}
}

/**
 * The staff member signed in in this tab.
 *
 * @returns {{token: string, username: string, roles: string[]}|null}
 */
export function currentStaff() {
	const token = store.get('token');
	if (!token) {
		return null;
	}
	return {
		token,
		username: store.get('username') ?? '',
		roles: (store.get('roles') ?? '').split(',').filter(Boolean),
	};
}

/**
 * Signs in.
 *
 * @param {string} username
 * @param {string} password
 * @returns {Promise<{token: string, username: string, roles: string[]}>}
 * @throws {ApiError} on a wrong password (401), a locked account (429) or an unreachable server
 */
export async function signIn(username, password) {
	const body = await call('POST', '/api/auth/login', { username, password }, null);
	store.set('token', body.token);
	store.set('username', username);
	store.set('roles', (body.roles ?? []).join(','));
	return currentStaff();
}

/**
 * Signs out: the server forgets the token (and closes this member's agent sockets), and the tab
 * forgets it whatever the server said.
 *
 * @returns {Promise<void>}
 */
export async function signOut() {
	const staff = currentStaff();
	store.remove('token');
	store.remove('username');
	store.remove('roles');
	if (staff) {
		try {
			await call('POST', '/api/auth/logout', undefined, staff.token);
		} catch {
			// The token is gone from this tab either way; an unreachable server lets it expire.
		}
	}
}

/**
 * Calls the REST API as the signed-in member.
 *
 * @param {string} method e.g. 'GET'
 * @param {string} path e.g. '/api/kb/guides'
 * @param {unknown} [body] sent as JSON unless undefined; a string is sent as it is (e.g. CSV)
 * @param {object} [options]
 * @param {Object<string, string>} [options.headers] extra request headers, e.g. If-Match
 * @param {'json'|'text'|'response'} [options.expect] how to read the answer; 'json' unless given
 * @returns {Promise<any>} the parsed answer, or null for 204
 * @throws {ApiError} when the server refuses; on 401 the tab's token is forgotten first
 */
export async function api(method, path, body, { headers = {}, expect = 'json' } = {}) {
	const staff = currentStaff();
	try {
		return await call(method, path, body, staff?.token ?? null, headers, expect);
	} catch (error) {
		if (error instanceof ApiError && error.status === 401) {
			store.remove('token');
		}
		throw error;
	}
}

async function call(method, path, body, token, headers = {}, expect = 'json') {
	const request = { method, headers: { Accept: 'application/json, application/problem+json', ...headers } };
	if (token) {
		request.headers.Authorization = `Bearer ${token}`;
	}
	if (body !== undefined) {
		if (typeof body === 'string') {
			request.body = body;
		} else {
			request.headers['Content-Type'] = 'application/json';
			request.body = JSON.stringify(body);
		}
	}
	let response;
	try {
		response = await fetch(path, request);
	} catch (error) {
		throw new ApiError(0, String(error?.message ?? error));
	}
	if (!response.ok) {
		let problem = null;
		try {
			problem = await response.json();
		} catch {
			// Not a problem document: the status says enough.
		}
		throw new ApiError(response.status, problem?.detail ?? problem?.title ?? response.statusText,
			Array.isArray(problem?.errors) ? problem.errors : [], problem);
	}
	if (expect === 'response') {
		return response;
	}
	if (response.status === 204) {
		return null;
	}
	return expect === 'text' ? response.text() : response.json();
}
