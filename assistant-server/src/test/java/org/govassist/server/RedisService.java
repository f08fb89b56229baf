package org.govassist.server;

import java.net.URI;
import java.util.UUID;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The Redis named by the {@code REDIS_URL} environment variable (e.g. {@code redis://127.0.0.1:6379}),
 * with a cluster name of its own, so that tests running side by side never see each other's keys
 * and signals.
 *
 * <p>Without a reachable Redis the calling test is skipped, unless {@code CI=true}: there a missing
 * Redis fails the build, so that a green CI run always includes these tests.
 *
 * @param url the Redis URL, for {@code spring.data.redis.url}
 * @param clusterName a fresh {@code assistant.cluster.name}
 */
public record RedisService(String url, String clusterName) {

	/** The environment variable naming the test Redis. */
	public static final String URL_VARIABLE = "REDIS_URL";

	/**
	 * Checks that the Redis answers and picks a fresh cluster name.
	 *
	 * @return the service
	 */
	public static RedisService require() {
		String url = System.getenv(URL_VARIABLE);
		if (url == null || url.isBlank()) {
			unavailable(URL_VARIABLE + " is not set");
		}
		RedisClient client = RedisClient.create(URI.create(url).toString());
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			connection.sync().ping();
		}
		catch (RuntimeException ex) {
			unavailable("Redis at " + URL_VARIABLE + "=" + url + " cannot be used: " + ex.getMessage());
		}
		finally {
			client.shutdown();
		}
		return new RedisService(url, "test-" + UUID.randomUUID().toString().substring(0, 8));
	}

	private static void unavailable(String why) {
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			Assertions.fail(why + "; under CI=true the Redis tests must run");
		}
		Assumptions.abort(why + "; Redis tests skipped");
	}

}
