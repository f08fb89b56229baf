package org.govassist.server.chat;

import java.time.Duration;
import java.util.UUID;

import org.govassist.server.system.ChatProperties;
import org.govassist.server.system.PeriodicJob;
import org.springframework.stereotype.Component;

/**
 * The citizen chat's flood limits: {@code assistant.chat.rate-limit.per-conversation} over all
 * tabs of a conversation and {@code assistant.chat.rate-limit.per-address} over all connections
 * from one client address. A message over either limit is refused with {@code rate_limited}; the
 * connection stays open. Periodically forgets the keys that went quiet.
 *
 * <p>Limits are counted on this node. Thread-safe.
 */
@Component
final class ChatRateLimits implements PeriodicJob {

	private static final Duration FORGET_INTERVAL = Duration.ofMinutes(1);

	private final RateLimiter perConversation;

	private final RateLimiter perAddress;

	ChatRateLimits(ChatProperties properties) {
		this.perConversation = new RateLimiter(properties.rateLimit().perConversation(), System::nanoTime);
		this.perAddress = new RateLimiter(properties.rateLimit().perAddress(), System::nanoTime);
	}

	/**
	 * Counts one message against the limits.
	 *
	 * @param address the client's address
	 * @param conversationId the conversation, or {@code null} before {@code hello}
	 * @param replyTo the message's id, or {@code null}
	 * @throws ChatException {@code rate_limited} when the message is over a limit
	 */
	void count(String address, UUID conversationId, String replyTo) {
		boolean allowed = perAddress.tryAcquire(address)
				&& (conversationId == null || perConversation.tryAcquire(conversationId.toString()));
		if (!allowed) {
			throw new ChatException(ErrorCode.RATE_LIMITED, "您发送得太快了，请稍等片刻再试。", replyTo);
		}
	}

	@Override
	public String name() {
		return "forgetting quiet chat clients";
	}

	@Override
	public Duration interval() {
		return FORGET_INTERVAL;
	}

	@Override
	public void run() {
		perConversation.forgetIdle();
		perAddress.forgetIdle();
	}

}
