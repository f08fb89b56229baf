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
 * Logging in with the bootstrap {@code admin} account, here with
 * {@code assistant.bootstrap.admin-password} set, and using the token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "assistant.bootstrap.admin-password=" + LoginTest.ADMIN_PASSWORD)
@DirtiesContext
class LoginTest {

	static final String ADMIN_PASSWORD = "correct-horse-battery";

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
		assertThat(Duration.between(OffsetDateTime.now(), OffsetDateTime.parse(login.get("expiresAt").asString())))
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
