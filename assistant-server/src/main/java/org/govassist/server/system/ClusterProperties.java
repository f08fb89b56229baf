package org.govassist.server.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code assistant.cluster.*}, read when {@code spring.data.redis.url} is set.
 *
 * <p>Immutable and thread-safe; a value that cannot be used stops start-up with a message that
 * names the property.
 *
 * @param name {@code assistant.cluster.name}: the prefix of every Redis key and channel the
 * cluster uses, so that several clusters (or tests) can share one Redis
 * @param lease {@code assistant.cluster.lease}: how long what a node holds in Redis (agent
 * presence, the routing lock) outlives the node when it dies without letting go; nodes renew
 * their leases every third of it
 */
@ConfigurationProperties("assistant.cluster")
public record ClusterProperties(@DefaultValue("govassist") String name, @DefaultValue("15s") Duration lease) {

	public ClusterProperties {
		if (name == null || !name.matches("[A-Za-z0-9_.-]{1,40}")) {
			throw new IllegalArgumentException(
					"assistant.cluster.name must be 1 to 40 letters, digits, '_', '.' or '-', not " + name);
		}
		if (lease == null || lease.compareTo(Duration.ofSeconds(3)) < 0 || lease.compareTo(Duration.ofMinutes(10)) > 0) {
			throw new IllegalArgumentException("assistant.cluster.lease must be within 3s..10m, not " + lease);
		}
	}

	/**
	 * The Redis key or channel of a name within this cluster.
	 *
	 * @param parts the name's parts, joined by {@code :}
	 * @return e.g. {@code govassist:presence:agent1}
	 */
	public String key(String... parts) {
		return name + ":" + String.join(":", parts);
	}

}
