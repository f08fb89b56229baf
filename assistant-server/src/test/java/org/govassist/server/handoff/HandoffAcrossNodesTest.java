package org.govassist.server.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.govassist.server.ApiClient;
import org.govassist.server.ClusterNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The handoff on a cluster of real nodes sharing PostgreSQL and Redis, with no sticky sessions:
 * citizens and agents on different nodes, citizens reconnecting to another node, two agents on
 * different nodes picking one chat, and an agent's node dying. Leases are 3 s, the agents' grace
 * time 1 s.
 */
class HandoffAcrossNodesTest {

	private static final AtomicInteger NAMES = new AtomicInteger();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String[] PROPERTIES = { "assistant.retrieval.semantic.enabled=false",
			"assistant.cluster.lease=3s", "assistant.handoff.agent-grace=1s", "assistant.handoff.citizen-grace=30s" };

	static ClusterNodes cluster;

	private final List<Socket> sockets = new ArrayList<>();

	@BeforeAll
	static void startTwoNodes() throws Exception {
		cluster = ClusterNodes.start(2, PROPERTIES);
	}

	@AfterAll
	static void stopNodes() {
		if (cluster != null) {
			cluster.close();
		}
	}

	/** Ends every conversation still queued or held, so that the next test starts with an empty queue. */
	@AfterEach
	void closeEverything() {
		sockets.forEach(Socket::close);
		jdbc().sql("UPDATE conversation SET state = 'closed' WHERE state IN ('queued', 'with_agent')").update();
	}

	@Test
	void aCitizenOnOneNodeGetsToAnAgentOnAnotherAndTheirWordsGoBothWaysRecordedOnceInOrder() {
		agent(0, agents(0).login(name(), HandoffRoutingTest.TRAVEL_SKILL));
		String name = name();
		String token = agents(1).login(name);
		Inbox agent = new Inbox(agent(1, token));
		agent.socket.send(Map.of("type", "status", "status", "away"));
		agent.socket.drain();

		Inbox citizen = new Inbox(citizen(0));
		citizen.socket.send(Map.of("type", "choose", "id", "c1", "guideId", HandoffSocketTest.ID_CARD));
		citizen.take("bot.answer");
		citizen.socket.send(Map.of("type", "say", "id", "m1", "text", "我要转人工"));
		assertThat(citizen.take("handoff.queued").get("position").asInt()).isEqualTo(1);

		String id = agent.take(message -> "queue.changed".equals(message.path("type").asString())
				&& message.get("items").size() == 1).get("items").get(0).get("conversationId").asString();
		agent.socket.send(Map.of("type", "pick", "id", "p1", "conversationId", id));
		assertThat(agent.take(reply("p1")).get("type").asString()).isEqualTo("ack");
		assertThat(agent.take("conversation.assigned", id).get("transcript").values())
			.extracting(event -> event.get("type").asString())
			.containsSubsequence("citizen.message", "agent.joined");
		assertThat(citizen.take("agent.joined").get("agentName").asString()).isEqualTo(Agents.displayName(name));
		Inbox otherConsole = new Inbox(agent(0, token));

		agent.socket.send(Map.of("type", "say", "id", "a1", "conversationId", id, "text", "您好，请问有什么可以帮您？"));
		long replied = agent.take(reply("a1")).get("seq").asLong();
		JsonNode reply = citizen.take("agent.message");
		assertThat(reply.get("seq").asLong()).isEqualTo(replied);
		assertThat(reply.get("text").asString()).isEqualTo("您好，请问有什么可以帮您？");
		assertThat(otherConsole.take("agent.message", id).get("seq").asLong())
			.as("the agent's console on the citizen's node shows the words sent from the other")
			.isEqualTo(replied);

		citizen.socket.send(Map.of("type", "say", "id", "m2", "text", "异地可以补办吗？"));
		long first = citizen.take(reply("m2")).get("seq").asLong();
		citizen.socket.send(Map.of("type", "say", "id", "m3", "text", "要带户口簿吗？"));
		long second = citizen.take(reply("m3")).get("seq").asLong();
		JsonNode firstRelayed = agent.take("citizen.message", id);
		JsonNode secondRelayed = agent.take("citizen.message", id);
		assertThat(List.of(firstRelayed.get("seq").asLong(), secondRelayed.get("seq").asLong()))
			.containsExactly(first, second);
		assertThat(firstRelayed.get("text").asString()).isEqualTo("异地可以补办吗？");

		assertThat(agent.socket.drain()).extracting(message -> message.get("type").asString())
			.as("nothing twice, and not its own words back").doesNotContain("citizen.message", "agent.message");
		assertThat(citizen.socket.drain()).as("the bot stays quiet, and nothing comes twice").isEmpty();
		assertThat(citizen.seqs()).as("every event once, in order").isSorted().doesNotHaveDuplicates();
		assertThat(words(id)).containsExactly("citizen.message 我要转人工", "agent.message 您好，请问有什么可以帮您？",
				"citizen.message 异地可以补办吗？", "citizen.message 要带户口簿吗？");
	}

