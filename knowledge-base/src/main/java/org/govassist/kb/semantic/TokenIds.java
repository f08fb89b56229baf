package org.govassist.kb.semantic;

import java.util.Arrays;

/**
 * The token ids of one text as they are produced, up to a fixed number: the ids past it are
 * dropped, which is how over-long text is truncated. Not thread-safe; one per encoding.
 */
final class TokenIds {

	private final int capacity;

	private int[] ids = new int[32];

	private int size;

	TokenIds(int capacity) {
		this.capacity = capacity;
	}

	/**
	 * Appends an id if there is room.
	 *
	 * @return whether there is room for more after it
	 */
	boolean add(int id) {
		if (size < capacity) {
			if (size == ids.length) {
				ids = Arrays.copyOf(ids, Math.min(capacity, size * 2));
			}
			ids[size++] = id;
		}
		return size < capacity;
	}

	boolean full() {
		return size >= capacity;
	}

	/** The ids collected, between {@code first} and {@code last}. */
	int[] between(int first, int last) {
		int[] result = new int[size + 2];
		result[0] = first;
		System.arraycopy(ids, 0, result, 1, size);
		result[size + 1] = last;
		return result;
	}

}
