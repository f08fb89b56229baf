package org.govassist.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govassist.server.ApiClient;
import org.govassist.server.system.BearerToken;
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
 * Logging in with the bootstrap {@code admin} account, here with
 * {@code assistant.bootstrap.admin-password} set, and using the token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "assistant.bootstrap.admin-password=" + LoginTest.ADMIN_PASSWORD)
@DirtiesContext
@Import(SessionEndings.class)
class LoginTest {

	static final String ADMIN_PASSWORD = "Correct-horse-battery-7";

	private static final String PROTECTED = "/api/ratings/summary";

	@TempDir
	static Path dataDir;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountStore accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	SessionEndings sessionEndings;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry properties) {
		properties.add("assistant.data-dir", () -> dataDir.toString());
	}

	@Test
	void adminLogsInWithTheBootstrapPasswordAndGetsATokenThatExpiresInEightHours() {
		HttpResponse<String> response = api().post("/api/auth/login",
				"{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
		JsonNode login = ApiClient.json(response);
		assertThat(login.get("token").asString()).matches("[A-Za-z0-9_-]{43}");
		assertThat(login.get("roles").values()).extracting(JsonNode::asString).containsExactly("ADMIN");
		assertThat(Duration.between(OffsetDateTime.now(), OffsetDateTime.parse(login.get("expires").asString())))
			.isBetween(Duration.ofHours(7).plusMinutes(59), Duration.ofHours(8));
		assertThat(jdbc.sql("SELECT password_hash FROM account WHERE username = 'admin'").query(String.class).single())
			.startsWith("$2").doesNotContain(ADMIN_PASSWORD);
	}

	@Test
	void wrongPasswordAndUnknownAccountAreRefusedAlikeWith401() {
		for (String body : List.of("{\"username\":\"admin\",\"password\":\"wrong-password\"}",
				"{\"username\":\"nobody\",\"password\":\"" + ADMIN_PASSWORD + "\"}")) {
			HttpResponse<String> response = api().post("/api/auth/login", body);

			assertThat(response.statusCode()).isEqualTo(401);
			assertProblem(response, 401);
			assertThat(ApiClient.json(response).has("token")).isFalse();
		}
	}

	@Test
	void successfulAndFailedLoginsAreInTheAuditLogWithTheClientAddress() {
		api().login("admin", ADMIN_PASSWORD);
		api().post("/api/auth/login", "{\"username\":\"admin\",\"password\":\"guessed-password\"}");

		List<Map<String, Object>> entries = jdbc.sql("""
				SELECT actor, client_address, outcome FROM audit_event
				WHERE action = 'login' ORDER BY id DESC LIMIT 2""").query().listOfRows();

		assertThat(entries).containsExactly(Map.of("actor", "admin", "client_address", "127.0.0.1", "outcome", "failure"),
				Map.of("actor", "admin", "client_address", "127.0.0.1", "outcome", "success"));
	}

	@Test
	void loginWithoutPasswordListsTheMissingField() {
		HttpResponse<String> response = api().post("/api/auth/login", "{\"username\":\"admin\"}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertProblem(response, 400);
		JsonNode errors = ApiClient.json(response).get("errors");
		assertThat(errors.size()).isEqualTo(1);
		assertThat(errors.get(0).get("field").asString()).isEqualTo("password");
		assertThat(errors.get(0).get("message").asString()).isNotBlank();
	}

	@Test
	void loginThatIsNotJsonIsABadRequest() {
		HttpResponse<String> response = api().post("/api/auth/login", "username=admin");

		assertThat(response.statusCode()).isEqualTo(400);
		assertProblem(response, 400);
	}

	@Test
	void tokenOpensTheApiWhileNoTokenAForgedOneOrAnExpiredOneDoNot() {
		String token = api().login("admin", ADMIN_PASSWORD);

		assertThat(api().get(PROTECTED, token).statusCode()).isEqualTo(200);
		HttpResponse<String> anonymous = api().get(PROTECTED, null);
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
		assertProblem(anonymous, 401);
		assertThat(api().get(PROTECTED, "forged-" + token).statusCode()).isEqualTo(401);

		jdbc.sql("UPDATE auth_token SET expires = :then")
			.param("then", OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1))
			.update();
		assertThat(api().get(PROTECTED, token).statusCode()).isEqualTo(401);
	}

	@Test
	void accountWithoutTheRoleIsForbidden() {
		accounts.create("agent-li", passwordEncoder.encode("agent-password"), "李坐席", Set.of(Role.AGENT),
				List.of("社保"), OffsetDateTime.now(ZoneOffset.UTC));
		String token = api().login("agent-li", "agent-password");

		HttpResponse<String> response = api().get(PROTECTED, token);

		assertThat(response.statusCode()).isEqualTo(403);
		assertProblem(response, 403);
	}

	@Test
	void loginSetsTheCookieForTheAgentSocketOnlyAndNamesTheAccount() {
		HttpResponse<String> response = api().post("/api/auth/login",
				"{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}");

		String token = ApiClient.json(response).get("token").asString();
		assertThat(ApiClient.json(response).get("displayName").asString()).isEqualTo("管理员");
		assertThat(response.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
			.startsWith("govassist_staff=" + token + "; Path=/ws/agent; Max-Age=28800;")
			.contains("; HttpOnly")
			.endsWith("; SameSite=Strict")
			.doesNotContain("Secure"));
	}

	@Test
	void meNamesTheAccountOfTheToken() {
		accounts.create("agent-zhou", passwordEncoder.encode("agent-password"), "周坐席", Set.of(Role.AGENT),
				List.of("社保", "公积金"), OffsetDateTime.now(ZoneOffset.UTC));
		String token = api().login("agent-zhou", "agent-password");

		JsonNode me = ApiClient.json(api().get("/api/auth/me", token));

		assertThat(me.toString()).isEqualTo(
				"{\"username\":\"agent-zhou\",\"displayName\":\"周坐席\",\"roles\":[\"AGENT\"],\"skills\":[\"社保\",\"公积金\"]}");
		assertThat(api().get("/api/auth/me", null).statusCode()).isEqualTo(401);
	}

	@Test
	void logoutEndsTheTokenAtOnceClearsTheCookieAndSaysSo() {
		String token = api().login("admin", ADMIN_PASSWORD);
		String other = api().login("admin", ADMIN_PASSWORD);

		HttpResponse<String> logout = api().post("/api/auth/logout", token, "");

		assertThat(logout.statusCode()).isEqualTo(204);
		assertThat(logout.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
			.startsWith("govassist_staff=; Path=/ws/agent; Max-Age=0;"));
		assertThat(api().get("/api/auth/me", token).statusCode()).isEqualTo(401);
		assertThat(api().get("/api/auth/me", other).statusCode()).isEqualTo(200);
		assertThat(sessionEndings.of("admin")).contains(new StaffSessionEnded(
				accounts.find("admin").orElseThrow().account().id(), "admin", BearerToken.hash(token), "logout"));
		assertThat(lastAudit("logout")).isEqualTo(Map.of("actor", "admin", "outcome", "success"));
	}

	@Test
	void fiveFailuresInARowLockTheUsernameFor15MinutesEvenForTheRightPassword() {
		accounts.create("editor-sun", passwordEncoder.encode("editor-password"), "孙编辑", Set.of(Role.EDITOR),
				List.of(), OffsetDateTime.now(ZoneOffset.UTC));
		for (int i = 0; i < 5; i++) {
			assertThat(login("editor-sun", "wrong-password").statusCode()).isEqualTo(401);
		}

		HttpResponse<String> locked = login("editor-sun", "editor-password");

		assertThat(locked.statusCode()).isEqualTo(429);
		assertProblem(locked, 429);
		assertThat(locked.headers().firstValue("Retry-After")).hasValueSatisfying(
				seconds -> assertThat(Long.parseLong(seconds)).isBetween(840L, 900L));
		assertThat(lastAudit("login.lockout")).isEqualTo(Map.of("actor", "editor-sun", "outcome", "success"));
		assertThat(lastAudit("login")).isEqualTo(Map.of("actor", "editor-sun", "outcome", "refused"));
		assertThat(ApiClient.json(api().get("/api/admin/users/editor-sun", api().login("admin", ADMIN_PASSWORD)))
			.get("lockedUntil")
			.isNull()).isFalse();
	}

	@Test
	void aNameNoAccountHasIsLockedLikeAnyOther() {
		for (int i = 0; i < 5; i++) {
			login("nobody-here", "wrong-password");
		}

		assertThat(login("nobody-here", "wrong-password").statusCode()).isEqualTo(429);
	}

	@Test
	void aSuccessfulLoginStartsTheCountOfFailuresAgain() {
		accounts.create("agent-qian", passwordEncoder.encode("agent-password"), "钱坐席", Set.of(Role.AGENT), List.of(),
				OffsetDateTime.now(ZoneOffset.UTC));
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < 4; i++) {
				assertThat(login("agent-qian", "wrong-password").statusCode()).isEqualTo(401);
			}
			assertThat(login("agent-qian", "agent-password").statusCode()).isEqualTo(200);
		}
	}

	@Test
	void lockoutSurvivesInTheDatabase() {
		for (int i = 0; i < 5; i++) {
			login("agent-wu", "wrong-password");
		}

		assertThat(jdbc.sql("SELECT failures FROM login_failure WHERE username = 'agent-wu' AND locked_until IS NOT NULL")
			.query(Integer.class)
			.single()).isEqualTo(5);
	}

	private HttpResponse<String> login(String username, String password) {
		return api().post("/api/auth/login", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
	}

	private Map<String, Object> lastAudit(String action) {
		return jdbc.sql("SELECT actor, outcome FROM audit_event WHERE action = :action ORDER BY id DESC LIMIT 1")
			.param("action", action)
			.query()
			.singleRow();
	}

	private ApiClient api() {
		return new ApiClient(port);
	}

	private static void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = ApiClient.json(response);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("detail").asString()).isNotBlank();
	}

}
