package org.govassist.server.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.govassist.kb.Answer;
import org.govassist.kb.ConsultationEngine;
import org.govassist.kb.Decision;
import org.govassist.server.ApiClient;
import org.govassist.server.StaffAccounts;
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
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The editors' guide API over HTTP against the demo knowledge base: who may use it, validation,
 * saving and publishing, versions and restore, stale saves, withdrawal, import, export, the list,
 * and the audit log. Each test works on guides of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class EditorApiTest {

	private static final JsonMapper JSON = JsonMapper.shared();

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
	ConsultationEngine engine;

	private String editor;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry properties) {
		properties.add("assistant.data-dir", () -> dataDir.toString());
	}

	@BeforeEach
	void logIn() {
		StaffAccounts.createEditorAndAgent(jdbc, encoder, PASSWORD);
		StaffAccounts.createIfMissing(jdbc, encoder, "admin-zhao", PASSWORD, Role.ADMIN);
		editor = api().login("editor-wang", PASSWORD);
	}

	@Test
	void agentsAreForbiddenAndAnonymousCallersUnauthorized() {
		String agent = api().login("agent-li", PASSWORD);
		String body = guide("temporary-id-card").toString();

		assertThat(api().get("/api/kb/guides/temporary-id-card", null).statusCode()).isEqualTo(401);
		assertThat(api().put("/api/kb/guides/temporary-id-card", null, body, null).statusCode()).isEqualTo(401);
		assertThat(api().get("/api/kb/gaps", null).statusCode()).isEqualTo(401);
		assertThat(api().get("/api/kb/guides/temporary-id-card", agent).statusCode()).isEqualTo(403);
		assertThat(api().put("/api/kb/guides/temporary-id-card", agent, body, null).statusCode()).isEqualTo(403);
		assertThat(api().delete("/api/kb/guides/temporary-id-card", agent).statusCode()).isEqualTo(403);
		assertThat(api().post("/api/kb/import", agent, "[]").statusCode()).isEqualTo(403);
		assertThat(api().get("/api/kb/export", agent).statusCode()).isEqualTo(403);
		assertThat(api().get("/api/kb/guides/temporary-id-card", api().login("admin-zhao", PASSWORD)).statusCode())
			.isEqualTo(200);
		assertThat(engine.guide("temporary-id-card")).isPresent();
	}

	@Test
	void publishedGuideIsReadInTheGuideFileFormatWithItsVersionAsETag() {
		HttpResponse<String> response = api().get("/api/kb/guides/residence-permit", editor);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("ETag")).hasValue("\"1\"");
		JsonNode guide = ApiClient.json(response);
		assertThat(guide.get("id").asString()).isEqualTo("residence-permit");
		assertThat(guide.get("title").asString()).isEqualTo("居住证申领");
		assertThat(api().get("/api/kb/guides/no-such-guide", editor).statusCode()).isEqualTo(404);
	}

	@Test
	void invalidGuideIsRefusedNamingEachFieldAndNothingIsSaved() {
		ObjectNode guide = guide("hukou-move-out");
		guide.remove("title");
		guide.put("fee", 20);
		guide.put("price", "20元");

		HttpResponse<String> response = api().put("/api/kb/guides/hukou-move-out", editor, guide.toString(), null);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(fieldsAtFault(response)).contains("title", "fee", "price");
		assertThat(versionNumbers("hukou-move-out")).containsExactly(1);
	}

	@Test
	void idInTheBodyMustBeTheIdInThePath() {
		HttpResponse<String> response = api().put("/api/kb/guides/hukou-newborn-registration", editor,
				guide("hukou-dependent-settlement").toString(), null);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(fieldsAtFault(response)).containsExactly("id");
	}

	@Test
	void savedFeeIsWhatTheEngineAnswersAtOnce() {
		ObjectNode guide = guide("driving-license-loss-reissue");
		guide.put("fee", "补证工本费15元（新标准）");

		HttpResponse<String> response = api().put("/api/kb/guides/driving-license-loss-reissue", editor,
				guide.toString(), null);
		long saved = System.nanoTime();
		Decision decision = engine.ask("机动车驾驶证遗失补领要多少钱", null);
		long answeredMillis = (System.nanoTime() - saved) / 1_000_000;

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(ApiClient.json(response).get("version").asInt()).isEqualTo(2);
		assertThat(response.headers().firstValue("ETag")).hasValue("\"2\"");
		assertThat(decision).isInstanceOfSatisfying(Answer.class, answer -> {
			assertThat(answer.guide().id()).isEqualTo("driving-license-loss-reissue");
			assertThat(answer.guide().fee()).isEqualTo("补证工本费15元（新标准）");
		});
		assertThat(answeredMillis).isLessThan(1000);
		assertThat(jdbc.sql("SELECT origin FROM guide WHERE id = 'driving-license-loss-reissue'").query(String.class)
			.single()).isEqualTo("editor");
	}

	@Test
	void newGuideIsCreatedAsVersionOneAndPublished() {
		ObjectNode guide = JSON.createObjectNode()
			.put("id", "drone-real-name-registration")
			.put("title", "民用无人机实名登记")
			.put("department", "临江市交通运输局")
			.put("summary", "购买民用无人机后，所有者应进行实名登记。");

		HttpResponse<String> response = api().put("/api/kb/guides/drone-real-name-registration", editor,
				guide.toString(), null);

		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(ApiClient.json(response).get("change").asString()).isEqualTo("CREATED");
		assertThat(engine.guide("drone-real-name-registration")).hasValueSatisfying(
				published -> assertThat(published.title()).isEqualTo("民用无人机实名登记"));
	}

	@Test
	void everySaveIsAVersionWithAuthorAndTimeAndRestoreMakesANewOne() {
		JsonNode original = guide("marriage-certificate-reissue");
		ObjectNode second = (ObjectNode) original.deepCopy();
		second.put("hours", "周一至周五 9:00-17:00");
		ObjectNode third = second.deepCopy();
		third.put("phone", "0999-88886666");
		api().put("/api/kb/guides/marriage-certificate-reissue", editor, second.toString(), null);
		api().put("/api/kb/guides/marriage-certificate-reissue", editor, third.toString(), null);

		JsonNode versions = ApiClient.json(api().get("/api/kb/guides/marriage-certificate-reissue/versions", editor));
		assertThat(versions.values()).extracting(version -> version.get("version").asInt()).containsExactly(1, 2, 3);
		assertThat(versions.values()).extracting(version -> version.get("author").asString())
			.containsExactly("seed", "editor-wang", "editor-wang");
		assertThat(versions.values()).allSatisfy(version -> assertThat(version.get("created").asString()).isNotBlank());
		JsonNode first = ApiClient.json(api().get("/api/kb/guides/marriage-certificate-reissue/versions/1", editor));
		assertThat(first.get("guide")).isEqualTo(original);

		HttpResponse<String> restored = api().post("/api/kb/guides/marriage-certificate-reissue/versions/1/restore",
				editor, "");

		assertThat(restored.statusCode()).isEqualTo(200);
		assertThat(ApiClient.json(restored).get("version").asInt()).isEqualTo(4);
		assertThat(guide("marriage-certificate-reissue")).isEqualTo(original);
		assertThat(versionNumbers("marriage-certificate-reissue")).containsExactly(1, 2, 3, 4);
		assertThat(engine.guide("marriage-certificate-reissue").orElseThrow().phone())
			.isEqualTo(original.path("phone").asString(null));
		assertThat(api().post("/api/kb/guides/marriage-certificate-reissue/versions/9/restore", editor, "").statusCode())
			.isEqualTo(404);
	}

	@Test
	void saveBasedOnAStaleVersionIsRefusedWith409WhileOneWithoutIfMatchIsKept() {
		HttpResponse<String> read = api().get("/api/kb/guides/elderly-allowance", editor);
		String etag = read.headers().firstValue("ETag").orElseThrow();
		ObjectNode first = (ObjectNode) ApiClient.json(read);
		first.put("fee", "不收费（第一位编辑）");
		ObjectNode second = (ObjectNode) ApiClient.json(read);
		second.put("fee", "不收费（第二位编辑）");

		HttpResponse<String> saved = api().put("/api/kb/guides/elderly-allowance", editor, first.toString(), etag);
		HttpResponse<String> stale = api().put("/api/kb/guides/elderly-allowance", editor, second.toString(), etag);

		assertThat(saved.statusCode()).isEqualTo(200);
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(ApiClient.json(stale).get("currentVersion").asInt()).isEqualTo(2);
		assertThat(guide("elderly-allowance").get("fee").asString()).isEqualTo("不收费（第一位编辑）");
		HttpResponse<String> unconditional = api().put("/api/kb/guides/elderly-allowance", editor, second.toString(),
				null);
		assertThat(unconditional.statusCode()).isEqualTo(200);
		assertThat(versionNumbers("elderly-allowance")).containsExactly(1, 2, 3);
		assertThat(api().put("/api/kb/guides/elderly-allowance", editor, second.toString(), "v3").statusCode())
			.isEqualTo(400);
	}

	@Test
	void withdrawnGuideLeavesTheAnswersAndKeepsItsVersions() {
		HttpResponse<String> response = api().delete("/api/kb/guides/birth-registration", editor);

		assertThat(response.statusCode()).isEqualTo(204);
		assertThat(engine.guide("birth-registration")).isEmpty();
		Decision decision = engine.ask("生育登记怎么办理", null);
		assertThat(decision instanceof Answer answer ? answer.guide().id() : "no answer").isNotEqualTo("birth-registration");
		assertThat(api().get("/api/kb/guides/birth-registration", editor).statusCode()).isEqualTo(404);
		assertThat(versionNumbers("birth-registration")).containsExactly(1);
		assertThat(api().delete("/api/kb/guides/no-such-guide", editor).statusCode()).isEqualTo(404);

		api().post("/api/kb/guides/birth-registration/versions/1/restore", editor, "");
		assertThat(engine.guide("birth-registration")).isPresent();
	}

	@Test
	void importAppliesTheValidGuidesAndReportsEachRejectedOne() {
		ObjectNode changed = guide("student-loan");
		changed.put("phone", "0999-55554444");
		ObjectNode fresh = JSON.createObjectNode()
			.put("id", "pet-dog-registration")
			.put("title", "犬只登记")
			.put("department", "临江市公安局")
			.put("summary", "养犬人应为犬只办理登记。");
		ObjectNode untitled = guide("legal-aid-application");
		untitled.remove("title");
		String body = JSON.createArrayNode()
			.add(fresh)
			.add(changed)
			.add(guide("childcare-subsidy"))
			.add(untitled)
			.add(JSON.createObjectNode().put("id", "Bad Id").put("title", "t").put("department", "d").put("summary", "s"))
			.toString();

		HttpResponse<String> response = api().post("/api/kb/import", editor, body);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode report = ApiClient.json(response);
		assertThat(report.get("created").asInt()).isEqualTo(1);
		assertThat(report.get("updated").asInt()).isEqualTo(1);
		assertThat(report.get("unchanged").asInt()).isEqualTo(1);
		assertThat(report.get("rejected").values()).extracting(rejected -> rejected.get("index").asInt())
			.containsExactly(3, 4);
		JsonNode first = report.get("rejected").get(0);
		assertThat(first.get("id").asString()).isEqualTo("legal-aid-application");
		assertThat(first.get("errors").values()).extracting(error -> error.get("field").asString()).contains("title");
		assertThat(report.get("rejected").get(1).get("errors").values())
			.extracting(error -> error.get("field").asString())
			.contains("id");
		assertThat(engine.guide("pet-dog-registration")).isPresent();
		assertThat(engine.guide("student-loan").orElseThrow().phone()).isEqualTo("0999-55554444");
		assertThat(guide("legal-aid-application").get("title").asString()).isEqualTo("法律援助申请");
	}

	@Test
	void importOfSomethingOtherThanAnArrayIsABadRequest() {
		HttpResponse<String> response = api().post("/api/kb/import", editor, guide("student-loan").toString());

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(fieldsAtFault(response)).containsExactly("guides");
		assertThat(api().post("/api/kb/import", editor, "[{").statusCode()).isEqualTo(400);
	}

	@Test
	void exportIsEveryPublishedGuideAsAGuideFile() {
		HttpResponse<String> response = api().get("/api/kb/export", editor);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode guides = ApiClient.json(response);
		assertThat(guides.isArray()).isTrue();
		assertThat(guides.size()).isEqualTo(engine.size());
		assertThat(guides.values()).extracting(guide -> guide.get("id").asString()).contains("id-card-renewal");
	}

	@Test
	void listIsFilteredByTextCategoryDepartmentAndRevisionDate() {
		assertThat(listedIds("/api/kb/guides?query=护照")).containsExactly("passport-first-application",
				"passport-renewal-reissue");
		assertThat(listedIds("/api/kb/guides?category=出入境&department=临江市公安局")).contains("hk-macao-permit",
				"taiwan-permit");
		assertThat(listedIds("/api/kb/guides?category=出入境&updatedBefore=2026-05-07"))
			.containsExactlyInAnyOrder("passport-first-application", "passport-renewal-reissue", "taiwan-permit");
		JsonNode first = ApiClient.json(api().get("/api/kb/guides?query=taiwan-permit", editor)).get(0);
		assertThat(first.get("version").asInt()).isEqualTo(1);
		assertThat(first.get("withdrawn").asBoolean()).isFalse();
		assertThat(first.get("origin").asString()).isEqualTo("seed");
		assertThat(api().get("/api/kb/guides?updatedBefore=yesterday", editor).statusCode()).isEqualTo(400);
	}

	@Test
	void changesAndRefusalsAreInTheAuditLogWithWhoAndFromWhere() {
		ObjectNode guide = guide("hk-macao-endorsement");
		guide.put("hours", "工作日 9:00-17:00");
		api().put("/api/kb/guides/hk-macao-endorsement", editor, guide.toString(), null);
		guide.put("fee", 15);
		api().put("/api/kb/guides/hk-macao-endorsement", editor, guide.toString(), null);
		api().delete("/api/kb/guides/hk-macao-endorsement", editor);

		List<Map<String, Object>> entries = jdbc.sql("""
				SELECT actor, action, client_address, outcome FROM audit_event
				WHERE target = 'hk-macao-endorsement' ORDER BY id""").query().listOfRows();

		assertThat(entries).containsExactly(
				Map.of("actor", "editor-wang", "action", "guide.save", "client_address", "127.0.0.1", "outcome",
						"success"),
				Map.of("actor", "editor-wang", "action", "guide.save", "client_address", "127.0.0.1", "outcome",
						"refused"),
				Map.of("actor", "editor-wang", "action", "guide.withdraw", "client_address", "127.0.0.1", "outcome",
						"success"));
	}

	private List<String> listedIds(String path) {
		HttpResponse<String> response = api().get(path, editor);
		assertThat(response.statusCode()).isEqualTo(200);
		return ApiClient.json(response).values().stream().map(guide -> guide.get("id").asString()).toList();
	}

	private ObjectNode guide(String id) {
		HttpResponse<String> response = api().get("/api/kb/guides/" + id, editor);
		assertThat(response.statusCode()).isEqualTo(200);
		return (ObjectNode) ApiClient.json(response);
	}

	private List<Integer> versionNumbers(String id) {
		return ApiClient.json(api().get("/api/kb/guides/" + id + "/versions", editor))
			.values()
			.stream()
			.map(version -> version.get("version").asInt())
			.toList();
	}

	private static List<String> fieldsAtFault(HttpResponse<String> response) {
		return ApiClient.json(response).get("errors").values().stream().map(error -> error.get("field").asString()).toList();
	}

	private ApiClient api() {
		return new ApiClient(port);
	}

}
