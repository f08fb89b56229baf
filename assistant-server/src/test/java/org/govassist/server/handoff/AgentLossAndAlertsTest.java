package org.govassist.server.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.govassist.server.account.StaffSessionEnded;
import org.govassist.server.system.BearerToken;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.annotation.DirtiesContext;

import tools.jackson.databind.JsonNode;

/**
 * What happens with time: service-level alerts to agents, agents who drop out and lose their
 * chats after the grace time, and agent sockets whose login ends. Times are short here: yellow
 * after one second, red after two, a grace of one second for agents and for citizens; agents hold
 * one chat each and may send five messages an hour.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "assistant.handoff.max-chats=1", "assistant.handoff.sla.yellow=1s",
				"assistant.handoff.sla.red=2s", "assistant.handoff.agent-grace=1s",
				"assistant.handoff.session-check=200ms", "assistant.handoff.citizen-grace=1s",
				"assistant.handoff.rate-limit=5/1h" })
@DirtiesContext
class AgentLossAndAlertsTest extends HandoffSocketTest {

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void aCitizenWhoLeavesIsReportedToTheAgentAndTheChatClosesByTheCitizenAfterTheGraceTime() {
		Socket agent = agent(agents.login(name()));
		Socket citizen = handedOff();
		citizen.next("agent.joined");
		String id = agent.next("conversation.assigned").get("conversationId").asString();

		citizen.close();

		agent.next("citizen.left", id);
		assertThat(agent.next("conversation.closed", id).get("by").asString()).isEqualTo("citizen");
		assertThat(jdbc.sql("SELECT state FROM conversation WHERE id = CAST(:id AS UUID)")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("closed");
		assertThat(jdbc.sql("""
				SELECT payload FROM conversation_event
				WHERE conversation_id = CAST(:id AS UUID) AND type = 'conversation.closed'""")
			.param("id", id)
			.query(String.class)
			.single()).contains("\"by\":\"citizen\"");
		assertThat(jdbc.sql("SELECT end_reason FROM agent_chat WHERE conversation_id = CAST(:id AS UUID)")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("citizen");
		agent.send(Map.of("type", "say", "id", "a1", "conversationId", id, "text", "还在吗？"));
		HandoffRoutingTest.assertError(agent.next("error"), "conflict", "a1");
	}

	@Test
	void anAgentFloodingTheSocketIsRefusedWithRateLimitedOverAllConsolesAndTheSocketStaysOpen() {
		String token = agents.login(name());
		Socket agent = agent(token);
		Socket otherConsole = agent(token);
		String unknown = "0b0e5c2e-0000-4000-8000-000000000000";
		for (int i = 0; i < 5; i++) {
			Socket console = i < 3 ? agent : otherConsole;
			console.send(Map.of("type", "pick", "id", "p" + i, "conversationId", unknown));
			HandoffRoutingTest.assertError(console.next("error"), "not_found", "p" + i);
		}

		agent.send(Map.of("type", "pick", "id", "p5", "conversationId", unknown));

		HandoffRoutingTest.assertError(agent.next("error"), "rate_limited", "p5");
		agent.send(Map.of("type", "ping"));
		assertThat(agent.next("pong")).as("pings are not counted and the socket is open").isNotNull();
	}

	@Test
	void aCitizenWaitingInTheQueueRaisesAYellowThenARedAlertToEveryAgentAndMarksTheQueueItem() {
		Socket agent = agent(agents.login(name(), HandoffRoutingTest.TRAVEL_SKILL));
		Socket citizen = handedOff();
		citizen.next("handoff.queued");

		JsonNode yellow = agent.next("sla.alert");
		assertThat(yellow.get("level").asString()).isEqualTo("yellow");
		String id = yellow.get("conversationId").asString();
		assertThat(agent.next("queue.changed").get("items").get(0).get("alert").asString()).isEqualTo("yellow");
		assertThat(agent.next("sla.alert", id).get("level").asString()).isEqualTo("red");
		JsonNode item = agent.next("queue.changed").get("items").get(0);
		assertThat(item.get("alert").asString()).isEqualTo("red");
		assertThat(item.get("waitingSeconds").asLong()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void anAgentWhoLeavesTheCitizenWaitingForAReplyGetsAlertsForThatChatUntilReplying() {
		Socket agent = agent(agents.login(name()));
		Socket citizen = handedOff();
		citizen.next("agent.joined");
		String id = agent.next("conversation.assigned").get("conversationId").asString();

		assertThat(agent.next("sla.alert", id).get("level").asString()).isEqualTo("yellow");
		assertThat(agent.next("sla.alert", id).get("level").asString()).isEqualTo("red");
		agent.send(Map.of("type", "say", "id", "a1", "conversationId", id, "text", "您好，让您久等了。"));
		agent.next("ack");
		citizen.send(Map.of("type", "say", "id", "m1", "text", "没关系，我想问问补办要多久"));
		agent.next("citizen.message", id);

		assertThat(agent.next("sla.alert", id).get("level").asString())
			.as("a new wait for a reply starts with yellow again")
			.isEqualTo("yellow");
	}

	@Test
	void theChatsOfAnAgentGoneLongerThanTheGraceTimeGoToAnotherAgent() {
		String gone = name();
		Socket leaving = Socket.agent(port, agents.login(gone));
		Socket citizen = handedOff();
		assertThat(citizen.next("agent.joined").get("agentName").asString()).isEqualTo(Agents.displayName(gone));
		String id = leaving.next("conversation.assigned").get("conversationId").asString();
		String other = name();
		Socket staying = agent(agents.login(other));

		leaving.close();

		JsonNode notice = citizen.next("bot.fallback");
		assertThat(notice.get("text").asString()).contains("转接");
		assertThat(citizen.next("agent.joined").get("agentName").asString()).isEqualTo(Agents.displayName(other));
		assertThat(staying.next("conversation.assigned").get("conversationId").asString()).isEqualTo(id);
	}

	@Test
	void withNobodyToTakeThemTheChatsOfAnAgentGoneGoToTheFrontOfTheQueue() {
		Socket leaving = Socket.agent(port, agents.login(name()));
		Socket first = handedOff();
		first.next("agent.joined");
		leaving.next("conversation.assigned");
		Socket second = handedOff();
		assertThat(second.next("handoff.queued").get("position").asInt()).isEqualTo(1);

		leaving.close();

		first.next("bot.fallback");
		assertThat(first.next("handoff.queued").get("position").asInt()).isEqualTo(1);
		assertThat(second.next("handoff.queued").get("position").asInt()).isEqualTo(2);
	}

	@Test
	void theChatsOfAnAgentWhoNeverCameBackAfterARestartGoToAnotherAgent() {
		String name = name();
		Socket agent = agent(agents.login(name));
		Socket citizen = handedOff();
		citizen.next("agent.joined");
		String id = agent.next("conversation.assigned").get("conversationId").asString();
		jdbc.sql("UPDATE conversation SET agent = 'gone-before-restart' WHERE id = CAST(:id AS UUID)")
			.param("id", id)
			.update();

		assertThat(citizen.next("bot.fallback").get("text").asString()).contains("转接");
		assertThat(citizen.next("agent.joined").get("agentName").asString()).isEqualTo(Agents.displayName(name));
		assertThat(agent.next("conversation.assigned", id).get("conversationId").asString()).isEqualTo(id);
	}

	@Test
	void loggingOutClosesTheSocketsOfThatTokenAndHandsTheAgentsChatsOnWhenNoneIsLeft() {
		String name = name();
		String token = agents.login(name);
		String otherToken = new org.govassist.server.ApiClient(port).login(name, Agents.PASSWORD);
		Socket first = Socket.agent(port, token);
		Socket second = Socket.agent(port, otherToken);
		sockets.add(second);
		Socket citizen = handedOff();
		citizen.next("agent.joined");
		long accountId = jdbc.sql("SELECT id FROM account WHERE username = :name").param("name", name)
			.query(Long.class).single();

		events.publishEvent(new StaffSessionEnded(accountId, name, BearerToken.hash(token), "logout"));

		assertThat(first.awaitCloseStatus()).isEqualTo(SessionWatch.SESSION_ENDED);
		second.send(Map.of("type", "ping"));
		assertThat(second.next("pong").get("type").asString()).isEqualTo("pong");

		events.publishEvent(new StaffSessionEnded(accountId, name, null, "disabled"));

		assertThat(second.awaitCloseStatus()).isEqualTo(SessionWatch.SESSION_ENDED);
		assertThat(citizen.next("bot.fallback").get("text").asString()).contains("转接");
		assertThat(citizen.next("handoff.queued").get("position").asInt()).isEqualTo(1);
	}

	@Test
	void aSocketWhoseLoginExpiredIsClosed() {
		String token = agents.login(name());
		Socket agent = agent(token);

		jdbc.sql("UPDATE auth_token SET expires = :past WHERE token_hash = :hash")
			.param("past", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1))
			.param("hash", BearerToken.hash(token))
			.update();

		assertThat(agent.awaitCloseStatus()).isEqualTo(SessionWatch.SESSION_ENDED);
	}

}
