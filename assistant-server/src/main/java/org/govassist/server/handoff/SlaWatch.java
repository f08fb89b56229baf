package org.govassist.server.handoff;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.govassist.server.system.HandoffProperties;
import org.govassist.server.system.PeriodicJob;
import org.springframework.stereotype.Component;

/**
 * Raises service-level alerts: a citizen waiting to be picked up from the queue, or for the reply
 * of the agent holding the conversation, longer than {@code assistant.handoff.sla.yellow} is a
 * yellow alert, longer than {@code assistant.handoff.sla.red} a red one. Each alert is raised once
 * per wait: {@code sla.alert} to every agent for a queued conversation (whose queue item then
 * carries it), to its agent for a held one. A wait ends when the conversation is picked up or the
 * agent speaks.
 *
 * <p>In a cluster every node runs this watch; an alert is raised by the node whose conditional
 * update records it ({@link HandoffStore#raiseAlert}), so agents get each one once.
 *
 * <p>Thread-safe.
 */
@Component
final class SlaWatch implements PeriodicJob {

	static final String YELLOW = "yellow";

	static final String RED = "red";

	private static final Duration LONGEST_INTERVAL = Duration.ofSeconds(1);

	private final HandoffStore store;

	private final HandoffBus bus;

	private final HandoffDesk desk;

	private final HandoffProperties.Sla sla;

	SlaWatch(HandoffStore store, HandoffBus bus, HandoffDesk desk, HandoffProperties properties) {
		this.store = store;
		this.bus = bus;
		this.desk = desk;
		this.sla = properties.sla();
	}

	@Override
	public String name() {
		return "raising service-level alerts";
	}

	/** A quarter of the yellow time, at most a second: alerts come at most that late. */
	@Override
	public Duration interval() {
		Duration quarter = sla.yellow().dividedBy(4);
		return quarter.compareTo(LONGEST_INTERVAL) < 0 ? quarter : LONGEST_INTERVAL;
	}

	@Override
	public void run() {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		boolean queueChanged = false;
		for (HandoffStore.Wait wait : store.waits()) {
			String level = level(Duration.between(wait.since(), now));
			if (level == null || level.equals(wait.alertLevel()) || !store.raiseAlert(wait, level)) {
				continue;
			}
			ToAgent.SlaAlert alert = new ToAgent.SlaAlert(wait.conversationId(), level);
			if (wait.queued()) {
				bus.toAllAgents(alert);
				queueChanged = true;
			}
			else {
				bus.toAgent(wait.agent(), alert, null);
			}
		}
		if (queueChanged) {
			desk.publishQueue();
		}
	}

	private String level(Duration waited) {
		if (waited.compareTo(sla.red()) > 0) {
			return RED;
		}
		return waited.compareTo(sla.yellow()) > 0 ? YELLOW : null;
	}

}
