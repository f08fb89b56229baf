package org.govassist.server.handoff;

import java.time.Duration;
import java.util.List;

import org.govassist.server.system.HandoffProperties;
import org.springframework.stereotype.Component;

/**
 * Estimates how long a queued citizen will wait. With {@code H} the mean handling time of the
 * last {@value #SAMPLE} finished chats (from assignment to the end; {@value #DEFAULT_HANDLING_SECONDS}
 * seconds while there are none) and {@code S} the chat slots of the agents who take chats and
 * have the skill the conversation needs ({@code assistant.handoff.max-chats} each; all online
 * agents when none has the skill; at least one agent), a slot frees every {@code H / S} seconds on
 * average, so the citizen at position {@code p} waits about {@code p × H / S}, rounded up to
 * {@value #STEP_SECONDS} seconds so that the figure does not change with every finished chat.
 *
 * <p>Thread-safe; the handling time is read again at most every {@value #REFRESH_SECONDS} seconds.
 */
@Component
final class WaitEstimate {

	static final int SAMPLE = 20;

	static final int DEFAULT_HANDLING_SECONDS = 300;

	static final int STEP_SECONDS = 30;

	private static final int REFRESH_SECONDS = 10;

	private final HandoffStore store;

	private final int maxChats;

	private volatile double handlingSeconds = DEFAULT_HANDLING_SECONDS;

	private volatile long readAt;

	WaitEstimate(HandoffStore store, HandoffProperties properties) {
		this.store = store;
		this.maxChats = properties.maxChats();
	}

	/**
	 * @param position the place in the queue, 1 = next
	 * @param topic the skill the conversation needs
	 * @param agents the agents present
	 * @return the estimated wait in seconds, a multiple of {@value #STEP_SECONDS}
	 */
	int seconds(int position, String topic, List<PresentAgent> agents) {
		List<PresentAgent> taking = agents.stream().filter(PresentAgent::takesChats).toList();
		long skilled = taking.stream().filter(agent -> agent.hasSkill(topic)).count();
		long counted = Math.max(1, skilled > 0 ? skilled : taking.size());
		double seconds = position * handlingSeconds() / (counted * maxChats);
		return (int) Math.max(STEP_SECONDS, Math.ceil(seconds / STEP_SECONDS) * STEP_SECONDS);
	}

	private double handlingSeconds() {
		long now = System.nanoTime();
		if (readAt == 0 || now - readAt > Duration.ofSeconds(REFRESH_SECONDS).toNanos()) {
			List<Duration> recent = store.recentHandlingTimes(SAMPLE);
			handlingSeconds = recent.isEmpty() ? DEFAULT_HANDLING_SECONDS
					: recent.stream().mapToLong(Duration::toMillis).average().orElseThrow() / 1000.0;
			readAt = now;
		}
		return handlingSeconds;
	}

}
