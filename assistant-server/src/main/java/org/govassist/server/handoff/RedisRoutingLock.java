package org.govassist.server.handoff;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.govassist.server.system.ClusterProperties;
import org.govassist.server.system.OnCluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * The routing lock every node of a cluster shares: a Redis key set only when absent
 * ({@code SET NX PX}) to a random token, with a lease of {@code assistant.cluster.lease} that the
 * holder renews every third of it and that ends by itself when the holder's node dies. Only the
 * holder lets go: a script deletes the key only while it still holds the holder's token.
 *
 * <p>Threads of this node first take a local lock, so that only one of them at a time asks Redis;
 * a thread holding the lock may take it again (reentrant). A node that cannot get the lock within
 * twice the lease (Redis unreachable, say) gives up with an exception rather than wait forever.
 *
 * <p>Thread-safe.
 */
@Component
@OnCluster
final class RedisRoutingLock implements RoutingLock, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RedisRoutingLock.class);

	private static final RedisScript<Long> RENEW = RedisScript.of("""
			if redis.call('GET', KEYS[1]) == ARGV[1] then
				return redis.call('PEXPIRE', KEYS[1], ARGV[2])
			end
			return 0""", Long.class);

	private static final RedisScript<Long> RELEASE = RedisScript.of("""
			if redis.call('GET', KEYS[1]) == ARGV[1] then
				return redis.call('DEL', KEYS[1])
			end
			return 0""", Long.class);

	private static final long FIRST_PAUSE_MILLIS = 5;

	private static final long LONGEST_PAUSE_MILLIS = 50;

	private final StringRedisTemplate redis;

	private final String key;

	private final Duration lease;

	private final ReentrantLock local = new ReentrantLock();

	private final ScheduledExecutorService renewals = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("routing-lock-renewal").daemon().factory());

	/** The token of the lease this node holds; guarded by {@link #local}. */
	private String token;

	/** The renewal of that lease; guarded by {@link #local}. */
	private ScheduledFuture<?> renewal;

	RedisRoutingLock(StringRedisTemplate redis, ClusterProperties cluster) {
		this.redis = redis;
		this.key = cluster.key("handoff", "routing-lock");
		this.lease = cluster.lease();
	}

	@Override
	public <T> T locked(Supplier<T> work) {
		local.lock();
		try {
			if (local.getHoldCount() > 1) {
				return work.get();
			}
			acquire();
			try {
				return work.get();
			}
			finally {
				release();
			}
		}
		finally {
			local.unlock();
		}
	}

	@Override
	public void destroy() {
		renewals.shutdownNow();
	}

	private void acquire() {
		String mine = UUID.randomUUID().toString();
		long deadline = System.nanoTime() + lease.multipliedBy(2).toNanos();
		long pause = FIRST_PAUSE_MILLIS;
		while (!Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(key, mine, lease))) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("The routing lock " + key + " was not free within " + lease.multipliedBy(2));
			}
			try {
				Thread.sleep(pause);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for the routing lock", ex);
			}
			pause = Math.min(LONGEST_PAUSE_MILLIS, pause * 2);
		}
		token = mine;
		long every = lease.dividedBy(3).toMillis();
		renewal = renewals.scheduleAtFixedRate(() -> renew(mine), every, every, TimeUnit.MILLISECONDS);
	}

	private void renew(String mine) {
		try {
			Long renewed = redis.execute(RENEW, List.of(key), mine, String.valueOf(lease.toMillis()));
			if (renewed == null || renewed == 0) {
				log.warn("The routing lease of this node ended before the work holding it did");
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not renew the routing lease", ex);
		}
	}

	private void release() {
		renewal.cancel(false);
		renewal = null;
		String mine = token;
		token = null;
		try {
			redis.execute(RELEASE, List.of(key), mine);
		}
		catch (RuntimeException ex) {
			// The lease ends by itself; other nodes wait at most that long.
			log.warn("Could not let go of the routing lock; it is free again within {}", lease, ex);
		}
	}

}
