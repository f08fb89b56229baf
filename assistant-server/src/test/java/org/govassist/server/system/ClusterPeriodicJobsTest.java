package org.govassist.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govassist.server.ApiClient;
import org.govassist.server.ClusterNodes;
import org.govassist.server.JsonWebSocket;
import org.govassist.server.StaffAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.JsonNode;

/**
 * Two nodes of one cluster running every background job at the same moment, as they do on their
 * own schedules: what a job does happens once, whichever node does it. Citizens' conversations
 * are made old by moving their times back in the database; the nodes' own runs are kept out of the
 * way by long idle and retention times.
 */
class ClusterPeriodicJobsTest {

	private static final int CONVERSATIONS = 12;

	/** A question the demo knowledge base answers with a choice of matters. */
	private static final String UNCLEAR = "办执照";

	private static final String PASSWORD = "editor-password";

	static ClusterNodes cluster;

	@BeforeAll
	static void startTwoNodes() throws Exception {
		cluster = ClusterNodes.start(2, "assistant.retrieval.semantic.enabled=false", "assistant.retrieval.warm-up=false",
				"assistant.chat.close-after-idle=1h", "assistant.retention.days=30");
		StaffAccounts.createEditorAndAgent(jdbc(), cluster.node(0).getBean(PasswordEncoder.class), PASSWORD);
	}

	@AfterAll
	static void stopNodes() {
		if (cluster != null) {
			cluster.close();
		}
	}

	@Test
	void everyJobRunOnBothNodesAtOnceDoesItsWorkOnce() {
		List<Conversation> conversations = new ArrayList<>();
		for (int i = 0; i < CONVERSATIONS; i++) {
			conversations.add(leaveAClarificationUnchosen(cluster.port(i % 2)));
		}
		List<UUID> ids = conversations.stream().map(Conversation::id).toList();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		jdbc().sql("UPDATE gap_scan SET scanned_until = :before").param("before", now.minusMinutes(10)).update();
		jdbc().sql("UPDATE conversation_event SET created = :settled WHERE conversation_id IN (:ids)")
			.param("settled", now.minusMinutes(2))
			.param("ids", ids)
			.update();
		idleSince(ids, now.minusHours(2));

		runOnBothNodesAtOnce("UnchosenClarifications");
		runOnBothNodesAtOnce("IdleConversationCloser");

		JsonNode unclear = gapGroups().stream()
			.filter(group -> group.get("examples").values().stream().anyMatch(text -> text.asString().equals(UNCLEAR)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no gap group of " + UNCLEAR));
		assertThat(unclear.get("count").asInt()).isEqualTo(CONVERSATIONS);
		assertThat(unclear.get("kinds").get("clarify_unchosen").asInt()).isEqualTo(CONVERSATIONS);
		for (int i = 0; i < CONVERSATIONS; i++) {
			assertThat(replay(cluster.port((i + 1) % 2), conversations.get(i).token())).as("conversation %d", i)
				.containsExactly("citizen.message", "bot.clarify", "citizen.message", "bot.answer", "conversation.closed",
						"rating.requested");
		}

		idleSince(ids, now.minusDays(31));
		runOnBothNodesAtOnce("RetentionJob");

		assertThat(jdbc().sql("SELECT COUNT(*) FROM conversation WHERE id IN (:ids)").param("ids", ids)
			.query(Long.class)
			.single()).isZero();
		for (Conversation conversation : conversations) {
			assertThat(replay(cluster.port(0), conversation.token())).isEmpty();
		}
	}

	@Test
	void theOtherJobsRunOnBothNodesAtOnceWithoutFailing() {
		for (String job : List.of("AuthTokens", "LoginLockouts", "GapRetention", "ChatRateLimits")) {
			runOnBothNodesAtOnce(job);
		}
	}

	/** Says something unclear, then something else instead of choosing. */
	private static Conversation leaveAClarificationUnchosen(int port) {
		try (JsonWebSocket citizen = JsonWebSocket.open(port, "/ws/chat", Map.of())) {
			citizen.send(Map.of("type", "hello", "protocol", 1));
			JsonNode welcome = citizen.next();
			citizen.send(Map.of("type", "say", "id", "s1", "text", UNCLEAR));
			citizen.next(message -> "bot.clarify".equals(message.path("type").asString()));
			citizen.send(Map.of("type", "say", "id", "s2", "text", "身份证丢了怎么补办"));
			citizen.next(message -> "bot.answer".equals(message.path("type").asString()));
			return new Conversation(UUID.fromString(welcome.get("conversationId").asString()),
					welcome.get("token").asString());
		}
	}

	/** The types of every event of a conversation, as a citizen coming back to it is sent them. */
	private static List<String> replay(int port, String token) {
		try (JsonWebSocket citizen = JsonWebSocket.open(port, "/ws/chat", Map.of())) {
			citizen.send(Map.of("type", "hello", "protocol", 1, "token", token, "lastSeq", 0));
			JsonNode welcome = citizen.next();
			assertThat(welcome.get("type").asString()).isEqualTo("welcome");
			if (!welcome.get("token").asString().equals(token)) {
				return List.of();
			}
			return citizen.drainWithPing().stream().map(event -> event.get("type").asString()).toList();
		}
	}

	private static List<JsonNode> gapGroups() {
		ApiClient api = new ApiClient(cluster.port(0));
		String editor = api.login("editor-wang", PASSWORD);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		return ApiClient.json(api.get("/api/kb/gaps?from=" + today.minusDays(1) + "&to=" + today, editor)).valueStream()
			.toList();
	}

	private static void idleSince(List<UUID> ids, OffsetDateTime lastActive) {
		jdbc().sql("UPDATE conversation SET last_active = :lastActive WHERE id IN (:ids)")
			.param("lastActive", lastActive)
			.param("ids", ids)
			.update();
	}

	/** Runs the job of a class on both nodes at the same moment. */
	private static void runOnBothNodesAtOnce(String jobClass) {
		List<String> ran = cluster.onEveryNodeAtOnce(node -> {
			PeriodicJob job = job(node, jobClass);
			job.run();
			return job.name();
		});
		assertThat(ran).hasSize(2);
	}

	private static PeriodicJob job(ConfigurableApplicationContext node, String jobClass) {
		return node.getBeansOfType(PeriodicJob.class)
			.values()
			.stream()
			.filter(job -> job.getClass().getSimpleName().equals(jobClass))
			.min(Comparator.comparing(job -> job.getClass().getName()))
			.orElseThrow(() -> new AssertionError("no periodic job " + jobClass));
	}

	private static JdbcClient jdbc() {
		return cluster.node(0).getBean(JdbcClient.class);
	}

	private record Conversation(UUID id, String token) {
	}

}
