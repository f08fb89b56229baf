package org.govassist.server.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of staff accounts under {@code assistant.auth.*}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param tokenTtl {@code assistant.auth.token-ttl}: how long a token issued at login is valid
 * @param maxFailures {@code assistant.auth.max-failures}: how many failed logins in a row lock a
 * username
 * @param lockout {@code assistant.auth.lockout}: how long a locked username stays locked; also
 * how far apart two failures may be to count as "in a row"
 */
@ConfigurationProperties("assistant.auth")
public record AuthProperties(@DefaultValue("8h") Duration tokenTtl, @DefaultValue("5") int maxFailures,
		@DefaultValue("15m") Duration lockout) {

	public AuthProperties {
		if (tokenTtl == null || tokenTtl.isNegative() || tokenTtl.isZero()) {
			throw new IllegalArgumentException("assistant.auth.token-ttl must be a positive duration, not " + tokenTtl);
		}
		if (maxFailures < 1) {
			throw new IllegalArgumentException("assistant.auth.max-failures must be at least 1, not " + maxFailures);
		}
		if (lockout == null || lockout.isNegative() || lockout.isZero()) {
			throw new IllegalArgumentException("assistant.auth.lockout must be a positive duration, not " + lockout);
		}
	}

}
