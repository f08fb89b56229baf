package org.govassist.server.system;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the handoff to helpdesk agents (在线帮办) under {@code assistant.handoff.*}.
 *
 * <p>Immutable and thread-safe. Values that cannot be used stop start-up with a message that
 * names the property.
 *
 * @param maxChats {@code assistant.handoff.max-chats}: how many chats one agent holds at once
 * @param hours {@code assistant.handoff.hours}: when agents take chats, e.g.
 * {@code MON-FRI 09:00-17:30, SAT 09:00-12:00}; blank: always (see {@link ServiceHours})
 * @param zone {@code assistant.handoff.zone}: the time zone the hours are meant in
 * @param agentGrace {@code assistant.handoff.agent-grace}: how long an agent may be disconnected
 * before their chats go to other agents or to the front of the queue
 * @param sla {@code assistant.handoff.sla.*}
 * @param sessionCheck {@code assistant.handoff.session-check}: how often the login tokens of
 * open agent sockets are checked, so that a socket whose token expired is closed
 * @param citizenGrace {@code assistant.handoff.citizen-grace}: how long a conversation an agent
 * holds stays open after its citizen's last connection closed; a citizen back within it keeps
 * the agent
 * @param rateLimit {@code assistant.handoff.rate-limit}: the most messages one agent may send
 * over all their consoles per period, or {@link RateLimit#OFF}
 */
@ConfigurationProperties("assistant.handoff")
public record HandoffProperties(@DefaultValue("3") int maxChats, String hours,
		@DefaultValue("Asia/Shanghai") ZoneId zone, @DefaultValue("60s") Duration agentGrace, @DefaultValue Sla sla,
		@DefaultValue("30s") Duration sessionCheck, @DefaultValue("120s") Duration citizenGrace,
		@DefaultValue("50/10s") RateLimit rateLimit) {

	/** The most chats one agent may be set to hold. */
	public static final int MOST_CHATS = 50;

	public HandoffProperties {
		if (maxChats < 1 || maxChats > MOST_CHATS) {
			throw new IllegalArgumentException(
					"assistant.handoff.max-chats must be between 1 and " + MOST_CHATS + ", not " + maxChats);
		}
		try {
			ServiceHours.parse(hours);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("assistant.handoff.hours cannot be read: " + ex.getMessage(), ex);
		}
		requirePositive("assistant.handoff.agent-grace", agentGrace);
		requirePositive("assistant.handoff.session-check", sessionCheck);
		requirePositive("assistant.handoff.citizen-grace", citizenGrace);
		if (rateLimit == null) {
			throw new IllegalArgumentException("assistant.handoff.rate-limit must be N/period, e.g. 50/10s, or off");
		}
	}

	/** The service hours of {@link #hours()}. */
	public ServiceHours serviceHours() {
		return ServiceHours.parse(hours);
	}

	private static void requirePositive(String property, Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException(property + " must be a positive duration, not " + value);
		}
	}

	/**
	 * When a citizen's wait raises an alert to agents: waiting to be picked up from the queue, or
	 * for the reply of the agent holding the conversation.
	 *
	 * @param yellow {@code assistant.handoff.sla.yellow}: a wait longer than this is a yellow alert
	 * @param red {@code assistant.handoff.sla.red}: a wait longer than this is a red alert; longer
	 * than {@code yellow}
	 */
	public record Sla(@DefaultValue("60s") Duration yellow, @DefaultValue("180s") Duration red) {

		public Sla {
			requirePositive("assistant.handoff.sla.yellow", yellow);
			requirePositive("assistant.handoff.sla.red", red);
			if (red.compareTo(yellow) <= 0) {
				throw new IllegalArgumentException("assistant.handoff.sla.red (" + red
						+ ") must be longer than assistant.handoff.sla.yellow (" + yellow + ")");
			}
		}

	}

}
