package org.govassist.server.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.govassist.kb.ConsultationEngine;
import org.govassist.kb.guide.Faq;
import org.govassist.server.ApiClient;
import org.govassist.server.StaffAccounts;
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
 * The gap inbox over HTTP: questions grouped by their normalised text, most asked first, and
 * dismissing a group or adding its question to a guide. Each test asks questions of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class GapInboxTest {

	private static final String PASSWORD = "editor-password";

	@TempDir
	static Path dataDir;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	GapInbox inbox;

	@Autowired
	ConsultationEngine engine;

	private String editor;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry properties) {
		properties.add("assistant.data-dir", () -> dataDir.toString());
	}

	@BeforeEach
	void logIn() {
		StaffAccounts.createEditorAndAgent(jdbc, encoder, PASSWORD);
		editor = api().login("editor-wang", PASSWORD);
	}

	@Test
	void questionsWithTheSameNormalisedTextAreOneGroupMostAskedFirst() {
		inbox.fallback("宠物托运证明咋开？");
		inbox.fallback("宠物托运证明怎么开");
		inbox.badlyRated("宠物托运证明 怎么开", "id-card-renewal");
		inbox.fallback("宠物托运证明怎么开");
		inbox.fallback("游艇驾驶证在哪考");

		List<JsonNode> groups = groups("/api/kb/gaps");

		JsonNode pets = groupWith(groups, "宠物托运证明怎么开");
		JsonNode yachts = groupWith(groups, "游艇驾驶证在哪考");
		assertThat(groups.indexOf(pets)).isLessThan(groups.indexOf(yachts));
		assertThat(pets.get("count").asInt()).isEqualTo(4);
		assertThat(pets.get("examples").values()).extracting(JsonNode::asString)
			.containsExactly("宠物托运证明怎么开", "宠物托运证明 怎么开", "宠物托运证明咋开？");
		assertThat(pets.get("kinds").get("fallback").asInt()).isEqualTo(3);
		assertThat(pets.get("kinds").get("bad_rating").asInt()).isEqualTo(1);
		assertThat(pets.get("ratedGuides").values()).extracting(JsonNode::asString).containsExactly("id-card-renewal");
		assertThat(OffsetDateTime.parse(pets.get("lastAsked").asString())).isAfter(OffsetDateTime.now().minusMinutes(1));
		assertThat(yachts.get("count").asInt()).isEqualTo(1);
	}

	@Test
	void questionsNamingTheSameThingsInAnotherOrderAreOneGroup() {
		inbox.fallback("帆船驾照怎么补办");
		inbox.fallback("补办帆船驾驶证");
		inbox.fallback("帆船驾照怎么考");

		List<JsonNode> groups = groups("/api/kb/gaps");

		JsonNode reissue = groupWith(groups, "补办帆船驾驶证");
		assertThat(reissue.get("examples").values()).extracting(JsonNode::asString)
			.containsExactly("补办帆船驾驶证", "帆船驾照怎么补办");
		assertThat(groupWith(groups, "帆船驾照怎么考").get("groupId")).isNotEqualTo(reissue.get("groupId"));
	}

	@Test
	void rangeOfDaysLeavesOutQuestionsAskedOutsideIt() {
		inbox.fallback("潜水证年审在哪办");
		String yesterday = LocalDate.now().minusDays(2).toString();

		assertThat(groups("/api/kb/gaps?from=" + yesterday + "&to=" + yesterday)).noneMatch(
				group -> group.get("examples").toString().contains("潜水证年审在哪办"));
		assertThat(api().get("/api/kb/gaps?from=2026-02-01&to=2026-01-01", editor).statusCode()).isEqualTo(400);
	}

	@Test
	void dismissedGroupLeavesTheInbox() {
		inbox.fallback("热气球飞行许可怎么申请");
		String groupId = groupWith(groups("/api/kb/gaps"), "热气球飞行许可怎么申请").get("groupId").asString();
		String agent = api().login("agent-li", PASSWORD);

		assertThat(api().post("/api/kb/gaps/" + groupId + "/dismiss", agent, "").statusCode()).isEqualTo(403);
		assertThat(api().post("/api/kb/gaps/" + groupId + "/dismiss", editor, "").statusCode()).isEqualTo(204);

		assertThat(groups("/api/kb/gaps")).noneMatch(group -> group.get("groupId").asString().equals(groupId));
		assertThat(api().post("/api/kb/gaps/" + groupId + "/dismiss", editor, "").statusCode()).isEqualTo(404);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'gap.dismiss' AND target = :groupId")
			.param("groupId", groupId)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void questionAssignedAsAnAliasIsANewVersionOfTheGuideAndLeavesTheInbox() {
		inbox.fallback("身份证过期了要换新的");
		String groupId = groupWith(groups("/api/kb/gaps"), "身份证过期了要换新的").get("groupId").asString();

		HttpResponse<String> response = api().post("/api/kb/gaps/" + groupId + "/assign", editor,
				"{\"guideId\":\"id-card-renewal\",\"as\":\"alias\"}");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(ApiClient.json(response).get("version").asInt()).isEqualTo(2);
		assertThat(engine.guide("id-card-renewal").orElseThrow().aliases()).contains("身份证过期了要换新的");
		assertThat(groups("/api/kb/gaps")).noneMatch(group -> group.get("groupId").asString().equals(groupId));
		JsonNode versions = ApiClient.json(api().get("/api/kb/guides/id-card-renewal/versions", editor));
		assertThat(versions.get(1).get("author").asString()).isEqualTo("editor-wang");
	}

	@Test
	void questionAssignedAsAFaqNeedsAnAnswer() {
		inbox.badlyRated("临时身份证能坐飞机吗", "temporary-id-card");
		String groupId = groupWith(groups("/api/kb/gaps"), "临时身份证能坐飞机吗").get("groupId").asString();

		HttpResponse<String> unanswered = api().post("/api/kb/gaps/" + groupId + "/assign", editor,
				"{\"guideId\":\"temporary-id-card\",\"as\":\"faq\"}");
		HttpResponse<String> unknownGuide = api().post("/api/kb/gaps/" + groupId + "/assign", editor,
				"{\"guideId\":\"no-such-guide\",\"as\":\"faq\",\"answer\":\"可以。\"}");
		HttpResponse<String> answered = api().post("/api/kb/gaps/" + groupId + "/assign", editor,
				"{\"guideId\":\"temporary-id-card\",\"as\":\"faq\",\"answer\":\"可以，临时居民身份证可用于乘机。\"}");

		assertThat(unanswered.statusCode()).isEqualTo(400);
		assertThat(ApiClient.json(unanswered).get("errors").get(0).get("field").asString()).isEqualTo("answer");
		assertThat(unknownGuide.statusCode()).isEqualTo(404);
		assertThat(answered.statusCode()).isEqualTo(200);
		assertThat(engine.guide("temporary-id-card").orElseThrow().faqs())
			.contains(new Faq("临时身份证能坐飞机吗", "可以，临时居民身份证可用于乘机。"));
	}

	private List<JsonNode> groups(String path) {
		HttpResponse<String> response = api().get(path, editor);
		assertThat(response.statusCode()).isEqualTo(200);
		return ApiClient.json(response).values().stream().toList();
	}

	private static JsonNode groupWith(List<JsonNode> groups, String example) {
		return groups.stream()
			.filter(group -> group.get("examples").values().stream().anyMatch(text -> text.asString().equals(example)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no group has the example " + example + ": " + groups));
	}

	private ApiClient api() {
		return new ApiClient(port);
	}

}
