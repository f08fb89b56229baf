package org.govassist.server.handoff;

import java.time.Duration;

import org.govassist.server.chat.RateLimiter;
import org.govassist.server.system.HandoffProperties;
import org.govassist.server.system.PeriodicJob;
import org.springframework.stereotype.Component;

/**
 * The agent sockets' flood limit, {@code assistant.handoff.rate-limit}: counted per agent over
 * all their consoles, like the citizen chat's limits. A message over it is refused with
 * {@code rate_limited}; the connection stays open. Periodically forgets the agents who went quiet.
 *
 * <p>Counted on this node. Thread-safe.
 */
@Component
final class AgentRateLimits implements PeriodicJob {

	private static final Duration FORGET_INTERVAL = Duration.ofMinutes(1);

	private final RateLimiter perAgent;

	AgentRateLimits(HandoffProperties properties) {
		this.perAgent = new RateLimiter(properties.rateLimit(), System::nanoTime);
	}

	/**
	 * Counts one message of an agent against the limit.
	 *
	 * @param username the agent
	 * @param replyTo the message's id, or {@code null}
	 * @throws AgentException {@code rate_limited} when the message is over the limit
	 */
	void count(String username, String replyTo) {
		if (!perAgent.tryAcquire(username)) {
			throw new AgentException(AgentError.RATE_LIMITED, HandoffTexts.RATE_LIMITED, replyTo);
		}
	}

	@Override
	public String name() {
		return "forgetting quiet agents' message counts";
	}

	@Override
	public Duration interval() {
		return FORGET_INTERVAL;
	}

	@Override
	public void run() {
		perAgent.forgetIdle();
	}

}
