package org.govassist.server.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.govassist.server.ClusterNodes;
import org.govassist.server.chat.CitizenDepartures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.JsonNode;

/**
 * Citizens who leave the queue on a cluster of two real nodes: the citizens on one node, their
 * agent on the other. Agents hold one chat each; the citizens' grace time is three seconds.
 */
class QueueLeaversAcrossNodesTest {

	private static final AtomicInteger NAMES = new AtomicInteger();

	private static final Duration WAIT = Duration.ofSeconds(10);

	static ClusterNodes cluster;

	private final List<Socket> sockets = new ArrayList<>();

	@BeforeAll
	static void startTwoNodes() throws Exception {
		cluster = ClusterNodes.start(2, "assistant.retrieval.semantic.enabled=false", "assistant.cluster.lease=3s",
				"assistant.handoff.max-chats=1", "assistant.handoff.citizen-grace=3s");
	}

	@AfterAll
	static void stopNodes() {
		if (cluster != null) {
			cluster.close();
		}
	}

	@AfterEach
	void closeEverything() {
		sockets.forEach(Socket::close);
		jdbc().sql("UPDATE conversation SET state = 'closed' WHERE state IN ('queued', 'with_agent')").update();
	}

	@Test
	void aQueuedCitizenAwayFromEveryNodeIsPassedOverAndLeavesTheQueueWhileOneBackOnAnotherNodeKeepsTheirPlace() {
		Socket agent = agent(1, new Agents(jdbc(), cluster.node(1).getBean(PasswordEncoder.class), cluster.port(1))
			.login("nodes-queue-agent" + NAMES.incrementAndGet()));
		String served = handedOff(0).id();
		agent.next("conversation.assigned", served);
		Citizen returning = handedOff(0);
		returning.socket().next("handoff.queued");
		Citizen gone = handedOff(0);
		gone.socket().next("handoff.queued");
		Citizen live = handedOff(0);
		live.socket().next("handoff.queued");

		returning.socket().close();
		gone.socket().close();
		awaitGone(returning);
		awaitGone(gone);
		agent.send(Map.of("type", "close", "id", "c1", "conversationId", served));

		assertThat(agent.next("conversation.assigned").get("conversationId").asString())
			.as("both citizens away are passed over").isEqualTo(live.id());
		Socket back = Socket.open(cluster.port(1), "/ws/chat", Map.of());
		sockets.add(back);
		back.send(Map.of("type", "hello", "protocol", 1, "token", returning.token(), "lastSeq", 0));
		back.next("welcome");
		assertThat(agent.next(QueueLeaversTest.queueOf(returning.id())).get("items"))
			.as("the citizen still away left the queue; the one back on the other node is still in it")
			.hasSize(1);
		assertThat(jdbc().sql("SELECT state FROM conversation WHERE id = CAST(:id AS UUID)")
			.param("id", gone.id())
			.query(String.class)
			.single()).isEqualTo("closed");
	}

	/** A citizen on a node who asked for a human, with words for the agent. */
	private Citizen handedOff(int node) {
		Socket citizen = Socket.open(cluster.port(node), "/ws/chat", Map.of());
		sockets.add(citizen);
		citizen.send(Map.of("type", "hello", "protocol", 1));
		JsonNode welcome = citizen.next("welcome");
		citizen.send(Map.of("type", "handoff", "id", "h1", "reason", "想问问异地补办"));
		citizen.next("ack");
		return new Citizen(citizen, welcome.get("conversationId").asString(), welcome.get("token").asString());
	}

	/** Waits until the agent's node sees the citizen connected to no node. */
	private static void awaitGone(Citizen citizen) {
		CitizenDepartures departures = cluster.node(1).getBean(CitizenDepartures.class);
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (departures.isConnected(UUID.fromString(citizen.id()))) {
			assertThat(System.nanoTime()).as("the citizen is seen gone").isLessThan(deadline);
			Thread.onSpinWait();
		}
	}

	private Socket agent(int node, String token) {
		Socket agent = Socket.agent(cluster.port(node), token);
		sockets.add(agent);
		return agent;
	}

	private static JdbcClient jdbc() {
		return cluster.node(0).getBean(JdbcClient.class);
	}

	/**
	 * A citizen's connection and conversation.
	 *
	 * @param socket the connection
	 * @param id the conversation
	 * @param token the token that resumes it
	 */
	private record Citizen(Socket socket, String id, String token) {
	}

}
