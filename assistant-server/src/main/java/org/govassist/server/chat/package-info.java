/**
 * The citizen chat: the {@code /ws/chat} WebSocket protocol, conversations and their recorded
 * events, the bot's part in them (greeting, answers, handoff to a message left for staff,
 * farewells), ratings as citizens give them, flood limits and the closing of idle
 * conversations. The protocol is described in docs/protocol.md.
 */
package org.govassist.server.chat;
