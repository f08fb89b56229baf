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
 */
@ConfigurationProperties("assistant.auth")
public record AuthProperties(@DefaultValue("8h") Duration tokenTtl) {

	public AuthProperties {
		if (tokenTtl == null || tokenTtl.isNegative() || tokenTtl.isZero()) {
			throw new IllegalArgumentException("assistant.auth.token-ttl must be a positive duration, not " + tokenTtl);
		}
	}

}
