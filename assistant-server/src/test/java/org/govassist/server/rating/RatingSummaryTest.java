package org.govassist.server.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.govassist.server.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/ratings/summary} over ratings given in November 2026, in the default reports'
 * time zone Asia/Shanghai.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "assistant.bootstrap.admin-password=Summary-pass-7")
@DirtiesContext
class RatingSummaryTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@TempDir
	static Path dataDir;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RatingStore ratings;

	private String token;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry properties) {
		properties.add("assistant.data-dir", () -> dataDir.toString());
	}

	@BeforeEach
	void rate() {
		jdbc.sql("DELETE FROM rating").update();
		// 23:30 on the 1st in Shanghai is 15:30 UTC: the rating counts on the 1st.
		rate(5, "id-card-loss-reissue", "临江市公安局", "2026-11-01T23:30");
		rate(4, "id-card-loss-reissue", "临江市公安局", "2026-11-01T09:00");
		rate(1, "hpf-withdrawal-rent", "临江市住房公积金管理中心", "2026-11-02T00:30");
		rate(3, null, null, "2026-11-03T12:00");
		rate(5, "hpf-withdrawal-rent", "临江市住房公积金管理中心", "2026-11-05T12:00");
		token = new ApiClient(port).login("admin", "Summary-pass-7");
	}

	@Test
	void byDayListsEveryDayOfTheRangeWithItsLevelsAndSatisfaction() {
		JsonNode rows = summary("?from=2026-11-01&to=2026-11-04&by=day");

		assertThat(rows.size()).isEqualTo(4);
		assertThat(rows.get(0).toString()).isEqualTo(
				"{\"key\":\"2026-11-01\",\"count\":2,\"levels\":{\"1\":0,\"2\":0,\"3\":0,\"4\":1,\"5\":1},\"satisfaction\":1.0}");
		assertThat(rows.get(1).get("levels").get("1").asLong()).isEqualTo(1);
		assertThat(rows.get(1).get("satisfaction").asDouble()).isZero();
		assertThat(rows.get(2).get("key").asString()).isEqualTo("2026-11-03");
		assertThat(rows.get(3).get("count").asLong()).isZero();
		assertThat(rows.get(3).get("satisfaction").isNull()).isTrue();
	}

	@Test
	void byDepartmentPutsTheMostRatedFirstAndTheRatingsWithoutOneLast() {
		JsonNode rows = summary("?from=2026-11-01&to=2026-11-30&by=department");

		assertThat(keys(rows)).containsExactly("临江市住房公积金管理中心", "临江市公安局", null);
		assertThat(rows.get(0).get("count").asLong()).isEqualTo(2);
		assertThat(rows.get(0).get("satisfaction").asDouble()).isEqualTo(0.5);
	}

	@Test
	void byGuideAndByAgentGroupOnTheirKeys() {
		assertThat(keys(summary("?from=2026-11-01&to=2026-11-02&by=guide"))).containsExactly("id-card-loss-reissue",
				"hpf-withdrawal-rent");
		JsonNode agents = summary("?from=2026-11-01&to=2026-11-30&by=agent");
		assertThat(agents.size()).isEqualTo(1);
		assertThat(agents.get(0).get("key").isNull()).isTrue();
		assertThat(agents.get(0).get("count").asLong()).isEqualTo(5);
		assertThat(agents.get(0).get("satisfaction").asDouble()).isEqualTo(0.6);
	}

	@Test
	void invalidParametersAreListedInTheProblem() {
		assertFieldProblem("?by=week", "by");
		assertFieldProblem("?from=yesterday", "from");
		assertFieldProblem("?from=2026-11-05&to=2026-11-01", "from");
		assertFieldProblem("?from=2025-01-01&to=2026-11-01", "to");
	}

	private void rate(int level, String guideId, String department, String shanghaiTime) {
		UUID conversation = UUID.randomUUID();
		OffsetDateTime rated = LocalDateTime.parse(shanghaiTime).atZone(SHANGHAI).toOffsetDateTime();
		jdbc.sql("""
				INSERT INTO conversation (id, token_hash, created, last_active)
				VALUES (:id, :token, :rated, :rated)""")
			.param("id", conversation)
			.param("token", conversation.toString())
			.param("rated", rated)
			.update();
		ratings.save(new Rating(conversation, Rating.WHOLE_CONVERSATION, level, List.of(), null, guideId, department,
				null, "r1", rated));
	}

	private JsonNode summary(String query) {
		HttpResponse<String> response = new ApiClient(port).get("/api/ratings/summary" + query, token);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return ApiClient.json(response);
	}

	private void assertFieldProblem(String query, String field) {
		HttpResponse<String> response = new ApiClient(port).get("/api/ratings/summary" + query, token);

		assertThat(response.statusCode()).as(query).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode errors = ApiClient.json(response).get("errors");
		assertThat(errors.size()).as(query).isEqualTo(1);
		assertThat(errors.get(0).get("field").asString()).as(query).isEqualTo(field);
	}

	private static List<String> keys(JsonNode rows) {
		return rows.valueStream().map(row -> row.get("key").isNull() ? null : row.get("key").asString()).toList();
	}

}
