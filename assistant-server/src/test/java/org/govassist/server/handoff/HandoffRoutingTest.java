package org.govassist.server.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.http.WebSocketHandshakeException;
import java.util.List;
import java.util.Map;

import org.govassist.server.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import tools.jackson.databind.JsonNode;

/**
 * Handing citizens over to agents on the real sockets: routing by load, idle time, capacity and
 * skill; picking, transferring and closing; the words relayed both ways; the record replayed.
 * Agents hold at most two chats here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "assistant.handoff.max-chats=2")
@DirtiesContext
class HandoffRoutingTest extends HandoffSocketTest {

	static final String ID_CARDS_SKILL = "户籍与身份证件";

	static final String TRAVEL_SKILL = "出入境";

	@Test
	void aHandoffGoesToTheLeastBusyAgentAndAmongEquallyBusyOnesToTheOneIdleLongest() {
		String first = name();
		String second = name();
		Socket firstAgent = agent(agents.login(first));
		Socket secondAgent = agent(agents.login(second));

		Socket one = handedOff();
		assertThat(one.next("agent.joined").get("agentName").asString()).isEqualTo(Agents.displayName(first));
		JsonNode assigned = firstAgent.next("conversation.assigned");
		assertThat(assigned.get("topic").asString()).isEqualTo(ID_CARDS_SKILL);
		assertThat(assigned.get("transcript").values()).extracting(event -> event.get("type").asString())
			.containsSubsequence("bot.answer", "agent.joined");
		assertThat(assigned.get("guides").get(0).get("guideId").asString()).isEqualTo(ID_CARD);

		Socket two = handedOff();
		assertThat(two.next("agent.joined").get("agentName").asString()).isEqualTo(Agents.displayName(second));
		secondAgent.next("conversation.assigned");

		Socket three = handedOff();
		assertThat(three.next("agent.joined").get("agentName").asString())
			.as("both hold one; the first got theirs earlier, so has been idle longer")
			.isEqualTo(Agents.displayName(first));
	}

	@Test
	void anAgentWithAsManyChatsAsAllowedGetsNoMoreAndTheCitizenWaitsInTheQueue() {
		Socket agent = agent(agents.login(name()));
		handedOff().next("agent.joined");
		String second = conversationOf(agent.next("conversation.assigned"));
		handedOff().next("agent.joined");
		agent.next("conversation.assigned");

		Socket waiting = handedOff();
		JsonNode queued = waiting.next("handoff.queued");
		assertThat(queued.get("position").asInt()).isEqualTo(1);
		assertThat(queued.get("estimatedWaitSeconds").asInt()).isPositive();
		assertThat(queued.get("seq").asLong()).isPositive();
		JsonNode item = agent.next(message -> "queue.changed".equals(message.path("type").asString())
				&& !message.get("items").isEmpty()).get("items").get(0);
		assertThat(item.get("topic").asString()).isEqualTo(ID_CARDS_SKILL);
		assertThat(List.copyOf(item.propertyNames())).containsExactlyInAnyOrder("conversationId", "waitingSeconds",
				"topic", "alert");

		agent.send(Map.of("type", "close", "id", "c1", "conversationId", second));
		assertThat(agent.next("ack").get("replyTo").asString()).isEqualTo("c1");
		assertThat(waiting.next("agent.joined").get("agentName").asString()).startsWith("工作人员");
	}

	@Test
	void onlyAnAgentWithTheSkillOfTheMatterGetsTheConversation() {
		agent(agents.login(name(), TRAVEL_SKILL));
		String skilled = name();
		Socket idCards = agent(agents.login(skilled, ID_CARDS_SKILL));

		Socket citizen = handedOff();

		assertThat(citizen.next("agent.joined").get("agentName").asString()).isEqualTo(Agents.displayName(skilled));
		assertThat(idCards.next("conversation.assigned").get("topic").asString()).isEqualTo(ID_CARDS_SKILL);
	}

	@Test
	void aTransferToASkillPutsTheConversationAtTheFrontOfTheQueueForAnAgentWithThatSkill() {
		Socket agent = agent(agents.login(name(), ID_CARDS_SKILL));
		Socket first = handedOff();
		first.next("agent.joined");
		String transferred = conversationOf(agent.next("conversation.assigned"));
		handedOff().next("agent.joined");
		agent.next("conversation.assigned");
		Socket waiting = handedOff();
		assertThat(waiting.next("handoff.queued").get("position").asInt()).isEqualTo(1);
		String waitingId = conversationOf(agent.next(message -> "queue.changed".equals(message.path("type").asString())
				&& message.get("items").size() == 1).get("items").get(0));
		agent.send(Map.of("type", "status", "status", "away"));

		agent.send(Map.of("type", "transfer", "id", "t1", "conversationId", transferred, "skill", TRAVEL_SKILL));

		assertThat(agent.next("ack").get("replyTo").asString()).isEqualTo("t1");
		assertThat(agent.next("conversation.released", transferred).get("reason").asString()).isEqualTo("transfer");
		JsonNode queue = agent.next(message -> "queue.changed".equals(message.path("type").asString())
				&& message.get("items").size() == 2);
		assertThat(queue.get("items").values()).extracting(HandoffRoutingTest::conversationOf)
			.containsExactly(transferred, waitingId);
		assertThat(queue.get("items").get(0).get("topic").asString()).isEqualTo(TRAVEL_SKILL);
		assertThat(waiting.next("handoff.queued").get("position").asInt()).isEqualTo(2);
		assertThat(first.next("handoff.queued").get("position").asInt()).isEqualTo(1);

		String travel = name();
		Socket travelAgent = agent(agents.login(travel, TRAVEL_SKILL));
		assertThat(travelAgent.next("conversation.assigned").get("conversationId").asString()).isEqualTo(transferred);
		assertThat(first.next("agent.joined").get("agentName").asString()).isEqualTo(Agents.displayName(travel));
	}

	@Test
	void aConversationTransferredToTheQueueIsNotRoutedBackToTheAgentWhoGaveItUp() {
		Socket giving = agent(agents.login(name()));
		Socket citizen = handedOff();
		citizen.next("agent.joined");
		String id = conversationOf(giving.next("conversation.assigned"));

		giving.send(Map.of("type", "transfer", "id", "t1", "conversationId", id, "skill", TRAVEL_SKILL));

		giving.next("ack");
		assertThat(citizen.next("handoff.queued").get("position").asInt()).isEqualTo(1);
		String taking = name();
		Socket other = agent(agents.login(taking));
		assertThat(other.next("conversation.assigned").get("conversationId").asString()).isEqualTo(id);
		assertThat(citizen.next("agent.joined").get("agentName").asString()).isEqualTo(Agents.displayName(taking));
	}

	@Test
	void aTransferToAnotherAgentHandsTheConversationOverWithItsRecord() {
		Socket from = agent(agents.login(name()));
		Socket citizen = handedOff();
		citizen.next("agent.joined");
		String id = conversationOf(from.next("conversation.assigned"));
		from.send(Map.of("type", "say", "id", "s1", "conversationId", id, "text", "您好，请问还有什么问题？"));
		from.next("ack");
		String to = name();
		Socket toAgent = agent(agents.login(to));

		from.send(Map.of("type", "transfer", "id", "t1", "conversationId", id, "agent", "nobody-" + to));
		assertError(from.next("error"), "not_found", "t1");
		from.send(Map.of("type", "transfer", "id", "t2", "conversationId", id, "agent", to));

		assertThat(from.next("ack").get("replyTo").asString()).isEqualTo("t2");
		assertThat(from.next("conversation.released", id).get("reason").asString()).isEqualTo("transfer");
		JsonNode assigned = toAgent.next("conversation.assigned", id);
		assertThat(assigned.get("transcript").values()).extracting(event -> event.get("type").asString())
			.containsSubsequence("agent.joined", "agent.message", "agent.joined");
		assertThat(citizen.next("agent.joined").get("agentName").asString()).isEqualTo(Agents.displayName(to));
		from.send(Map.of("type", "say", "id", "s2", "conversationId", id, "text", "还在吗？"));
		assertError(from.next("error"), "conflict", "s2");
	}

	@Test
	void twoAgentsPickingTheSameConversationAtOnceOnlyOneGetsIt() {
		agent(agents.login(name(), TRAVEL_SKILL));
		Socket citizen = handedOff();
		citizen.next("handoff.queued");
		Socket one = agent(agents.login(name(), "交通出行"));
		Socket other = agent(agents.login(name(), "交通出行"));
		assertThat(one.state().get("queue")).hasSize(1);
		String id = conversationOf(one.state().get("queue").get(0));

		one.send(Map.of("type", "pick", "id", "p1", "conversationId", id));
		other.send(Map.of("type", "pick", "id", "p2", "conversationId", id));

		JsonNode first = one.next(message -> "p1".equals(message.path("replyTo").asString()));
		JsonNode second = other.next(message -> "p2".equals(message.path("replyTo").asString()));
		assertThat(List.of(first.get("type").asString(), second.get("type").asString()))
			.containsExactlyInAnyOrder("ack", "error");
		JsonNode refusal = first.get("type").asString().equals("error") ? first : second;
		assertThat(refusal.get("code").asString()).isEqualTo("conflict");
		citizen.next("agent.joined");
		assertThat(citizen.drain()).extracting(message -> message.get("type").asString()).doesNotContain("agent.joined");
	}

	@Test
	void actingOnAConversationOneDoesNotHoldIsRefusedAndChangesNothing() {
		Socket holder = agent(agents.login(name()));
		Socket citizen = handedOff();
		citizen.next("agent.joined");
		String id = conversationOf(holder.next("conversation.assigned"));
		Socket other = agent(agents.login(name()));

		other.send(Map.of("type", "say", "id", "s1", "conversationId", id, "text", "您好"));
		assertError(other.next("error"), "conflict", "s1");
		other.send(Map.of("type", "close", "id", "c1", "conversationId", id));
		assertError(other.next("error"), "conflict", "c1");
		other.send(Map.of("type", "transfer", "id", "t1", "conversationId", id, "skill", TRAVEL_SKILL));
		assertError(other.next("error"), "conflict", "t1");
		other.send(Map.of("type", "pick", "id", "p1", "conversationId", id));
		assertError(other.next("error"), "conflict", "p1");
		other.send(Map.of("type", "say", "id", "s2", "conversationId", "0b0e5c2e-8a55-4c39-9a57-2d3f5e0a7c11",
				"text", "您好"));
		assertError(other.next("error"), "not_found", "s2");

		assertThat(citizen.drain()).isEmpty();
		holder.send(Map.of("type", "say", "id", "s3", "conversationId", id, "text", "我还在"));
		assertThat(holder.next("ack").get("seq").asLong()).isPositive();
	}

	@Test
	void theCitizensWordsGoToTheAgentAndTheAgentsWordsToTheCitizenAndTheAgentsOtherConsoles() {
		String name = name();
		String token = agents.login(name);
		Socket agent = agent(token);
		Socket citizen = handedOff();
		citizen.next("agent.joined");
		String id = conversationOf(agent.next("conversation.assigned"));
		Socket secondConsole = agent(token);

		citizen.send(Map.of("type", "say", "id", "m1", "text", "我的手机号是13812345678，能帮我查下吗"));
		long said = citizen.next("ack").get("seq").asLong();
		JsonNode relayed = agent.next("citizen.message", id);
		assertThat(relayed.get("seq").asLong()).isEqualTo(said);
		assertThat(relayed.get("text").asString()).contains("138****5678").doesNotContain("13812345678");
		assertThat(citizen.drain()).as("the bot stays quiet").isEmpty();

		agent.send(Map.of("type", "say", "id", "a1", "conversationId", id, "text", "好的，请稍等。"));
		JsonNode ack = agent.next("ack");
		assertThat(ack.get("conversationId").asString()).isEqualTo(id);
		JsonNode message = citizen.next("agent.message");
		assertThat(message.get("seq").asLong()).isEqualTo(ack.get("seq").asLong());
		assertThat(message.get("text").asString()).isEqualTo("好的，请稍等。");
		assertThat(message.get("agentName").asString()).isEqualTo(Agents.displayName(name));
		JsonNode copy = secondConsole.next("agent.message", id);
		assertThat(copy.get("text").asString()).isEqualTo("好的，请稍等。");
		assertThat(agent.drain()).extracting(m -> m.get("type").asString()).doesNotContain("agent.message");
	}

	@Test
	void personalDataInTheAgentsWordsIsMaskedForTheCitizenTheRecordAndTheOtherConsoles() {
		String token = agents.login(name());
		Socket agent = agent(token);
		Socket citizen = handedOff();
		citizen.next("agent.joined");
		String id = conversationOf(agent.next("conversation.assigned"));
		Socket secondConsole = agent(token);

		agent.send(Map.of("type", "say", "id", "a1", "conversationId", id, "text", "我已回拨13812345678，请留意。"));
		agent.next("ack");

		assertThat(citizen.next("agent.message").get("text").asString()).contains("138****5678")
			.doesNotContain("13812345678");
		assertThat(secondConsole.next("agent.message", id).get("text").asString()).contains("138****5678")
			.doesNotContain("13812345678");
		assertThat(jdbc.sql("""
				SELECT payload FROM conversation_event
				WHERE conversation_id = CAST(:id AS UUID) AND type = 'agent.message'""")
			.param("id", id)
			.query(String.class)
			.single()).contains("138****5678").doesNotContain("13812345678");
	}

	@Test
	void aReplySentAgainWithTheSameIdAfterAReconnectIsAcknowledgedAgainButRecordedAndRelayedOnce() {
		String token = agents.login(name());
		Socket agent = agent(token);
		Socket citizen = handedOff();
		citizen.next("agent.joined");
		String id = conversationOf(agent.next("conversation.assigned"));
		agent.send(Map.of("type", "say", "id", "a1", "conversationId", id, "text", "请带户口簿。"));
		long seq = agent.next("ack").get("seq").asLong();
		agent.close();

		Socket again = agent(token);
		again.send(Map.of("type", "say", "id", "a1", "conversationId", id, "text", "请带户口簿。"));

		JsonNode ack = again.next();
		assertThat(ack.get("type").asString()).isEqualTo("ack");
		assertThat(ack.get("replyTo").asString()).isEqualTo("a1");
		assertThat(ack.get("seq").asLong()).isEqualTo(seq);
		assertThat(again.drain()).as("nothing but the ack").isEmpty();
		assertThat(citizen.drain()).extracting(event -> event.get("type").asString())
			.containsExactly("agent.message");
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM conversation_event
				WHERE conversation_id = CAST(:id AS UUID) AND type = 'agent.message'""")
			.param("id", id)
			.query(Long.class)
			.single()).as("recorded once, with its id kept in the database").isEqualTo(1L);
	}

	@Test
	void anAgentClosingEndsTheChatForTheCitizenWhoIsAskedToRateTheAgent() {
		String name = name();
		Socket agent = agent(agents.login(name));
		Socket citizen = handedOff();
		citizen.next("agent.joined");
		String id = conversationOf(agent.next("conversation.assigned"));

		agent.send(Map.of("type", "close", "id", "c1", "conversationId", id, "summary", "已告知补领流程"));

		agent.next("ack");
		assertThat(agent.next("conversation.closed", id).get("by").asString()).isEqualTo("agent");
		assertThat(citizen.next("conversation.closed").get("by").asString()).isEqualTo("agent");
		citizen.next("rating.requested");
		assertThat(jdbc.sql("SELECT summary FROM agent_chat WHERE conversation_id = CAST(:id AS UUID)")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("已告知补领流程");
		citizen.send(Map.of("type", "rate", "id", "r1", "level", 5));
		citizen.next("ack");
		assertThat(jdbc.sql("SELECT agent FROM rating WHERE conversation_id = CAST(:id AS UUID)")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo(name);
		citizen.send(Map.of("type", "say", "id", "m1", "text", "还在吗"));
		assertThat(citizen.next("error").get("code").asString()).isEqualTo("conflict");
	}

	@Test
	void aCitizenClosingEndsTheChatForTheAgent() {
		Socket agent = agent(agents.login(name()));
		Socket citizen = handedOff();
		citizen.next("agent.joined");
		String id = conversationOf(agent.next("conversation.assigned"));

		citizen.send(Map.of("type", "close", "id", "end"));

		assertThat(agent.next("conversation.closed", id).get("by").asString()).isEqualTo("citizen");
		agent.send(Map.of("type", "say", "id", "a1", "conversationId", id, "text", "您好"));
		assertError(agent.next("error"), "conflict", "a1");
	}

	@Test
	void aCitizenWhoReconnectsGetsTheAgentsEventsReplayed() {
		Socket agent = agent(agents.login(name()));
		Socket citizen = Socket.open(port, "/ws/chat", Map.of());
		sockets.add(citizen);
		citizen.send(Map.of("type", "hello", "protocol", 1));
		String token = citizen.next("welcome").get("token").asString();
		citizen.send(Map.of("type", "handoff", "id", "h1", "reason", "想问问身份证补办"));
		citizen.next("agent.joined");
		String id = conversationOf(agent.next("conversation.assigned"));
		agent.send(Map.of("type", "say", "id", "a1", "conversationId", id, "text", "请带户口簿。"));
		citizen.next("agent.message");
		citizen.close();

		Socket again = Socket.open(port, "/ws/chat", Map.of());
		sockets.add(again);
		again.send(Map.of("type", "hello", "protocol", 1, "token", token, "lastSeq", 0));
		again.next("welcome");

		List<JsonNode> replayed = again.drain();
		assertThat(replayed).extracting(event -> event.get("type").asString())
			.containsExactly("citizen.message", "agent.joined", "agent.message");
		assertThat(replayed).extracting(event -> event.get("seq").asLong()).containsExactly(1L, 2L, 3L);
		assertThat(replayed.get(2).get("text").asString()).isEqualTo("请带户口簿。");
	}

	@Test
	void aCitizenWhoLeavesAndComesBackWithinTheGraceTimeKeepsTheAgentWhoIsToldBoth() {
		Socket agent = agent(agents.login(name()));
		Socket citizen = Socket.open(port, "/ws/chat", Map.of());
		sockets.add(citizen);
		citizen.send(Map.of("type", "hello", "protocol", 1));
		String token = citizen.next("welcome").get("token").asString();
		citizen.send(Map.of("type", "handoff", "id", "h1", "reason", "想问问身份证补办"));
		citizen.next("agent.joined");
		String id = conversationOf(agent.next("conversation.assigned"));

		citizen.close();
		agent.next("citizen.left", id);
		Socket again = Socket.open(port, "/ws/chat", Map.of());
		sockets.add(again);
		again.send(Map.of("type", "hello", "protocol", 1, "token", token, "lastSeq", 2));
		again.next("welcome");

		agent.next("citizen.returned", id);
		agent.send(Map.of("type", "say", "id", "a1", "conversationId", id, "text", "您回来了，我们继续。"));
		agent.next("ack");
		assertThat(again.next("agent.message").get("text").asString()).isEqualTo("您回来了，我们继续。");
	}

	@Test
	void anAgentReconnectingIsToldWhichOfItsChatsHaveNoCitizenConnected() {
		String login = agents.login(name());
		Socket agent = agent(login);
		Socket citizen = handedOff();
		citizen.next("agent.joined");
		String id = conversationOf(agent.next("conversation.assigned"));
		citizen.close();
		agent.next("citizen.left", id);

		Socket again = agent(login);

		assertThat(again.state().get("conversations").findValuesAsString("conversationId")).contains(id);
		again.next("citizen.left", id);
	}

	@Test
	void onlyAgentsMayOpenTheAgentSocketWithABearerTokenOrTheLoginCookie() {
		String token = agents.login(name());
		String editor = agents.login(name(), new Role[] { Role.EDITOR, Role.ADMIN });

		assertThat(handshakeStatus(Map.of())).isEqualTo(401);
		assertThat(handshakeStatus(Map.of("Authorization", "Bearer not-a-token"))).isEqualTo(401);
		assertThat(handshakeStatus(Map.of("Authorization", "Bearer " + editor))).isEqualTo(403);
		assertThat(handshakeStatus(Map.of("Authorization", "Bearer " + token, "Origin", "https://elsewhere.example")))
			.isEqualTo(403);
		try (Socket cookie = Socket.open(port, "/ws/agent",
				Map.of("Cookie", "other=1; " + AgentHandshake.COOKIE + "=" + token, "Origin", "http://localhost:" + port))) {
			JsonNode state = cookie.next("agent.state");
			assertThat(List.copyOf(state.propertyNames())).containsExactlyInAnyOrder("type", "status", "agentName",
					"maxChats", "conversations", "queue");
			assertThat(state.get("status").asString()).isEqualTo("online");
			assertThat(state.get("maxChats").asInt()).isEqualTo(2);
		}
	}

	@Test
	void malformedAgentMessagesAreAnsweredWithErrorsAndTheSocketStaysOpen() {
		Socket agent = agent(agents.login(name()));

		agent.send("not json");
		assertError(agent.next(), "bad_request", null);
		agent.send(Map.of("type", "say", "id", "s1", "conversationId", "nope", "text", "x"));
		assertError(agent.next(), "bad_request", "s1");
		agent.send(Map.of("type", "say", "id", "s2", "conversationId", "0b0e5c2e-8a55-4c39-9a57-2d3f5e0a7c11",
				"text", "长".repeat(2001)));
		assertError(agent.next(), "too_long", "s2");
		agent.send(Map.of("type", "dance", "id", "d1"));
		assertError(agent.next(), "bad_request", "d1");

		agent.send(Map.of("type", "ping"));
		assertThat(agent.next().get("type").asString()).isEqualTo("pong");
	}

	/** A citizen who chose the lost-ID-card matter and asked for a human. */

	private int handshakeStatus(Map<String, String> headers) {
		Throwable refusal = catchThrowable(() -> Socket.open(port, "/ws/agent", headers).close());
		assertThat(refusal).cause().isInstanceOf(WebSocketHandshakeException.class);
		return ((WebSocketHandshakeException) refusal.getCause()).getResponse().statusCode();
	}

	static String conversationOf(JsonNode message) {
		return message.get("conversationId").asString();
	}

	static void assertError(JsonNode error, String code, String replyTo) {
		assertThat(error.get("type").asString()).as("%s", error).isEqualTo("error");
		assertThat(error.get("code").asString()).isEqualTo(code);
		assertThat(error.get("message").asString()).isNotBlank();
		if (replyTo == null) {
			assertThat(error.has("replyTo")).isFalse();
		}
		else {
			assertThat(error.get("replyTo").asString()).isEqualTo(replyTo);
		}
	}

}
