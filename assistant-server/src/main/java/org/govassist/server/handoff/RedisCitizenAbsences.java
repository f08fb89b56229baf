package org.govassist.server.handoff;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.govassist.server.system.ClusterProperties;
import org.govassist.server.system.OnCluster;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * The absent citizens of a cluster, in the Redis sorted set {@code handoff:citizen-absences}
 * (conversation id scored by the time the absence began, in epoch milliseconds). A node takes an
 * absence by removing it: Redis removes it for one node only.
 *
 * <p>Thread-safe.
 */
@Component
@OnCluster
final class RedisCitizenAbsences implements CitizenAbsences {

	private final StringRedisTemplate redis;

	private final String key;

	RedisCitizenAbsences(StringRedisTemplate redis, ClusterProperties cluster) {
		this.redis = redis;
		this.key = cluster.key("handoff", "citizen-absences");
	}

	@Override
	public void left(UUID conversationId, Instant since) {
		redis.opsForZSet().add(key, conversationId.toString(), since.toEpochMilli());
	}

	@Override
	public boolean leftUnlessKnown(UUID conversationId, Instant since) {
		return Boolean.TRUE.equals(redis.opsForZSet().addIfAbsent(key, conversationId.toString(), since.toEpochMilli()));
	}

	@Override
	public boolean returned(UUID conversationId) {
		Long removed = redis.opsForZSet().remove(key, conversationId.toString());
		return removed != null && removed > 0;
	}

	@Override
	public List<UUID> takeBegunBefore(Instant before) {
		Set<String> begun = redis.opsForZSet().rangeByScore(key, Double.NEGATIVE_INFINITY, before.toEpochMilli() - 1);
		List<UUID> taken = new ArrayList<>();
		if (begun != null) {
			for (String conversationId : begun) {
				Long removed = redis.opsForZSet().remove(key, conversationId);
				if (removed != null && removed > 0) {
					taken.add(UUID.fromString(conversationId));
				}
			}
		}
		return taken;
	}

}
