package org.govassist.server.system;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * What the nodes of a cluster share through Redis ({@code spring.data.redis.url}): the signals
 * that wake the other nodes up, and a health check that reports this node down while it cannot
 * reach Redis. Spring Boot configures the connection itself from {@code spring.data.redis.*}.
 */
@Configuration(proxyBeanMethods = false)
@OnCluster
class ClusterConfiguration {

	/**
	 * The listeners of the signals, called one at a time on one thread of the container's own, in
	 * the order Redis delivered the signals: a node's signals about one agent or conversation then
	 * arrive in the order they were sent.
	 */
	@Bean
	RedisMessageListenerContainer clusterListeners(RedisConnectionFactory connections) {
		RedisMessageListenerContainer container = new RedisMessageListenerContainer() {

			@Override
			protected TaskExecutor createDefaultTaskExecutor() {
				ThreadPoolTaskExecutor dispatcher = new ThreadPoolTaskExecutor();
				dispatcher.setCorePoolSize(1);
				dispatcher.setMaxPoolSize(1);
				dispatcher.setThreadNamePrefix("cluster-signals-");
				dispatcher.setDaemon(true);
				dispatcher.initialize();
				return dispatcher;
			}

		};
		container.setConnectionFactory(connections);
		return container;
	}

	@Bean
	ClusterSignals clusterSignals(StringRedisTemplate redis, RedisMessageListenerContainer clusterListeners,
			ClusterProperties cluster) {
		return new RedisClusterSignals(redis, clusterListeners, cluster);
	}

	/** Up while Redis answers: a node cut off from the others must not take chats. */
	@Bean
	HealthIndicator clusterHealthIndicator(RedisConnectionFactory connections) {
		return () -> {
			try (RedisConnection connection = connections.getConnection()) {
				return "PONG".equals(connection.ping()) ? Health.up().build() : Health.down().build();
			}
			catch (RuntimeException ex) {
				return Health.down(ex).build();
			}
		};
	}

}
