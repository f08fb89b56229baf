package org.govassist.server.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.govassist.server.ApiClient;
import org.govassist.server.StaffAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The administrators' account API: creating, changing, disabling and resetting accounts, who may
 * do it, what ends tokens, and what the audit log records.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "assistant.bootstrap.admin-password=" + UserAdministrationTest.ADMIN_PASSWORD)
@DirtiesContext
@Import(SessionEndings.class)
class UserAdministrationTest {

	static final String ADMIN_PASSWORD = "Guard-the-keys-42";

	private static final String PASSWORD = "Spring-rain-2026";

	@TempDir
	static Path dataDir;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	SessionEndings sessionEndings;

	private String admin;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry properties) {
		properties.add("assistant.data-dir", () -> dataDir.toString());
	}

	@BeforeEach
	void logIn() {
		StaffAccounts.createEditorAndAgent(jdbc, encoder, PASSWORD);
		admin = api().login("admin", ADMIN_PASSWORD);
	}

	@Test
	void adminCreatesAnAgentWhoCanLogInAtOnce() {
		HttpResponse<String> created = api().post("/api/admin/users", admin, """
				{"username":"agent-chen","password":"Autumn-leaf-88","displayName":"陈坐席",
				 "roles":["AGENT"],"skills":["社保"," 公积金 ","社保"]}""");

		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.headers().firstValue("Location")).hasValue("/api/admin/users/agent-chen");
		JsonNode account = ApiClient.json(created);
		assertThat(account.get("displayName").asString()).isEqualTo("陈坐席");
		assertThat(strings(account.get("roles"))).containsExactly("AGENT");
		assertThat(strings(account.get("skills"))).containsExactly("社保", "公积金");
		assertThat(account.get("enabled").asBoolean()).isTrue();
		assertThat(account.has("password")).isFalse();
		String token = api().login("agent-chen", "Autumn-leaf-88");
		assertThat(ApiClient.json(api().get("/api/auth/me", token)).get("displayName").asString()).isEqualTo("陈坐席");
		assertThat(ApiClient.json(api().get("/api/admin/users", admin)).values()).extracting(user -> user.get("username")
			.asString()).contains("admin", "agent-chen", "agent-li", "editor-wang").isSorted();
		assertThat(ApiClient.json(api().get("/api/admin/users/agent-chen", admin)).get("username").asString())
			.isEqualTo("agent-chen");
	}

	@Test
	void anInvalidAccountListsEveryFieldAtFault() {
		HttpResponse<String> response = api().post("/api/admin/users", admin, """
				{"username":"Li","password":"short","displayName":"  ","roles":["BOSS"],"skills":["a,b"]}""");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(fields(response)).containsExactly("username", "password", "password", "displayName", "roles",
				"skills");
	}

	@Test
	void aPasswordMustBeLongMixThreeKindsAndNotContainTheUsername() {
		assertThat(passwordProblems("onlylowercaseletters")).containsExactly("须包含小写字母、大写字母、数字、其他符号中的至少 3 种");
		assertThat(passwordProblems("Agent-Zhao-2026")).containsExactly("不能包含用户名");
		assertThat(passwordProblems("Ab1!")).containsExactly("至少 10 个字符");
		assertThat(passwordProblems("长城长城长城长城长城")).containsExactly("须包含小写字母、大写字母、数字、其他符号中的至少 3 种");
		assertThat(passwordProblems("长城Great1长城")).isEmpty();
	}

	@Test
	void aTakenUsernameIsAConflict() {
		HttpResponse<String> response = api().post("/api/admin/users", admin, """
				{"username":"agent-li","password":"Autumn-leaf-88","displayName":"另一个李","roles":["AGENT"]}""");

		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(ApiClient.json(response).get("detail").asString()).contains("agent-li");
	}

	@Test
	void anUnknownAccountIsNotFound() {
		assertThat(api().get("/api/admin/users/nobody", admin).statusCode()).isEqualTo(404);
		assertThat(patch("nobody", "{\"enabled\":false}").statusCode()).isEqualTo(404);
	}

	@Test
	void editorsAndAgentsAreForbiddenAndEachRefusalIsAudited() {
		for (String username : List.of("editor-wang", "agent-li")) {
			String token = api().login(username, PASSWORD);

			assertThat(api().get("/api/admin/users", token).statusCode()).isEqualTo(403);
			assertThat(api().post("/api/admin/users", token, """
					{"username":"sneaky","password":"Autumn-leaf-88","displayName":"x","roles":["ADMIN"]}""")
				.statusCode()).isEqualTo(403);
			assertThat(api().get("/api/admin/audit", token).statusCode()).isEqualTo(403);
			assertThat(lastAudit("access.denied")).isEqualTo(Map.of("actor", username, "target", "GET /api/admin/audit",
					"client_address", "127.0.0.1", "outcome", "refused", "detail", "403"));
		}
		assertThat(api().get("/api/admin/users", null).statusCode()).isEqualTo(401);
		assertThat(lastAudit("access.denied")).containsEntry("actor", "anonymous").containsEntry("detail", "401");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM account WHERE username = 'sneaky'").query(Long.class).single()).isZero();
	}

	@Test
	void changingTheRolesEndsEveryTokenOfTheAccountAtOnce() {
		create("agent-he", "AGENT");
		String token = api().login("agent-he", PASSWORD);

		HttpResponse<String> changed = patch("agent-he", "{\"roles\":[\"AGENT\",\"EDITOR\"]}");

		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(strings(ApiClient.json(changed).get("roles"))).containsExactly("AGENT", "EDITOR");
		assertThat(api().get("/api/auth/me", token).statusCode()).isEqualTo(401);
		assertThat(sessionEndings.of("agent-he")).extracting(StaffSessionEnded::tokenHash, StaffSessionEnded::reason)
			.containsExactly(tuple(null, "roles_changed"));
		String again = api().login("agent-he", PASSWORD);
		assertThat(api().get("/api/ratings/summary", again).statusCode()).isEqualTo(200);
	}

	@Test
	void changingTheNameOrSkillsKeepsTheTokensAndShowsAtOnce() {
		create("agent-lu", "AGENT");
		String token = api().login("agent-lu", PASSWORD);

		HttpResponse<String> changed = patch("agent-lu", "{\"displayName\":\"陆坐席\",\"skills\":[\"户籍\"]}");

		assertThat(changed.statusCode()).isEqualTo(200);
		JsonNode me = ApiClient.json(api().get("/api/auth/me", token));
		assertThat(me.get("displayName").asString()).isEqualTo("陆坐席");
		assertThat(strings(me.get("skills"))).containsExactly("户籍");
		assertThat(ApiClient.json(changed).get("updatedBy").asString()).isEqualTo("admin");
		assertThat(sessionEndings.of("agent-lu")).isEmpty();
	}

	@Test
	void disablingEndsTheTokensAtOnceAndRefusesLoginUntilEnabledAgain() {
		create("agent-ma", "AGENT");
		String token = api().login("agent-ma", PASSWORD);

		assertThat(patch("agent-ma", "{\"enabled\":false}").statusCode()).isEqualTo(200);

		assertThat(api().get("/api/auth/me", token).statusCode()).isEqualTo(401);
		assertThat(login("agent-ma", PASSWORD).statusCode()).isEqualTo(401);
		assertThat(sessionEndings.of("agent-ma")).extracting(StaffSessionEnded::reason).containsExactly("disabled");
		assertThat(ApiClient.json(api().get("/api/admin/users/agent-ma", admin)).get("enabled").asBoolean()).isFalse();

		assertThat(patch("agent-ma", "{\"enabled\":true}").statusCode()).isEqualTo(200);
		assertThat(login("agent-ma", PASSWORD).statusCode()).isEqualTo(200);
	}

	@Test
	void resettingThePasswordEndsTheTokensAndLiftsTheLockout() {
		create("editor-gu", "EDITOR");
		String token = api().login("editor-gu", PASSWORD);
		for (int i = 0; i < 5; i++) {
			login("editor-gu", "wrong-password");
		}
		assertThat(login("editor-gu", PASSWORD).statusCode()).isEqualTo(429);

		assertThat(api().post("/api/admin/users/editor-gu/password", admin, "{\"password\":\"weak\"}").statusCode())
			.isEqualTo(400);
		HttpResponse<String> reset = api().post("/api/admin/users/editor-gu/password", admin,
				"{\"password\":\"Winter-snow-33\"}");

		assertThat(reset.statusCode()).isEqualTo(204);
		assertThat(api().get("/api/auth/me", token).statusCode()).isEqualTo(401);
		assertThat(login("editor-gu", PASSWORD).statusCode()).isEqualTo(401);
		assertThat(login("editor-gu", "Winter-snow-33").statusCode()).isEqualTo(200);
		assertThat(sessionEndings.of("editor-gu")).extracting(StaffSessionEnded::reason).containsExactly("password_reset");
		assertThat(lastAudit("account.password_reset")).containsEntry("actor", "admin").containsEntry("target", "editor-gu")
			.containsEntry("outcome", "success");
	}

	@Test
	void anAdminCannotDisableThemselvesNorDropTheirOwnAdminRole() {
		HttpResponse<String> disable = patch("admin", "{\"enabled\":false}");
		HttpResponse<String> demote = patch("admin", "{\"roles\":[\"EDITOR\"]}");

		assertThat(disable.statusCode()).isEqualTo(400);
		assertThat(fields(disable)).containsExactly("enabled");
		assertThat(demote.statusCode()).isEqualTo(400);
		assertThat(fields(demote)).containsExactly("roles");
		assertThat(api().get("/api/admin/users", admin).statusCode()).isEqualTo(200);
		assertThat(lastAudit("account.update")).containsEntry("outcome", "refused").containsEntry("target", "admin");
	}

	@Test
	void everyAccountChangeIsAuditedWithWhoWhatAndFromWhere() {
		create("agent-xu", "AGENT");
		patch("agent-xu", "{\"skills\":[\"医保\"]}");
		patch("agent-xu", "{\"enabled\":false}");

		JsonNode entries = ApiClient.json(api().get("/api/admin/audit?action=account&actor=admin&limit=3", admin));

		assertThat(entries.values()).extracting(entry -> entry.get("action").asString())
			.containsExactly("account.disable", "account.update", "account.create");
		assertThat(entries.values()).allSatisfy(entry -> {
			assertThat(entry.get("target").asString()).isEqualTo("agent-xu");
			assertThat(entry.get("clientAddress").asString()).isEqualTo("127.0.0.1");
			assertThat(entry.get("outcome").asString()).isEqualTo("success");
			assertThat(entry.get("occurred").asString()).isNotBlank();
		});
		assertThat(entries.get(1).get("detail").asString()).contains("skills=医保");
	}

	@Test
	void theAuditLogIsReadNewestFirstOnePageAtATime() {
		JsonNode first = ApiClient.json(api().get("/api/admin/audit?action=login&limit=2", admin));
		long last = first.get(1).get("id").asLong();
		JsonNode next = ApiClient.json(api().get("/api/admin/audit?action=login&limit=2&before=" + last, admin));

		assertThat(first.size()).isEqualTo(2);
		assertThat(first.get(0).get("id").asLong()).isGreaterThan(last);
		assertThat(next.get(0).get("id").asLong()).isLessThan(last);
		assertThat(first.get(0).get("actor").asString()).isEqualTo("admin");
		assertThat(ApiClient.json(api().get("/api/admin/audit?from=2000-01-01&to=2000-01-31", admin)).size()).isZero();
		assertThat(api().get("/api/admin/audit?limit=0", admin).statusCode()).isEqualTo(400);
		assertThat(api().get("/api/admin/audit?from=2026-11-02&to=2026-11-01", admin).statusCode()).isEqualTo(400);
	}

	private void create(String username, String role) {
		HttpResponse<String> response = api().post("/api/admin/users", admin, "{\"username\":\"" + username
				+ "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"" + username + "\",\"roles\":[\"" + role + "\"]}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
	}

	private List<String> passwordProblems(String password) {
		HttpResponse<String> response = api().post("/api/admin/users", admin, "{\"username\":\"agent-zhao\",\"password\":\""
				+ password + "\",\"displayName\":\"赵坐席\",\"roles\":[\"AGENT\"]}");
		if (response.statusCode() == 201) {
			jdbc.sql("DELETE FROM account WHERE username = 'agent-zhao'").update();
			return List.of();
		}
		return ApiClient.json(response).get("errors").values().stream()
			.filter(error -> error.get("field").asString().equals("password"))
			.map(error -> error.get("message").asString())
			.toList();
	}

	private HttpResponse<String> patch(String username, String json) {
		return api().patch("/api/admin/users/" + username, admin, json);
	}

	private HttpResponse<String> login(String username, String password) {
		return api().post("/api/auth/login", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
	}

	private Map<String, Object> lastAudit(String action) {
		return jdbc.sql("""
				SELECT actor, target, client_address, outcome, detail FROM audit_event
				WHERE action = :action ORDER BY id DESC LIMIT 1""")
			.param("action", action)
			.query()
			.singleRow();
	}

	private static List<String> fields(HttpResponse<String> response) {
		return ApiClient.json(response).get("errors").values().stream().map(error -> error.get("field").asString()).toList();
	}

	private static List<String> strings(JsonNode array) {
		return array.values().stream().map(JsonNode::asString).toList();
	}

	private ApiClient api() {
		return new ApiClient(port);
	}

}
