package org.govassist.server.handoff;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.govassist.server.system.HandoffProperties;
import org.govassist.server.system.PeriodicJob;
import org.springframework.stereotype.Component;

/**
 * Takes the conversations of agents disconnected for longer than
 * {@code assistant.handoff.agent-grace}: they go to other agents or to the front of the queue
 * (see {@link HandoffDesk#releaseAll}). An agent who reconnects within the grace time keeps them.
 * Agents who hold conversations without being present at all (the node restarted, say) are
 * given the same grace time from when this was first seen.
 *
 * <p>In a cluster every node runs this watch over every agent, wherever connected: an agent whose
 * only node died counts as disconnected once that node's lease ended ({@link AgentPresence}).
 * Whether the agent is still gone is checked again holding the routing lock, so an agent is let go
 * once, and never after coming back on another node.
 *
 * <p>Thread-safe.
 */
@Component
final class GraceWatch implements PeriodicJob {

	private static final Duration LONGEST_INTERVAL = Duration.ofSeconds(5);

	private final AgentPresence presence;

	private final HandoffDesk desk;

	private final HandoffStore store;

	private final Duration grace;

	/** Agents holding conversations while not present, since when that was first seen. */
	private final Map<String, Instant> absentSince = new ConcurrentHashMap<>();

	GraceWatch(AgentPresence presence, HandoffDesk desk, HandoffStore store, HandoffProperties properties) {
		this.presence = presence;
		this.desk = desk;
		this.store = store;
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

	/**
	 * Lets go of every agent gone past the grace time at once (one routing after all of them), so
	 * that many agents leaving together, say a whole shift's consoles cut off, are not let go one
	 * routing round after another.
	 */
	@Override
	public void run() {
		Instant now = Instant.now();
		Instant expired = now.minus(grace);
		Map<String, Predicate<Optional<PresentAgent>>> gone = new LinkedHashMap<>();
		for (PresentAgent agent : presence.agents()) {
			if (disconnectedBefore(Optional.of(agent), expired)) {
				gone.put(agent.username(), present -> disconnectedBefore(present, expired));
			}
		}
		Set<String> present = presence.agents().stream().map(PresentAgent::username).collect(Collectors.toSet());
		Set<String> absent = store.loads().keySet().stream().filter(agent -> !present.contains(agent))
			.collect(Collectors.toSet());
		absentSince.keySet().retainAll(absent);
		for (String agent : absent) {
			if (absentSince.computeIfAbsent(agent, name -> now).isBefore(expired)) {
				absentSince.remove(agent);
				gone.putIfAbsent(agent, Optional::isEmpty);
			}
		}
		desk.releaseAll(gone, "grace");
	}

	/** Whether an agent is present with no socket open anywhere since before a time. */
	private static boolean disconnectedBefore(Optional<PresentAgent> agent, Instant time) {
		return agent.map(PresentAgent::disconnectedSince).filter(since -> since.isBefore(time)).isPresent();
	}

}
