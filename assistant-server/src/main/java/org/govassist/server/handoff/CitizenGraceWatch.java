package org.govassist.server.handoff;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
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
 * <p>The same holds for citizens waiting in the queue: one away longer than the grace time leaves
 * the queue (the conversation closes by {@code citizen}, and routing tells the agents the queue
 * and the citizens behind their new places); one back within it keeps their place, and is routed
 * again at once, since routing passes over citizens while they are away ({@link HandoffDesk}).
 *
 * <p>A citizen leaves when their last connection on any node closes ({@link HandoffEvents.CitizenLeft}),
 * or, found by this watch, when a conversation queued or held by an agent has no connection of its
 * citizen open at all: their node died, or this node restarted. Absences are kept in
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

	private final HandoffDesk desk;

	private final Duration grace;

	CitizenGraceWatch(HandoffStore store, HandoffBus bus, CitizenDepartures departures, CitizenAbsences absences,
			HandoffDesk desk, HandoffProperties properties) {
		this.store = store;
		this.bus = bus;
		this.departures = departures;
		this.absences = absences;
		this.desk = desk;
		this.grace = properties.citizenGrace();
	}

	@EventListener
	void citizenLeft(HandoffEvents.CitizenLeft left) {
		UUID conversationId = left.conversationId();
		Optional<String> agent = store.holder(conversationId);
		if (agent.isPresent()) {
			absences.left(conversationId, Instant.now());
			bus.toAgent(agent.get(), new ToAgent.CitizenLeft(conversationId), null);
		}
		else if (store.isQueued(conversationId)) {
			absences.left(conversationId, Instant.now());
		}
	}

	@EventListener
	void citizenReturned(HandoffEvents.CitizenReturned returned) {
		UUID conversationId = returned.conversationId();
		boolean wasAway = absences.returned(conversationId);
		Optional<String> agent = store.holder(conversationId);
		if (agent.isPresent()) {
			if (wasAway) {
				bus.toAgent(agent.get(), new ToAgent.CitizenReturned(conversationId), null);
			}
		}
		else if (store.isQueued(conversationId)) {
			// Passed over by routing while away, perhaps with no absence recorded (found gone by no
			// node yet after their node died): routed now.
			desk.requestRouting();
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
		store.queued().forEach(conversationId -> noticeIfGone(conversationId, null));
		for (UUID conversationId : absences.takeBegunBefore(now.minus(grace))) {
			if (departures.closeIfStillGone(conversationId)) {
				log.info("Conversation {} closed: its citizen left {} ago", conversationId, grace);
			}
		}
	}

	/**
	 * A conversation queued or held by an agent whose citizen has no connection open and no absence
	 * recorded: absent from now.
	 *
	 * @param agent the agent holding it, told; {@code null} while it is queued
	 */
	private void noticeIfGone(UUID conversationId, String agent) {
		if (departures.isConnected(conversationId) || !absences.leftUnlessKnown(conversationId, Instant.now())) {
			return;
		}
		if (departures.isConnected(conversationId)) {
			// Connected meanwhile: the return was reported before this absence was recorded.
			absences.returned(conversationId);
			return;
		}
		if (agent != null) {
			bus.toAgent(agent, new ToAgent.CitizenLeft(conversationId), null);
		}
	}

}