	@Test
	void twoAgentsOnDifferentNodesPickingTheSameChatAtOnceOnlyOneGetsIt() {
		agent(0, agents(0).login(name(), HandoffRoutingTest.TRAVEL_SKILL));
		Inbox citizen = new Inbox(handedOff(0));
		citizen.take("handoff.queued");
		Socket one = agent(0, agents(0).login(name(), "交通出行"));
		Socket other = agent(1, agents(1).login(name(), "交通出行"));
		assertThat(one.state().get("queue")).hasSize(1);
		assertThat(other.state().get("queue")).hasSize(1);
		String id = one.state().get("queue").get(0).get("conversationId").asString();

		one.send(Map.of("type", "pick", "id", "p1", "conversationId", id));
		other.send(Map.of("type", "pick", "id", "p2", "conversationId", id));

		JsonNode first = one.next(reply("p1"));
		JsonNode second = other.next(reply("p2"));
		assertThat(List.of(first.get("type").asString(), second.get("type").asString()))
			.containsExactlyInAnyOrder("ack", "error");
		JsonNode refusal = first.get("type").asString().equals("error") ? first : second;
		assertThat(refusal.get("code").asString()).isEqualTo("conflict");
		citizen.take("agent.joined");
		assertThat(citizen.socket.drain()).extracting(message -> message.get("type").asString())
			.doesNotContain("agent.joined");
		assertThat(jdbc().sql("SELECT COUNT(*) FROM agent_chat WHERE conversation_id = CAST(:id AS UUID)")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1L);
	}

	@Test
	void aCitizenWhoReconnectsToAnotherNodeGetsExactlyWhatTheyMissedAndTheAgentIsToldBoth() {
		Inbox agent = new Inbox(agent(1, agents(1).login(name())));
		Socket citizen = Socket.open(cluster.port(0), "/ws/chat", Map.of());
		sockets.add(citizen);
		citizen.send(Map.of("type", "hello", "protocol", 1));
		String token = citizen.next("welcome").get("token").asString();
		citizen.send(Map.of("type", "handoff", "id", "h1", "reason", "想问问身份证补办"));
		long lastSeen = citizen.next("agent.joined").get("seq").asLong();
		String id = agent.take("conversation.assigned").get("conversationId").asString();

		citizen.close();
		agent.take("citizen.left", id);
		agent.socket.send(Map.of("type", "say", "id", "a1", "conversationId", id, "text", "请带户口簿。"));
		long firstMissed = agent.take(reply("a1")).get("seq").asLong();
		agent.socket.send(Map.of("type", "say", "id", "a2", "conversationId", id, "text", "还需要一张照片。"));
		long secondMissed = agent.take(reply("a2")).get("seq").asLong();

		Socket again = Socket.open(cluster.port(1), "/ws/chat", Map.of());
		sockets.add(again);
		again.send(Map.of("type", "hello", "protocol", 1, "token", token, "lastSeq", lastSeen));
		again.next("welcome");

		List<JsonNode> missed = again.drain();
		assertThat(missed).extracting(event -> event.get("type").asString())
			.containsExactly("agent.message", "agent.message");
		assertThat(missed).extracting(event -> event.get("seq").asLong()).containsExactly(firstMissed, secondMissed);
		agent.take("citizen.returned", id);
		agent.socket.send(Map.of("type", "say", "id", "a3", "conversationId", id, "text", "您回来了，我们继续。"));
		assertThat(again.next("agent.message").get("text").asString()).isEqualTo("您回来了，我们继续。");
		assertThat(again.drain()).isEmpty();
	}

