package org.govassist.server.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long conversations are kept, under {@code assistant.retention.*}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param days {@code assistant.retention.days}: conversations inactive for longer than this many
 * days are deleted, at least 1
 */
@ConfigurationProperties("assistant.retention")
public record RetentionProperties(@DefaultValue("180") int days) {

	public RetentionProperties {
		if (days < 1) {
			throw new IllegalArgumentException("assistant.retention.days must be at least 1, not " + days);
		}
	}

}
