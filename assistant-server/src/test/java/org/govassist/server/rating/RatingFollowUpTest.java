package org.govassist.server.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govassist.server.ApiClient;
import org.govassist.server.StaffAccounts;
import org.govassist.server.privacy.PersonalDataMasker;
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
 * Supervisors following up bad ratings: {@code GET /api/ratings} and
 * {@code POST /api/ratings/{id}/follow-up}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class RatingFollowUpTest {

	private static final String PASSWORD = "Follow-up-2026";

	@TempDir
	static Path dataDir;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RatingStore ratings;

	@Autowired
	PasswordEncoder encoder;

	private String editor;

	private UUID angry;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry properties) {
		properties.add("assistant.data-dir", () -> dataDir.toString());
	}

	@BeforeEach
	void rate() {
		StaffAccounts.createEditorAndAgent(jdbc, encoder, PASSWORD);
		jdbc.sql("DELETE FROM rating").update();
		angry = rate(1, List.of("等待太久", "态度不好"), "打了三次电话 13812345678 都没人接", "agent-li", "2026-11-02T09:00Z");
		rate(5, List.of("解答准确"), null, null, "2026-11-03T09:00Z");
		rate(2, List.of("信息过时"), null, null, "2026-11-04T09:00Z");
		rate(3, List.of(), "还行", null, "2026-11-05T09:00Z");
		editor = api().login("editor-wang", PASSWORD);
	}

	@Test
	void badRatingsAreListedNewestFirstWithWhatSupervisorsNeed() {
		JsonNode list = list("?maxLevel=2&status=open");

		assertThat(list.values()).extracting(rating -> rating.get("level").asInt()).containsExactly(2, 1);
		JsonNode first = list.get(1);
		assertThat(first.get("conversationId").asString()).isEqualTo(angry.toString());
		assertThat(first.get("tags").values()).extracting(JsonNode::asString).containsExactly("等待太久", "态度不好");
		assertThat(first.get("comment").asString()).doesNotContain("13812345678");
		assertThat(first.get("guideId").asString()).isEqualTo("id-card-loss-reissue");
		assertThat(first.get("department").asString()).isEqualTo("临江市公安局");
		assertThat(first.get("agent").asString()).isEqualTo("agent-li");
		assertThat(OffsetDateTime.parse(first.get("rated").asString())).isEqualTo("2026-11-02T09:00Z");
		assertThat(first.get("followUp").toString())
			.isEqualTo("{\"status\":\"open\",\"note\":null,\"by\":null,\"at\":null}");
		assertThat(list("?maxLevel=3").size()).isEqualTo(3);
		assertThat(list("").size()).isEqualTo(2);
	}

	@Test
	void aFollowUpIsRecordedWithWhoAndWhenMaskedAndAudited() {
		long id = idOf(angry);

		HttpResponse<String> response = api().post("/api/ratings/" + id + "/follow-up", editor,
				"{\"status\":\"resolved\",\"note\":\"已回电 13812345678，并提醒坐席及时接听\"}");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode followUp = ApiClient.json(response).get("followUp");
		assertThat(followUp.get("status").asString()).isEqualTo("resolved");
		assertThat(followUp.get("note").asString()).startsWith("已回电").doesNotContain("13812345678");
		assertThat(followUp.get("by").asString()).isEqualTo("editor-wang");
		assertThat(OffsetDateTime.parse(followUp.get("at").asString())).isAfter(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1));
		assertThat(list("?status=open").size()).isEqualTo(1);
		assertThat(list("?status=resolved").get(0).get("id").asLong()).isEqualTo(id);
		assertThat(jdbc.sql("""
				SELECT actor, target, outcome, detail FROM audit_event
				WHERE action = 'rating.follow_up' ORDER BY id DESC LIMIT 1""").query().singleRow())
			.isEqualTo(Map.of("actor", "editor-wang", "target", Long.toString(id), "outcome", "success", "detail",
					"status=resolved"));
	}

	@Test
	void aFollowUpCanBeTakenUpAndReopened() {
		long id = idOf(angry);

		assertThat(followUp(id, "{\"status\":\"in_progress\"}").statusCode()).isEqualTo(200);
		assertThat(list("?status=in_progress").size()).isEqualTo(1);
		assertThat(followUp(id, "{\"status\":\"open\",\"note\":\"需要业务部门答复\"}").statusCode()).isEqualTo(200);
		assertThat(list("?status=open").get(1).get("followUp").get("note").asString()).isEqualTo("需要业务部门答复");
	}

	@Test
	void anInvalidFollowUpNamesTheFieldAndAnUnknownRatingIsNotFound() {
		long id = idOf(angry);

		assertThat(fields(followUp(id, "{\"status\":\"done\"}"))).containsExactly("status");
		assertThat(fields(followUp(id, "{\"note\":\"x\"}"))).containsExactly("status");
		assertThat(fields(followUp(id, "{\"status\":\"resolved\"}"))).containsExactly("note");
		assertThat(fields(followUp(id, "{\"status\":\"open\",\"note\":\"" + "长".repeat(1001) + "\"}")))
			.containsExactly("note");
		assertThat(followUp(id + 1000, "{\"status\":\"in_progress\"}").statusCode()).isEqualTo(404);
		assertThat(fields(api().get("/api/ratings?maxLevel=6", editor))).containsExactly("maxLevel");
		assertThat(fields(api().get("/api/ratings?status=closed", editor))).containsExactly("status");
	}

	@Test
	void onlyEditorsAndAdminsSeeAndFollowUpRatings() {
		String agent = api().login("agent-li", PASSWORD);

		assertThat(api().get("/api/ratings", agent).statusCode()).isEqualTo(403);
		assertThat(api().post("/api/ratings/" + idOf(angry) + "/follow-up", agent, "{\"status\":\"resolved\",\"note\":\"x\"}")
			.statusCode()).isEqualTo(403);
		assertThat(api().get("/api/ratings", null).statusCode()).isEqualTo(401);
		assertThat(list("?status=open").size()).isEqualTo(2);
	}

	private UUID rate(int level, List<String> tags, String comment, String agent, String rated) {
		UUID conversation = UUID.randomUUID();
		OffsetDateTime time = OffsetDateTime.parse(rated);
		jdbc.sql("""
				INSERT INTO conversation (id, token_hash, created, last_active)
				VALUES (:id, :token, :rated, :rated)""")
			.param("id", conversation)
			.param("token", conversation.toString())
			.param("rated", time)
			.update();
		ratings.save(new Rating(conversation, Rating.WHOLE_CONVERSATION, level, tags,
				comment == null ? null : PersonalDataMasker.mask(comment),
				"id-card-loss-reissue", "临江市公安局", agent, "r1", time));
		return conversation;
	}

	private long idOf(UUID conversation) {
		return jdbc.sql("SELECT id FROM rating WHERE conversation_id = :id").param("id", conversation).query(Long.class)
			.single();
	}

	private JsonNode list(String query) {
		HttpResponse<String> response = api().get("/api/ratings" + query, editor);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return ApiClient.json(response);
	}

	private HttpResponse<String> followUp(long id, String json) {
		return api().post("/api/ratings/" + id + "/follow-up", editor, json);
	}

	private static List<String> fields(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		return ApiClient.json(response).get("errors").values().stream().map(error -> error.get("field").asString()).toList();
	}

	private ApiClient api() {
		return new ApiClient(port);
	}

}
