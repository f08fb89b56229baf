/**
 * The citizen chat: the {@code /ws/chat} WebSocket protocol, conversations and their recorded
 * events. The protocol is described in docs/protocol.md.
 */
package org.govassist.server.chat;
