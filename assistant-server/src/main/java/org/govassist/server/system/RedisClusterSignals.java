package org.govassist.server.system;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * {@link ClusterSignals} over Redis pub/sub, one channel per topic under the cluster's name.
 */
final class RedisClusterSignals implements ClusterSignals {

	private static final Logger log = LoggerFactory.getLogger(RedisClusterSignals.class);

	private final StringRedisTemplate redis;

	private final RedisMessageListenerContainer listeners;

	private final ClusterProperties cluster;

	RedisClusterSignals(StringRedisTemplate redis, RedisMessageListenerContainer listeners, ClusterProperties cluster) {
		this.redis = redis;
		this.listeners = listeners;
		this.cluster = cluster;
	}

	@Override
	public void send(String topic, String payload) {
		redis.convertAndSend(cluster.key("signal", topic), payload);
	}

	@Override
	public void listen(String topic, Consumer<String> listener) {
		listeners.addMessageListener((message, pattern) -> {
			String payload = new String(message.getBody(), StandardCharsets.UTF_8);
			try {
				listener.accept(payload);
			}
			catch (RuntimeException ex) {
				// One listener's failure must not stop the others or the listener container.
				log.warn("Handling the cluster signal {} {} failed", topic, payload, ex);
			}
		}, new ChannelTopic(cluster.key("signal", topic)));
	}

}
