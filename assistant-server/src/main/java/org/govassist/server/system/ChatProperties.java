package org.govassist.server.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the citizen chat under {@code assistant.chat.*}.
 *
 * <p>Immutable and thread-safe. Values that cannot be used stop start-up with a message that
 * names the property.
 *
 * @param tokenTtl {@code assistant.chat.token-ttl}: how long after its last activity a
 * conversation can still be resumed with its token; after that the token starts a new conversation
 * @param closeAfterIdle {@code assistant.chat.close-after-idle}: how long a conversation may go
 * without activity before it is closed by timeout
 * @param socketIdleTimeout {@code assistant.chat.socket-idle-timeout}: how long a WebSocket may
 * stay silent (not even a {@code ping}) before the server closes it
 * @param rateLimit {@code assistant.chat.rate-limit.*}
 * @param greeting {@code assistant.chat.greeting.*}
 */
@ConfigurationProperties("assistant.chat")
public record ChatProperties(@DefaultValue("24h") Duration tokenTtl, @DefaultValue("30m") Duration closeAfterIdle,
		@DefaultValue("90s") Duration socketIdleTimeout, @DefaultValue RateLimits rateLimit,
		@DefaultValue Greeting greeting) {

	public ChatProperties {
		requirePositive("assistant.chat.token-ttl", tokenTtl);
		requirePositive("assistant.chat.close-after-idle", closeAfterIdle);
		requirePositive("assistant.chat.socket-idle-timeout", socketIdleTimeout);
	}

	private static void requirePositive(String property, Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException(property + " must be a positive duration, not " + value);
		}
	}

	/**
	 * Limits on how fast citizens may send messages ({@code ping} is never limited).
	 *
	 * @param perConversation {@code assistant.chat.rate-limit.per-conversation}: messages of one
	 * conversation, over all its tabs
	 * @param perAddress {@code assistant.chat.rate-limit.per-address}: messages from one client IP
	 * address, over all its connections
	 */
	public record RateLimits(@DefaultValue("20/10s") RateLimit perConversation,
			@DefaultValue("200/10s") RateLimit perAddress) {
	}

	/**
	 * What {@code welcome} greets a citizen with.
	 *
	 * @param text {@code assistant.chat.greeting.text}: the greeting
	 */
	public record Greeting(@DefaultValue(DEFAULT_GREETING) String text) {

		static final String DEFAULT_GREETING = "您好！我是政务服务智能咨询助手。请用一句话说说您想办的事，例如“身份证丢了怎么补办”，"
				+ "或者点下面的热门事项。";

		public Greeting {
			if (text == null || text.isBlank()) {
				throw new IllegalArgumentException("assistant.chat.greeting.text must not be blank");
			}
		}

	}

}
