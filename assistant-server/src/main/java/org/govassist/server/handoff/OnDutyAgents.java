package org.govassist.server.handoff;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.govassist.server.chat.AgentAvailability;
import org.govassist.server.system.HandoffProperties;
import org.govassist.server.system.ServiceHours;
import org.springframework.stereotype.Component;

/**
 * Agents take chats within {@code assistant.handoff.hours} (in {@code assistant.handoff.zone})
 * while at least one of them is online with the console open.
 *
 * <p>Thread-safe.
 */
@Component
final class OnDutyAgents implements AgentAvailability {

	private final AgentPresence presence;

	private final ServiceHours hours;

	private final ZoneId zone;

	OnDutyAgents(AgentPresence presence, HandoffProperties properties) {
		this.presence = presence;
		this.hours = properties.serviceHours();
		this.zone = properties.zone();
	}

	@Override
	public boolean agentsAvailable() {
		return hours.isOpen(ZonedDateTime.now(zone)) && presence.agents().stream().anyMatch(PresentAgent::takesChats);
	}

}
