package org.govassist.server.handoff;

/**
 * A reply an agent keeps at hand.
 *
 * @param id its number
 * @param title what the agent picks it by
 * @param text the words it puts in the reply box
 * @param shared whether every agent has it (kept by admins) rather than only its owner
 * @param owner the username that created it
 */
record CannedReply(long id, String title, String text, boolean shared, String owner) {
}
