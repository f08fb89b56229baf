package org.govassist.server.handoff;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.govassist.server.chat.CitizenDepartures;
import org.govassist.server.chat.HandoffEvents;
import org.govassist.server.system.HandoffProperties;
import org.govassist.server.system.PeriodicJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells agents when the citizen of a conversation they hold leaves ({@code citizen.left}) and
 * comes back ({@code citizen.returned}), and closes the conversation by {@code citizen} when the
 * citizen stays away longer than {@code assistant.handoff.citizen-grace}: the agent's slot is then
 * free for the next citizen. A citizen back within the grace time keeps the agent.
 *
 * <p>Citizens' connections are seen on this node only. Thread-safe.
 */
@Component
final class CitizenGraceWatch implements PeriodicJob {

	private static final Logger log = LoggerFactory.getLogger(CitizenGraceWatch.class);

	private static final Duration LONGEST_INTERVAL = Duration.ofSeconds(5);

	private final HandoffStore store;

	private final HandoffBus bus;

	private final CitizenDepartures departures;

	private final Duration grace;

	/** Conversations held by agents whose citizen has no connection open, since when. */
	private final Map<UUID, Instant> goneSince = new ConcurrentHashMap<>();

	CitizenGraceWatch(HandoffStore store, HandoffBus bus, CitizenDepartures departures,
			HandoffProperties properties) {
		this.store = store;
		this.bus = bus;
		this.departures = departures;
		this.grace = properties.citizenGrace();
	}

	@EventListener
	void citizenLeft(HandoffEvents.CitizenLeft left) {
		store.holder(left.conversationId()).ifPresent(agent -> {
			goneSince.put(left.conversationId(), Instant.now());
			bus.toAgent(agent, new ToAgent.CitizenLeft(left.conversationId()), null);
		});
	}

	@EventListener
	void citizenReturned(HandoffEvents.CitizenReturned returned) {
		if (goneSince.remove(returned.conversationId()) != null) {
			store.holder(returned.conversationId())
				.ifPresent(agent -> bus.toAgent(agent, new ToAgent.CitizenReturned(returned.conversationId()), null));
		}
	}

	@Override
	public String name() {
		return "closing the chats of citizens gone";
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
		goneSince.forEach((conversationId, since) -> {
			if (since.isBefore(expired) && goneSince.remove(conversationId, since)
					&& departures.closeIfStillGone(conversationId)) {
				log.info("Conversation {} closed: its citizen left {} ago", conversationId, grace);
			}
		});
	}

}