	@Test
	void whenTheNodeOfAnAgentDiesTheirChatGoesToAnotherAgentAfterTheLeaseAndTheGraceAndTheCitizenIsTold()
			throws Exception {
		int leaving = cluster.startNode(PROPERTIES);
		String gone = name();
		Inbox goneAgent = new Inbox(agent(leaving, agents(leaving).login(gone)));
		Inbox citizen = new Inbox(handedOff(0));
		assertThat(citizen.take("agent.joined").get("agentName").asString()).isEqualTo(Agents.displayName(gone));
		String id = goneAgent.take("conversation.assigned").get("conversationId").asString();
		String staying = name();
		Inbox other = new Inbox(agent(1, agents(1).login(staying)));

		// Cut off from Redis first, the node cannot let go of anything as it stops: what it held
		// there ends only with its lease, as when a node dies.
		cluster.node(leaving).getBean(LettuceConnectionFactory.class).destroy();
		cluster.stop(leaving);

		assertThat(other.take("conversation.assigned", id).get("transcript").values())
			.extracting(event -> event.get("type").asString())
			.containsSubsequence("agent.joined", "bot.fallback", "agent.joined");
		assertThat(citizen.take("bot.fallback").get("text").asString()).isEqualTo(HandoffTexts.AGENT_LOST);
		assertThat(citizen.take("agent.joined").get("agentName").asString()).isEqualTo(Agents.displayName(staying));
		assertThat(jdbc().sql("""
				SELECT end_reason FROM agent_chat
				WHERE conversation_id = CAST(:id AS UUID) AND agent = :agent""")
			.param("id", id)
			.param("agent", gone)
			.query(String.class)
			.single()).isEqualTo("grace");
	}

