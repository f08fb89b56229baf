package org.govassist.server.handoff;

/**
 * The login of an agent ended, and the consoles opened with it are to be closed on every node: a
 * Spring application event published on each node by the {@link HandoffBus}, for
 * {@link SessionWatch}.
 *
 * @param username the agent
 * @param tokenHash the hash of the login token that ended, or {@code null} for every login of the
 * agent
 * @param reason the close reason sent to the consoles, e.g. {@code logout}
 */
record AgentLoginEnded(String username, String tokenHash, String reason) {
}
