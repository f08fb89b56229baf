package org.govassist.server.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.govassist.server.chat.CitizenDepartures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import tools.jackson.databind.JsonNode;

/**
 * Citizens who leave while they wait in the queue: passed over by routing while away, keeping their
 * place when back within the citizens' grace time, out of the queue when away longer. Agents hold
 * one chat each; the citizens' grace time is three seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "assistant.handoff.max-chats=1", "assistant.handoff.citizen-grace=3s" })
@DirtiesContext
class QueueLeaversTest extends HandoffSocketTest {

	private static final Duration WAIT = Duration.ofSeconds(10);

	@Autowired
	CitizenDepartures departures;

	@Test
	void aQueuedCitizenAwayLongerThanTheGraceTimeIsPassedOverThenLeavesTheQueueAndTheCitizensBehindMoveUp() {
		Socket agent = agent(agents.login(name()));
		Citizen served = servedBy(agent);
		Citizen away = queuedAt(1);
		Citizen live = queuedAt(2);
		Citizen last = queuedAt(3);

		away.socket.close();
		awaitGone(away);
		agent.send(Map.of("type", "close", "id", "c1", "conversationId", served.id));

		assertThat(agent.next("conversation.assigned").get("conversationId").asString())
			.as("the live citizen behind the one away gets the agent").isEqualTo(live.id);
		live.socket.next("agent.joined");
		assertThat(last.socket.next(position(2)).get("position").asInt())
			.as("the citizen away keeps their place meanwhile").isEqualTo(2);

		assertThat(last.socket.next(position(1)).get("position").asInt())
			.as("the citizen away left the queue after the grace time").isEqualTo(1);
		assertThat(agent.next(queueOf(last.id)).get("items")).hasSize(1);
		assertThat(state(away.id)).isEqualTo("closed");

		Socket back = resume(away.token);
		List<JsonNode> record = back.drain();
		JsonNode closed = record.get(record.size() - 1);
		assertThat(closed.get("type").asString()).isEqualTo("conversation.closed");
		assertThat(closed.get("by").asString()).isEqualTo("citizen");
		assertThat(record).extracting(event -> event.get("type").asString())
			.as("no agent served them: nothing to rate").doesNotContain("rating.requested", "agent.joined");
		back.send(Map.of("type", "say", "id", "again", "text", "还在吗？"));
		HandoffRoutingTest.assertError(back.next("error"), "conflict", "again");
	}

	@Test
	void aQueuedCitizenBackWithinTheGraceTimeKeepsTheirPlaceAndIsRoutedFirst() {
		Socket agent = agent(agents.login(name()));
		Citizen served = servedBy(agent);
		Citizen returning = queuedAt(1);
		Citizen gone = queuedAt(2);

		returning.socket.close();
		awaitGone(returning);
		gone.socket.close();
		awaitGone(gone);
		Socket back = resume(returning.token);
		back.drain();

		assertThat(agent.next(queueOf(returning.id)).get("items"))
			.as("the citizen who left after them and stayed away left the queue; they are still in it")
			.hasSize(1);
		agent.send(Map.of("type", "close", "id", "c1", "conversationId", served.id));
		assertThat(agent.next("conversation.assigned").get("conversationId").asString()).isEqualTo(returning.id);
		back.next("agent.joined");
	}

	@Test
	void anAgentWhoPicksTheConversationOfACitizenAwayIsToldTheyLeftAndItClosesAfterTheGraceTime() {
		Socket busy = agent(agents.login(name()));
		servedBy(busy);
		Socket picking = agent(agents.login(name()));
		picking.send(Map.of("type", "status", "status", "away"));
		picking.drain();
		Citizen away = handedOffCitizen();
		away.socket.next("handoff.queued");

		away.socket.close();
		awaitGone(away);
		picking.send(Map.of("type", "pick", "id", "p1", "conversationId", away.id));

		picking.next("conversation.assigned", away.id);
		picking.next("citizen.left", away.id);
		assertThat(picking.next("conversation.closed", away.id).get("by").asString()).isEqualTo("citizen");
		assertThat(jdbc.sql("SELECT end_reason FROM agent_chat WHERE conversation_id = CAST(:id AS UUID)")
			.param("id", away.id)
			.query(String.class)
			.single()).isEqualTo("citizen");
	}

	/** A citizen handed off to the agent, who is then busy, so that citizens after them queue. */
	private Citizen servedBy(Socket agent) {
		Citizen served = handedOffCitizen();
		served.socket.next("agent.joined");
		agent.next("conversation.assigned", served.id);
		return served;
	}

	/** A citizen handed off now, who waits at the given place in the queue. */
	private Citizen queuedAt(int position) {
		Citizen citizen = handedOffCitizen();
		assertThat(citizen.socket.next("handoff.queued").get("position").asInt()).isEqualTo(position);
		return citizen;
	}

	/** A citizen who asked for a human, with words for the agent. */
	private Citizen handedOffCitizen() {
		Socket citizen = Socket.open(port, "/ws/chat", Map.of());
		sockets.add(citizen);
		citizen.send(Map.of("type", "hello", "protocol", 1));
		JsonNode welcome = citizen.next("welcome");
		citizen.send(Map.of("type", "choose", "id", "choose", "guideId", ID_CARD));
		citizen.next("bot.answer");
		citizen.send(Map.of("type", "handoff", "id", "h1", "reason", "想问问异地补办"));
		citizen.next("ack");
		return new Citizen(citizen, welcome.get("conversationId").asString(), welcome.get("token").asString());
	}

	/** The citizen's conversation resumed on a new connection, its whole record replayed. */
	private Socket resume(String token) {
		Socket citizen = Socket.open(port, "/ws/chat", Map.of());
		sockets.add(citizen);
		citizen.send(Map.of("type", "hello", "protocol", 1, "token", token, "lastSeq", 0));
		citizen.next("welcome");
		return citizen;
	}

	/** Waits until the server saw the citizen's connection close. */
	private void awaitGone(Citizen citizen) {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (departures.isConnected(UUID.fromString(citizen.id))) {
			assertThat(System.nanoTime()).as("the server sees the citizen gone").isLessThan(deadline);
			Thread.onSpinWait();
		}
	}

	private String state(String id) {
		return jdbc.sql("SELECT state FROM conversation WHERE id = CAST(:id AS UUID)")
			.param("id", id)
			.query(String.class)
			.single();
	}

	private static Predicate<JsonNode> position(int position) {
		return message -> "handoff.queued".equals(message.path("type").asString())
				&& message.get("position").asInt() == position;
	}

	/** A {@code queue.changed} listing exactly one conversation. */
	static Predicate<JsonNode> queueOf(String id) {
		return message -> "queue.changed".equals(message.path("type").asString()) && message.get("items").size() == 1
				&& id.equals(message.get("items").get(0).get("conversationId").asString());
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
