package org.govassist.server.handoff;

import java.time.Duration;
import java.time.Instant;

import org.govassist.server.system.HandoffProperties;
import org.govassist.server.system.PeriodicJob;
import org.springframework.stereotype.Component;

/**
 * Takes the conversations of agents disconnected for longer than
 * {@code assistant.handoff.agent-grace}: they go to other agents or to the front of the queue
 * (see {@link HandoffDesk#releaseAll}). An agent who reconnects within the grace time keeps them.
 *
 * <p>Thread-safe.
 */
@Component
final class GraceWatch implements PeriodicJob {

	private static final Duration LONGEST_INTERVAL = Duration.ofSeconds(5);

	private final AgentPresence presence;

	private final HandoffDesk desk;

	private final Duration grace;

	GraceWatch(AgentPresence presence, HandoffDesk desk, HandoffProperties properties) {
		this.presence = presence;
		this.desk = desk;
		this.grace = properties.agentGrace();
	}

	@Override
	public String name() {
		return "releasing the chats of agents gone";
	}

	/** A quarter of the grace time, at most five seconds. */
	@Override
	public Duration interval() {
		Duration quarter = grace.dividedBy(4);
		return quarter.compareTo(LONGEST_INTERVAL) < 0 ? quarter : LONGEST_INTERVAL;
	}

	@Override
	public void run() {
		Instant expired = Instant.now().minus(grace);
		for (PresentAgent agent : presence.agents()) {
			if (agent.disconnectedSince() != null && agent.disconnectedSince().isBefore(expired)) {
				desk.releaseAll(agent.username(), "grace");
			}
		}
	}

}
