package org.govassist.server.handoff;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

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
 * <p>A citizen leaves when their last connection on any node closes ({@link HandoffEvents.CitizenLeft}),
 * or, found by this watch, when a conversation an agent holds has no connection of its citizen
 * open at all: their node died, or this node restarted. Absences are kept in
 * {@link CitizenAbsences}; in a cluster every node runs this watch, and the node that takes an
 * absence whose grace time is over closes the conversation.
 *
 * <p>Thread-safe.
 */
@Component
final class CitizenGraceWatch implements PeriodicJob {

	private static final Logger log = LoggerFactory.getLogger(CitizenGraceWatch.class);

	private static final Duration LONGEST_INTERVAL = Duration.ofSeconds(5);

	private final HandoffStore store;

	private final HandoffBus bus;

	private final CitizenDepartures departures;

	private final CitizenAbsences absences;

	private final Duration grace;

	CitizenGraceWatch(HandoffStore store, HandoffBus bus, CitizenDepartures departures, CitizenAbsences absences,
			HandoffProperties properties) {
		this.store = store;
		this.bus = bus;
		this.departures = departures;
		this.absences = absences;
		this.grace = properties.citizenGrace();
	}

	@EventListener
	void citizenLeft(HandoffEvents.CitizenLeft left) {
		store.holder(left.conversationId()).ifPresent(agent -> {
			absences.left(left.conversationId(), Instant.now());
			bus.toAgent(agent, new ToAgent.CitizenLeft(left.conversationId()), null);
		});
	}

	@EventListener
	void citizenReturned(HandoffEvents.CitizenReturned returned) {
		if (absences.returned(returned.conversationId())) {
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
		Instant now = Instant.now();
		store.holders().forEach(this::noticeIfGone);
		for (UUID conversationId : absences.takeBegunBefore(now.minus(grace))) {
			if (departures.closeIfStillGone(conversationId)) {
				log.info("Conversation {} closed: its citizen left {} ago", conversationId, grace);
			}
		}
	}

	/** A held conversation whose citizen has no connection open and no absence recorded: absent from now. */
	private void noticeIfGone(UUID conversationId, String agent) {
		if (departures.isConnected(conversationId) || !absences.leftUnlessKnown(conversationId, Instant.now())) {
			return;
		}
		if (departures.isConnected(conversationId)) {
			// Connected meanwhile: the return was reported before this absence was recorded.
			absences.returned(conversationId);
			return;
		}
		bus.toAgent(agent, new ToAgent.CitizenLeft(conversationId), null);
	}

}
