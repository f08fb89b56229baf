/**
 * Key-value storage over one Web Storage area (sessionStorage or localStorage) under a key
 * prefix.
 *
 * Browsers may refuse storage to a page framed by another site, or throw when it is full; the
 * store then keeps its values in memory for the life of the page, so callers never have to
 * guard each read and write.
 */

/**
 * Opens a store.
 *
 * @param {() => Storage} area returns the storage area; a function because merely reading
 *        window.sessionStorage throws where storage is blocked
 * @param {string} prefix put before every key, e.g. 'govassist.chat.'
 * @returns {{get(key: string): string|null, set(key: string, value: string): void, remove(key: string): void}}
 */
export function openStore(area, prefix) {
	const memory = new Map();
	let storage;
	try {
		storage = area();
	} catch {
		storage = null;
	}

	return {
		get(key) {
			try {
				if (storage) {
					return storage.getItem(prefix + key);
				}
			} catch {
				// Blocked after all: fall through to the in-memory copy.
			}
			return memory.get(key) ?? null;
		},
		set(key, value) {
			memory.set(key, value);
			try {
				storage?.setItem(prefix + key, value);
			} catch {
				// Full or blocked: the in-memory copy still serves this page.
			}
		},
		remove(key) {
			memory.delete(key);
			try {
				storage?.removeItem(prefix + key);
			} catch {
				// Nothing stored there to remove.
			}
		},
	};
}
