package org.govassist.server.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.govassist.server.ApiClient;
import org.govassist.server.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Outside the service hours (here: only a day three days away) citizens leave messages even with
 * an agent online, and agents handle them as tickets; agents' canned replies and guide view.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class OutsideHoursTest {

	@TempDir
	static Path dataDir;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	Agents agents;

	ApiClient api;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry properties) {
		properties.add("assistant.data-dir", () -> dataDir.toString());
		String otherDay = ZonedDateTime.now(ZoneId.of("Asia/Shanghai"))
			.getDayOfWeek()
			.plus(3)
			.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
		properties.add("assistant.handoff.hours", () -> otherDay + " 00:00-24:00");
	}

	@BeforeEach
	void clients() {
		agents = new Agents(jdbc, encoder, port);
		api = new ApiClient(port);
	}

	@Test
	void outsideTheHoursACitizenLeavesAMessageWithAContactThatAnAgentClosesAsATicket() {
		String agentToken = agents.login("ticket-agent");
		try (Socket agent = Socket.agent(port, agentToken); Socket citizen = Socket.citizen(port)) {
			citizen.send(Map.of("type", "handoff", "id", "h1"));
			citizen.next("ack");
			assertThat(citizen.next("bot.fallback").get("text").asString()).contains("留言");
			citizen.send(Map.of("type", "say", "id", "m1", "text", "孩子的护照能代办吗？我的手机13812345678", "contact",
					"13812345678"));
			citizen.next("ack");
			assertThat(citizen.next("bot.fallback").get("text").asString()).contains("留言已记录");
			assertThat(agent.drain()).extracting(message -> message.get("type").asString())
				.doesNotContain("conversation.assigned", "queue.changed");
		}

		JsonNode tickets = ApiClient.json(api.get("/api/agent/tickets", agentToken));
		JsonNode ticket = tickets.get(tickets.size() - 1);
		assertThat(List.copyOf(ticket.propertyNames())).containsExactlyInAnyOrder("id", "conversationId", "text",
				"contact", "created", "status", "handledBy", "note", "closed");
		assertThat(ticket.get("text").asString()).isEqualTo("孩子的护照能代办吗？我的手机138****5678");
		assertThat(ticket.get("contact").asString()).isEqualTo("13812345678");
		assertThat(ticket.get("status").asString()).isEqualTo("open");
		String close = "/api/agent/tickets/" + ticket.get("id").asLong() + "/close";

		HttpResponse<String> blank = api.post(close, agentToken, "{\"note\":\" \"}");
		assertThat(blank.statusCode()).isEqualTo(400);
		assertThat(ApiClient.json(blank).get("errors").get(0).get("field").asString()).isEqualTo("note");
		HttpResponse<String> closed = api.post(close, agentToken, "{\"note\":\"已电话回复，可以代办\"}");
		assertThat(closed.statusCode()).isEqualTo(200);
		assertThat(ApiClient.json(closed).get("status").asString()).isEqualTo("closed");
		assertThat(ApiClient.json(closed).get("handledBy").asString()).isEqualTo("ticket-agent");
		assertThat(ApiClient.json(closed).get("note").asString()).isEqualTo("已电话回复，可以代办");
		assertThat(api.post(close, agentToken, "{\"note\":\"again\"}").statusCode()).isEqualTo(409);
		assertThat(api.post("/api/agent/tickets/999999/close", agentToken, "{\"note\":\"x\"}").statusCode())
			.isEqualTo(404);
		assertThat(ApiClient.json(api.get("/api/agent/tickets?status=closed", agentToken)).get(0).get("id").asLong())
			.isEqualTo(ticket.get("id").asLong());
		assertThat(api.get("/api/agent/tickets?status=all", agentToken).statusCode()).isEqualTo(400);
	}

	@Test
	void onlyAgentsAndAdminsReachTheAgentsEndpoints() {
		String editor = agents.login("only-editor", new Role[] { Role.EDITOR });
		String admin = agents.login("an-admin", new Role[] { Role.ADMIN });

		assertThat(api.get("/api/agent/tickets", null).statusCode()).isEqualTo(401);
		assertThat(api.get("/api/agent/tickets", editor).statusCode()).isEqualTo(403);
		assertThat(api.get("/api/agent/tickets", admin).statusCode()).isEqualTo(200);
	}

	@Test
	void agentsKeepTheirOwnCannedRepliesAndAdminsTheSharedOnes() {
		String mine = agents.login("replies-mine");
		String theirs = agents.login("replies-theirs");
		String admin = agents.login("replies-admin", new Role[] { Role.ADMIN, Role.AGENT });

		HttpResponse<String> own = api.post("/api/agent/replies", mine, "{\"title\":\"问候\",\"text\":\"您好，请问有什么可以帮您？\"}");
		assertThat(own.statusCode()).isEqualTo(201);
		JsonNode created = ApiClient.json(own);
		assertThat(List.copyOf(created.propertyNames())).containsExactlyInAnyOrder("id", "title", "text", "shared",
				"owner");
		assertThat(created.get("owner").asString()).isEqualTo("replies-mine");
		assertThat(api.post("/api/agent/replies", mine, "{\"title\":\"共享\",\"text\":\"x\",\"shared\":true}").statusCode())
			.isEqualTo(403);
		assertThat(api.post("/api/agent/replies", mine, "{\"title\":\"\",\"text\":\"\"}").statusCode()).isEqualTo(400);
		long shared = ApiClient.json(api.post("/api/agent/replies", admin,
				"{\"title\":\"结束语\",\"text\":\"感谢您的咨询，再见！\",\"shared\":true}")).get("id").asLong();
		api.post("/api/agent/replies", theirs, "{\"title\":\"别人的\",\"text\":\"只属于别人\"}");

		JsonNode visible = ApiClient.json(api.get("/api/agent/replies", mine));
		assertThat(visible.values()).extracting(reply -> reply.get("title").asString())
			.containsExactly("结束语", "问候");
		assertThat(api.delete("/api/agent/replies/" + shared, mine).statusCode()).isEqualTo(403);
		assertThat(api.delete("/api/agent/replies/" + created.get("id").asLong(), theirs).statusCode()).isEqualTo(404);
		assertThat(api.delete("/api/agent/replies/" + created.get("id").asLong(), mine).statusCode()).isEqualTo(204);
		assertThat(api.delete("/api/agent/replies/" + shared, admin).statusCode()).isEqualTo(204);
		assertThat(ApiClient.json(api.get("/api/agent/replies", mine)).isEmpty()).isTrue();
	}

	@Test
	void agentsReadAPublishedGuideAsTheAnswerCardShowsIt() {
		String token = agents.login("guide-reader");

		JsonNode guide = ApiClient.json(api.get("/api/agent/guides/" + HandoffRoutingTest.ID_CARD, token));

		assertThat(List.copyOf(guide.propertyNames())).containsExactlyInAnyOrder("id", "title", "sections", "url",
				"updatedAt");
		assertThat(guide.get("title").asString()).isEqualTo("居民身份证挂失补领");
		assertThat(guide.get("sections").get(0).get("name").asString()).isNotBlank();
		assertThat(api.get("/api/agent/guides/no-such-guide", token).statusCode()).isEqualTo(404);
	}

}
