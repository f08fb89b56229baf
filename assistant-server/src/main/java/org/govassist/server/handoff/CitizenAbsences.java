package org.govassist.server.handoff;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Since when the citizens of conversations queued or held by agents have had no connection open,
 * for the citizens' grace time ({@link CitizenGraceWatch}). {@link LocalCitizenAbsences} keeps them in
 * this node's memory; a cluster keeps them where every node sees them, so that whichever node
 * notices the end of the grace time closes the conversation, once.
 *
 * <p>Implementations are thread-safe.
 */
interface CitizenAbsences {

	/**
	 * The citizen left: their absence runs from a time, whether or not one was recorded before.
	 *
	 * @param conversationId the conversation
	 * @param since since when
	 */
	void left(UUID conversationId, Instant since);

	/**
	 * Records the citizen's absence from a time, unless one is recorded already.
	 *
	 * @return whether it was recorded now
	 */
	boolean leftUnlessKnown(UUID conversationId, Instant since);

	/**
	 * The citizen is back.
	 *
	 * @return whether an absence was recorded, now forgotten
	 */
	boolean returned(UUID conversationId);

	/**
	 * Takes the absences that began before a time: each is forgotten, and returned to one caller
	 * only, even when several nodes ask at once.
	 *
	 * @param before the time
	 * @return the conversations
	 */
	List<UUID> takeBegunBefore(Instant before);

}
