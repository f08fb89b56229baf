package org.govassist.server.handoff;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.govassist.server.account.Account;
import org.govassist.server.system.ClusterProperties;
import org.govassist.server.system.NodeIdentity;
import org.govassist.server.system.OnCluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * The agents present in a cluster, kept in Redis where every node sees them.
 *
 * <p>Each agent is a hash {@code agent:NAME} (display name, skills, status, idle since,
 * disconnected since) listed in the set {@code agents}. How many console sockets each node holds
 * open for the agent is a key {@code agent-sockets:NAME:NODE} with a lease of
 * {@code assistant.cluster.lease}, which the node renews every third of it while the sockets are
 * open; the nodes are listed in the set {@code nodes}. An agent's sockets are the sum over the
 * nodes' keys still alive, so the sockets of a node that died stop counting when its lease ends.
 * An agent found with no socket and no time of disconnection (their node died) is recorded as
 * disconnected from then on, and the agent grace time runs from there ({@link GraceWatch}).
 * Each change is one script, atomic in Redis.
 *
 * <p>Thread-safe: this node's own changes are made one at a time, so that its counts reach Redis
 * in the order they were made.
 */
@Component
@OnCluster
@SuppressWarnings("rawtypes") // Redis answers a script's list as a List of whatever its elements are.
final class RedisAgentPresence implements AgentPresence, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RedisAgentPresence.class);

	/** Skills are category names, which never hold a line break. */
	private static final String SKILL_SEPARATOR = "\n";

	/**
	 * Lua shared by the scripts: ARGV[1] the cluster's key prefix, ARGV[2] the agent. {@code read}
	 * returns the agent as a list of strings (see {@link #agentOf}), or {@code false} when absent.
	 */
	private static final String FUNCTIONS = """
			local prefix = ARGV[1]
			local function agentKey(name) return prefix .. ':agent:' .. name end
			local function socketsKey(name, node) return prefix .. ':agent-sockets:' .. name .. ':' .. node end
			local function sockets(name)
				local total = 0
				for _, node in ipairs(redis.call('SMEMBERS', prefix .. ':nodes')) do
					local count = redis.call('GET', socketsKey(name, node))
					if count then total = total + tonumber(count) end
				end
				return total
			end
			local function read(name, now)
				local key = agentKey(name)
				local fields = redis.call('HMGET', key, 'displayName', 'skills', 'status', 'idleSince', 'disconnectedSince')
				if not fields[1] then return false end
				local count = sockets(name)
				local disconnected = fields[5] or ''
				if count > 0 then
					disconnected = ''
				elseif disconnected == '' then
					disconnected = now
					redis.call('HSET', key, 'disconnectedSince', now)
				end
				return {name, fields[1], fields[2] or '', fields[3] or 'ONLINE', tostring(count), fields[4] or now, disconnected}
			end
			""";

	/** ARGV: prefix, agent, node, count, lease ms, display name, skills, now. */
	private static final RedisScript<List> CONNECTED = script("""
			local key = agentKey(ARGV[2])
			redis.call('SADD', prefix .. ':nodes', ARGV[3])
			redis.call('SADD', prefix .. ':agents', ARGV[2])
			redis.call('SET', socketsKey(ARGV[2], ARGV[3]), ARGV[4], 'PX', ARGV[5])
			if redis.call('EXISTS', key) == 0 then
				redis.call('HSET', key, 'status', 'ONLINE', 'idleSince', ARGV[8])
			end
			redis.call('HSET', key, 'displayName', ARGV[6], 'skills', ARGV[7])
			redis.call('HDEL', key, 'disconnectedSince')
			return read(ARGV[2], ARGV[8])""");

	/** ARGV: prefix, agent, node, count (0 or more), lease ms, now. */
	private static final RedisScript<List> SOCKETS = script("""
			if tonumber(ARGV[4]) > 0 then
				redis.call('SET', socketsKey(ARGV[2], ARGV[3]), ARGV[4], 'PX', ARGV[5])
			else
				redis.call('DEL', socketsKey(ARGV[2], ARGV[3]))
			end
			return read(ARGV[2], ARGV[6])""");

	/** ARGV: prefix, agent, field, value, now: sets a field of a present agent. */
	private static final RedisScript<List> SET_FIELD = script("""
			if redis.call('EXISTS', agentKey(ARGV[2])) == 1 then
				redis.call('HSET', agentKey(ARGV[2]), ARGV[3], ARGV[4])
			end
			return read(ARGV[2], ARGV[5])""");

	/** ARGV: prefix, agent, now. */
	private static final RedisScript<List> READ = script("return read(ARGV[2], ARGV[3])");

	/** ARGV: prefix, (unused), now: every agent present; agents no longer present leave the set. */
	private static final RedisScript<List> READ_ALL = script("""
			local all = {}
			for _, name in ipairs(redis.call('SMEMBERS', prefix .. ':agents')) do
				local agent = read(name, ARGV[3])
				if agent then table.insert(all, agent) else redis.call('SREM', prefix .. ':agents', name) end
			end
			return all""");

	/** ARGV: prefix, agent. */
	private static final RedisScript<Long> REMOVE = RedisScript.of("""
			redis.call('SREM', ARGV[1] .. ':agents', ARGV[2])
			return redis.call('DEL', ARGV[1] .. ':agent:' .. ARGV[2])""", Long.class);

	private final StringRedisTemplate redis;

	private final String prefix;

	private final String node;

	private final Duration lease;

	/** This node's open sockets by agent, with the account they were opened with; guarded by {@code this}. */
	private final Map<String, Local> here = new HashMap<>();

	private final ScheduledExecutorService renewals = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("agent-presence-renewal").daemon().factory());

	RedisAgentPresence(StringRedisTemplate redis, ClusterProperties cluster, NodeIdentity node) {
		this.redis = redis;
		this.prefix = cluster.key("presence");
		this.node = node.name();
		this.lease = cluster.lease();
		long every = lease.dividedBy(3).toMillis();
		renewals.scheduleAtFixedRate(this::renew, every, every, TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized PresentAgent connected(Account account, Instant now) {
		Local local = here.merge(account.username(), new Local(account, 1),
				(known, added) -> new Local(account, known.sockets() + 1));
		return agentOf(write(local, now)).orElseThrow();
	}

	@Override
	public synchronized void disconnected(String username, Instant now) {
		Local local = here.get(username);
		if (local == null) {
			return;
		}
		int sockets = local.sockets() - 1;
		if (sockets > 0) {
			here.put(username, new Local(local.account(), sockets));
		}
		else {
			here.remove(username);
		}
		writeSockets(username, Math.max(0, sockets), now);
	}

	@Override
	public Optional<PresentAgent> setStatus(String username, AgentStatus status) {
		return agentOf(redis.execute(SET_FIELD, List.of(), prefix, username, "status", status.name(), millis(Instant.now())));
	}

	@Override
	public void assigned(String username, Instant now) {
		redis.execute(SET_FIELD, List.of(), prefix, username, "idleSince", millis(now), millis(now));
	}

	@Override
	public void remove(String username) {
		redis.execute(REMOVE, List.of(), prefix, username);
	}

	@Override
	public Optional<PresentAgent> agent(String username) {
		return agentOf(redis.execute(READ, List.of(), prefix, username, millis(Instant.now())));
	}

	@Override
	public List<PresentAgent> agents() {
		List<?> all = redis.execute(READ_ALL, List.of(), prefix, "", millis(Instant.now()));
		List<PresentAgent> agents = new ArrayList<>();
		if (all != null) {
			for (Object agent : all) {
				agentOf((List<?>) agent).ifPresent(agents::add);
			}
		}
		agents.sort((a, b) -> a.username().compareTo(b.username()));
		return agents;
	}

	/**
	 * The node stops: its agents' sockets stop counting at once, rather than when the lease ends,
	 * and the consoles that close afterwards change nothing more.
	 */
	@Override
	public synchronized void destroy() {
		renewals.shutdownNow();
		Instant now = Instant.now();
		for (String username : List.copyOf(here.keySet())) {
			writeSockets(username, 0, now);
		}
		here.clear();
	}

	private void writeSockets(String username, int sockets, Instant now) {
		try {
			redis.execute(SOCKETS, List.of(), prefix, username, node, String.valueOf(sockets),
					String.valueOf(lease.toMillis()), millis(now));
		}
		catch (RuntimeException ex) {
			// Redis cannot be reached: this node's count ends with its lease.
			log.warn("Could not record that agent {} has {} sockets open on this node; the lease ends within {}", username,
					sockets, lease, ex);
		}
	}

	/**
	 * Renews this node's counts, writing the agent again where it is gone from Redis while this
	 * node still holds sockets of theirs (Redis restarted, or the agent was let go just as they
	 * connected again here).
	 */
	private synchronized void renew() {
		try {
			Instant now = Instant.now();
			for (Local local : here.values()) {
				write(local, now);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not renew the presence of this node's agents", ex);
		}
	}

	private List<?> write(Local local, Instant now) {
		Account account = local.account();
		return redis.execute(CONNECTED, List.of(), prefix, account.username(), node, String.valueOf(local.sockets()),
				String.valueOf(lease.toMillis()), account.displayName(), String.join(SKILL_SEPARATOR, account.skills()),
				millis(now));
	}

	/** The agent of a script's answer: username, display name, skills, status, sockets, idle since, disconnected since. */
	private static Optional<PresentAgent> agentOf(List<?> fields) {
		if (fields == null || fields.size() < 7) {
			return Optional.empty();
		}
		String skills = (String) fields.get(2);
		String disconnected = (String) fields.get(6);
		return Optional.of(new PresentAgent((String) fields.get(0), (String) fields.get(1),
				skills.isEmpty() ? List.of() : Arrays.asList(skills.split(SKILL_SEPARATOR)),
				AgentStatus.valueOf((String) fields.get(3)), Integer.parseInt((String) fields.get(4)),
				Instant.ofEpochMilli(Long.parseLong((String) fields.get(5))),
				disconnected.isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(disconnected))));
	}

	private static String millis(Instant time) {
		return String.valueOf(time.toEpochMilli());
	}

	private static RedisScript<List> script(String body) {
		return RedisScript.of(FUNCTIONS + body, List.class);
	}

	/**
	 * The sockets of an agent open on this node.
	 *
	 * @param account the account they were opened with
	 * @param sockets how many
	 */
	private record Local(Account account, int sockets) {
	}

}
