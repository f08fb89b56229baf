package org.govassist.server.chat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.govassist.server.system.ClusterProperties;
import org.govassist.server.system.NodeIdentity;
import org.govassist.server.system.OnCluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * The citizens connected to the nodes of a cluster, in Redis: how many connections each node has
 * open to a conversation is a key {@code presence:citizen:ID:NODE} with a lease of
 * {@code assistant.cluster.lease}, renewed by the node every third of it (all its keys in one
 * pipeline); the nodes are listed in the set {@code presence:nodes}. A citizen is connected while
 * any node's key is alive, so the citizens of a node that died count as gone once its lease ends.
 *
 * <p>Thread-safe: the changes of one conversation on this node are made one at a time, so that its
 * count reaches Redis in the order the changes were made.
 */
@Component
@OnCluster
final class RedisCitizenPresence implements CitizenPresence, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RedisCitizenPresence.class);

	private static final String TOTAL = """
			local function total()
				local sum = 0
				for _, node in ipairs(redis.call('SMEMBERS', ARGV[1] .. ':nodes')) do
					local count = redis.call('GET', ARGV[1] .. ':citizen:' .. ARGV[2] .. ':' .. node)
					if count then sum = sum + tonumber(count) end
				end
				return sum
			end
			""";

	/** ARGV: prefix, conversation, node, this node's count now, lease ms. Answers 1 when none was open before. */
	private static final RedisScript<Long> OPENED = RedisScript.of(TOTAL + """
			local before = total()
			redis.call('SADD', ARGV[1] .. ':nodes', ARGV[3])
			redis.call('SET', ARGV[1] .. ':citizen:' .. ARGV[2] .. ':' .. ARGV[3], ARGV[4], 'PX', ARGV[5])
			if before == 0 then return 1 end
			return 0""", Long.class);

	/** ARGV: prefix, conversation, node, this node's count now, lease ms. Answers 1 when none is open now. */
	private static final RedisScript<Long> CLOSED = RedisScript.of(TOTAL + """
			local key = ARGV[1] .. ':citizen:' .. ARGV[2] .. ':' .. ARGV[3]
			if tonumber(ARGV[4]) > 0 then
				redis.call('SET', key, ARGV[4], 'PX', ARGV[5])
			else
				redis.call('DEL', key)
			end
			if total() == 0 then return 1 end
			return 0""", Long.class);

	/** ARGV: prefix, conversation. Answers the connections open on every node. */
	private static final RedisScript<Long> CONNECTIONS = RedisScript.of(TOTAL + "return total()", Long.class);

	private final StringRedisTemplate redis;

	private final String prefix;

	private final String node;

	private final Duration lease;

	/** This node's open connections by conversation; changed under the conversation's entry lock. */
	private final Map<UUID, Integer> here = new ConcurrentHashMap<>();

	private final Object[] locks = new Object[64];

	private final ScheduledExecutorService renewals = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("citizen-presence-renewal").daemon().factory());

	RedisCitizenPresence(StringRedisTemplate redis, ClusterProperties cluster, NodeIdentity node) {
		this.redis = redis;
		this.prefix = cluster.key("presence");
		this.node = node.name();
		this.lease = cluster.lease();
		for (int i = 0; i < locks.length; i++) {
			locks[i] = new Object();
		}
		long every = lease.dividedBy(3).toMillis();
		renewals.scheduleAtFixedRate(this::renew, every, every, TimeUnit.MILLISECONDS);
	}

	@Override
	public boolean opened(UUID conversationId) {
		synchronized (lockOf(conversationId)) {
			int count = here.merge(conversationId, 1, Integer::sum);
			return Long.valueOf(1).equals(redis.execute(OPENED, List.of(), prefix, conversationId.toString(), node,
					String.valueOf(count), String.valueOf(lease.toMillis())));
		}
	}

	@Override
	public boolean closed(UUID conversationId) {
		synchronized (lockOf(conversationId)) {
			Integer known = here.get(conversationId);
			if (known == null) {
				return false;
			}
			int count = known - 1;
			if (count > 0) {
				here.put(conversationId, count);
			}
			else {
				here.remove(conversationId);
			}
			try {
				return Long.valueOf(1).equals(redis.execute(CLOSED, List.of(), prefix, conversationId.toString(), node,
						String.valueOf(count), String.valueOf(lease.toMillis())));
			}
			catch (RuntimeException ex) {
				// Redis cannot be reached: this node's count ends with its lease, and the grace watch
				// notices the citizen gone.
				log.warn("Could not record that a citizen's connection closed; the lease ends within {}", lease, ex);
				return false;
			}
		}
	}

	@Override
	public boolean isConnected(UUID conversationId) {
		if (here.containsKey(conversationId)) {
			return true;
		}
		Long connections = redis.execute(CONNECTIONS, List.of(), prefix, conversationId.toString());
		return connections != null && connections > 0;
	}

	/**
	 * The node stops: its citizens' connections stop counting at once, rather than when the lease
	 * ends, and the connections that close afterwards change nothing more.
	 */
	@Override
	public void destroy() {
		renewals.shutdownNow();
		List<String> keys = here.keySet().stream().map(this::key).toList();
		here.clear();
		try {
			redis.delete(keys);
		}
		catch (RuntimeException ex) {
			log.warn("Could not let go of this node's citizens; their leases end within {}", lease, ex);
		}
	}

	private Object lockOf(UUID conversationId) {
		return locks[Math.floorMod(conversationId.hashCode(), locks.length)];
	}

	/**
	 * Renews the leases of this node's counts in one pipeline. Only the leases: a count changed
	 * meanwhile is never overwritten by an older one. A key found gone (Redis restarted, say) is
	 * written again from this node's count.
	 */
	private void renew() {
		List<UUID> conversations = List.copyOf(here.keySet());
		if (conversations.isEmpty()) {
			return;
		}
		try {
			List<Object> renewed = redis.executePipelined((RedisCallback<Object>) connection -> {
				connection.setCommands().sAdd(bytes(prefix + ":nodes"), bytes(node));
				for (UUID conversationId : conversations) {
					connection.keyCommands().pExpire(bytes(key(conversationId)), lease.toMillis());
				}
				return null;
			});
			for (int i = 0; i < conversations.size(); i++) {
				if (Boolean.FALSE.equals(renewed.get(i + 1))) {
					rewrite(conversations.get(i));
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not renew the presence of this node's citizens", ex);
		}
	}

	private void rewrite(UUID conversationId) {
		synchronized (lockOf(conversationId)) {
			Integer count = here.get(conversationId);
			if (count != null) {
				redis.opsForValue().set(key(conversationId), String.valueOf(count), lease);
			}
		}
	}

	private String key(UUID conversationId) {
		return prefix + ":citizen:" + conversationId + ":" + node;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
