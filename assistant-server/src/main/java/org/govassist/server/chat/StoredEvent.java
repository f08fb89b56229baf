package org.govassist.server.chat;

/**
 * One event of a conversation's record, as sent to the citizen.
 *
 * @param seq its place in the conversation
 * @param json the message, as JSON
 */
record StoredEvent(long seq, String json) {
}
