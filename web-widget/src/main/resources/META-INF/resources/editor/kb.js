/**
 * The editors' REST API (docs/editors.md) as the console calls it. Every call goes out with the
 * signed-in editor's token (../shared/staff-session.js) and throws its ApiError when refused.
 */
import { api } from '../shared/staff-session.js';

const GUIDES = '/api/kb/guides';

/** The version an ETag names, e.g. `"3"` → 3. */
export function versionOf(etag) {
	const match = /(\d+)/.exec(etag ?? '');
	return match ? Number(match[1]) : null;
}

function query(params) {
	const search = new URLSearchParams();
	for (const [name, value] of Object.entries(params)) {
		if (value !== undefined && value !== null && value !== '') {
			search.set(name, value);
		}
	}
	const text = search.toString();
	return text === '' ? '' : `?${text}`;
}

function guidePath(id, ...rest) {
	return [GUIDES, encodeURIComponent(id), ...rest].join('/');
}

function ifMatch(version) {
	return Number.isSafeInteger(version) ? { 'If-Match': `"${version}"` } : {};
}

/** Summaries of every guide passing the filters {query, category, department, updatedBefore}. */
export function listGuides(filters = {}) {
	return api('GET', GUIDES + query(filters));
}

/** The published guide and its version. */
export async function getGuide(id) {
	const response = await api('GET', guidePath(id), undefined, { expect: 'response' });
	return { guide: await response.json(), version: versionOf(response.headers.get('ETag')) };
}

/** Saves and publishes; `version` is the one the edit started from (null for a new guide). */
export function saveGuide(id, guide, version) {
	return api('PUT', guidePath(id), guide, { headers: ifMatch(version) });
}

/** Withdraws a guide from answers. */
export function withdrawGuide(id) {
	return api('DELETE', guidePath(id));
}

/** Every version of a guide, oldest first. */
export function versions(id) {
	return api('GET', guidePath(id, 'versions'));
}

/** One version with its content: {version, author, created, guide}. */
export function version(id, number) {
	return api('GET', guidePath(id, 'versions', number));
}

/** Publishes an earlier version's content as a new version. */
export function restore(id, number) {
	return api('POST', guidePath(id, 'versions', number, 'restore'));
}

/** The changes between two versions: {id, from, to, changes: [{field, before, after}]}. */
export function diff(id, from, to) {
	return api('GET', guidePath(id, 'diff') + query({ from, to }));
}

/** Imports a guides file's text, JSON or CSV; answers the report. */
export function importGuides(text, format) {
	const type = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json';
	return api('POST', '/api/kb/import', text, { headers: { 'Content-Type': type } });
}

/** Every published guide as a file's text, JSON or CSV. */
export function exportGuides(format) {
	return api('GET', '/api/kb/export' + query({ format: format === 'csv' ? 'csv' : undefined }), undefined, { expect: 'text' });
}

/** Open groups of the gap inbox asked between the days given (yyyy-MM-dd, either may be empty). */
export function gaps(from, to) {
	return api('GET', '/api/kb/gaps' + query({ from, to }));
}

/** Takes a group out of the inbox. */
export function dismissGap(groupId) {
	return api('POST', `/api/kb/gaps/${encodeURIComponent(groupId)}/dismiss`);
}

/** Adds a group's question to a guide: {guideId, as: 'alias'|'faq', answer?, question?}. */
export function assignGap(groupId, assignment) {
	return api('POST', `/api/kb/gaps/${encodeURIComponent(groupId)}/assign`, assignment);
}

/** The lexicon: {version, words, synonyms}. */
export function lexicon() {
	return api('GET', '/api/kb/lexicon');
}

/** Saves the lexicon over the version it was read at. */
export function saveLexicon(words, synonyms, version) {
	return api('PUT', '/api/kb/lexicon', { words, synonyms }, { headers: ifMatch(version) });
}

/** The lexicon's versions: [{version, author, created}]. */
export function lexiconVersions() {
	return api('GET', '/api/kb/lexicon/versions');
}

/** What the bot would answer: {decision, confidence, text, guide?, options?, candidates, terms}. */
export function tryQuestion(question, currentGuideId) {
	const body = { question };
	if (currentGuideId) {
		body.currentGuideId = currentGuideId;
	}
	return api('POST', '/api/kb/try', body);
}
