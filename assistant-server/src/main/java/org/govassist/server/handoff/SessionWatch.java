package org.govassist.server.handoff;

import java.time.Duration;
import java.util.Optional;

import org.govassist.server.account.AuthTokens;
import org.govassist.server.account.Role;
import org.govassist.server.account.StaffSessionEnded;
import org.govassist.server.system.HandoffProperties;
import org.govassist.server.system.PeriodicJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;

/**
 * Closes agent sockets whose login ended, with status {@value #SESSION_ENDED}: at once when the
 * account's token or tokens end ({@link StaffSessionEnded}: logout, account disabled, password
 * reset, roles changed), and within {@code assistant.handoff.session-check} when a token expires
 * or its account is no longer an agent.
 * An agent signed out with no socket left loses their chats at once, without the grace time; an
 * expired token only disconnects, so the agent may sign in again within the grace time.
 *
 * <p>In a cluster, a login that ends on one node closes its consoles on every node (through the
 * {@link HandoffBus}), and each node checks the tokens of its own consoles.
 *
 * <p>Thread-safe.
 */
@Component
final class SessionWatch implements PeriodicJob {

	/** The close status of a socket whose login ended. */
	static final int SESSION_ENDED = 4401;

	private static final Logger log = LoggerFactory.getLogger(SessionWatch.class);

	private final AgentConnections connections;

	private final AgentPresence presence;

	private final HandoffDesk desk;

	private final HandoffBus bus;

	private final AuthTokens tokens;

	private final Duration interval;

	SessionWatch(AgentConnections connections, AgentPresence presence, HandoffDesk desk, HandoffBus bus,
			AuthTokens tokens, HandoffProperties properties) {
		this.connections = connections;
		this.presence = presence;
		this.desk = desk;
		this.bus = bus;
		this.tokens = tokens;
		this.interval = properties.sessionCheck();
	}

	/** A login ended on this node: its consoles are closed on every node. */
	@EventListener
	void sessionEnded(StaffSessionEnded ended) {
		bus.loginEnded(new AgentLoginEnded(ended.username(), ended.tokenHash(), ended.reason()));
	}

	/**
	 * Closes this node's consoles of the token or account that ended. When the agent then has no
	 * console open on any node, they lose their chats.
	 */
	@EventListener
	void loginEnded(AgentLoginEnded ended) {
		int closed = 0;
		for (AgentConnection connection : connections.of(ended.username())) {
			if (ended.tokenHash() == null || ended.tokenHash().equals(connection.tokenHash())) {
				if (connections.remove(connection)) {
					desk.disconnected(connection);
				}
				connection.close(new CloseStatus(SESSION_ENDED, ended.reason()));
				closed++;
			}
		}
		if (closed > 0) {
			log.info("Closed {} console sockets of agent {} ({})", closed, ended.username(), ended.reason());
		}
		if (noConsoleLeft(presence.agent(ended.username()))) {
			desk.runInBackground(() -> desk.releaseAll(ended.username(), "signed_out", SessionWatch::noConsoleLeft));
		}
	}

	@Override
	public String name() {
		return "closing agent sockets of expired logins";
	}

	@Override
	public Duration interval() {
		return interval;
	}

	@Override
	public void run() {
		for (AgentConnection connection : connections.all()) {
			boolean agent = tokens.authenticate(connection.token())
				.filter(account -> account.roles().contains(Role.AGENT))
				.isPresent();
			if (!agent) {
				log.info("Closing a console socket of agent {}: its login expired or is no longer an agent's",
						connection.username());
				connection.close(new CloseStatus(SESSION_ENDED, "expired"));
			}
		}
	}

	/** Whether an agent is present with no console open on any node. */
	private static boolean noConsoleLeft(Optional<PresentAgent> agent) {
		return agent.filter(present -> present.sockets() == 0).isPresent();
	}

}