	@Test
	void loggingOutOnOneNodeClosesTheAgentsConsolesOnEveryNodeAndHandsTheirChatOnAtOnce() {
		String name = name();
		String token = agents(0).login(name);
		Socket here = agent(0, token);
		Socket there = agent(1, token);
		Inbox citizen = new Inbox(handedOff(0));
		assertThat(citizen.take("agent.joined").get("agentName").asString()).isEqualTo(Agents.displayName(name));
		String id = there.next("conversation.assigned").get("conversationId").asString();

		assertThat(new ApiClient(cluster.port(0)).post("/api/auth/logout", token, "{}").statusCode()).isEqualTo(204);

		assertThat(here.awaitCloseStatus()).isEqualTo(SessionWatch.SESSION_ENDED);
		assertThat(there.awaitCloseStatus()).isEqualTo(SessionWatch.SESSION_ENDED);
		assertThat(citizen.take("bot.fallback").get("text").asString()).isEqualTo(HandoffTexts.AGENT_LOST);
		assertThat(jdbc().sql("SELECT end_reason FROM agent_chat WHERE conversation_id = CAST(:id AS UUID)")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("signed_out");
	}

	@Test
	void theRoutingLockWaitsOutTheLeaseOfANodeThatDiedIsReentrantAndLetsGoOnlyOfItsOwn() {
		StringRedisTemplate redis = cluster.node(0).getBean(StringRedisTemplate.class);
		String key = cluster.clusterName() + ":handoff:routing-lock";
		RoutingLock lock = cluster.node(1).getBean(RoutingLock.class);
		redis.opsForValue().set(key, "held-by-a-node-that-died", Duration.ofMillis(1500));

		String heldInside = lock.locked(() -> lock.locked(() -> redis.opsForValue().get(key)));

		assertThat(heldInside).isNotNull().isNotEqualTo("held-by-a-node-that-died");
		assertThat(redis.hasKey(key)).as("let go after the work").isFalse();
		lock.locked(() -> {
			// The lease ended meanwhile and another node took the lock.
			redis.opsForValue().set(key, "held-by-another-node", Duration.ofSeconds(5));
			return null;
		});
		assertThat(redis.opsForValue().get(key)).isEqualTo("held-by-another-node");
		redis.delete(key);
	}

	/** A citizen on a node who chose the lost-ID-card matter and asked for a human. */
	private Socket handedOff(int node) {
		Socket citizen = citizen(node);
		citizen.send(Map.of("type", "choose", "id", "choose", "guideId", HandoffSocketTest.ID_CARD));
		citizen.next("bot.answer");
		citizen.send(Map.of("type", "say", "id", "h1", "text", "转人工"));
		assertThat(citizen.next("ack").get("replyTo").asString()).isEqualTo("h1");
		return citizen;
	}

	private Socket citizen(int node) {
		Socket citizen = Socket.citizen(cluster.port(node));
		sockets.add(citizen);
		return citizen;
	}

	private Socket agent(int node, String token) {
		Socket agent = Socket.agent(cluster.port(node), token);
		sockets.add(agent);
		return agent;
	}

	private static Agents agents(int node) {
		return new Agents(cluster.node(node).getBean(JdbcClient.class),
				cluster.node(node).getBean(PasswordEncoder.class), cluster.port(node));
	}

	private static JdbcClient jdbc() {
		return cluster.node(0).getBean(JdbcClient.class);
	}

	/** The citizen's and agents' words recorded in a conversation, in seq order, as "type text". */
	private static List<String> words(String id) {
		return jdbc().sql("""
				SELECT type, payload FROM conversation_event
				WHERE conversation_id = CAST(:id AS UUID) AND type IN ('citizen.message', 'agent.message')
				ORDER BY seq""")
			.param("id", id)
			.query((row, n) -> row.getString("type") + " "
					+ JSON.readTree(row.getString("payload")).get("text").asString())
			.list();
	}

	private static Predicate<JsonNode> reply(String id) {
		return message -> id.equals(message.path("replyTo").asString());
	}

	private static String name() {
		return "nodes-agent" + NAMES.incrementAndGet();
	}

	/**
	 * The messages of a socket, taken in any order: a message not wanted yet is kept for a later
	 * {@link #take}, since across nodes an acknowledgement and the messages it caused may arrive in
	 * either order.
	 */
	private static final class Inbox {

		final Socket socket;

		private final List<JsonNode> kept = new ArrayList<>();

		private final List<JsonNode> all = new ArrayList<>();

		Inbox(Socket socket) {
			this.socket = socket;
		}

		JsonNode take(String type) {
			return take(message -> type.equals(message.path("type").asString()));
		}

		JsonNode take(String type, String conversationId) {
			return take(message -> type.equals(message.path("type").asString())
					&& conversationId.equals(message.path("conversationId").asString()));
		}

		/** The first message that matches, kept or next to come. */
		JsonNode take(Predicate<JsonNode> wanted) {
			for (Iterator<JsonNode> it = kept.iterator(); it.hasNext();) {
				JsonNode message = it.next();
				if (wanted.test(message)) {
					it.remove();
					return message;
				}
			}
			for (;;) {
				JsonNode message = socket.next();
				all.add(message);
				if (wanted.test(message)) {
					return message;
				}
				kept.add(message);
			}
		}

		/** The seqs of every message with one received so far, in the order received. */
		List<Long> seqs() {
			return all.stream().filter(message -> message.has("seq")).map(message -> message.get("seq").asLong()).toList();
		}

	}

}
