package org.govassist.server.editor;

/**
 * What saving a guide did.
 *
 * @param id the guide's id
 * @param version its current version after the save
 * @param change what happened to it
 */
record SaveOutcome(String id, int version, Change change) {

	/** What a save did to the guide. */
	enum Change {
		/** A new guide, now version 1. */
		CREATED,
		/** A new version, or the current one published again after a withdrawal. */
		UPDATED,
		/** The same content was already published: no new version. */
		UNCHANGED
	}

}
