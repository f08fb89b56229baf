package org.govassist.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.govassist.server.ApiClient;
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
 * Tokens and lockouts that end, with {@code assistant.auth.token-ttl} and
 * {@code assistant.auth.lockout} set short and {@code assistant.auth.max-failures} lower than the
 * default.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "assistant.bootstrap.admin-password=" + ShortLivedLoginTest.ADMIN_PASSWORD,
				"assistant.auth.token-ttl=1s", "assistant.auth.lockout=2s", "assistant.auth.max-failures=3" })
@DirtiesContext
class ShortLivedLoginTest {

	static final String ADMIN_PASSWORD = "Short-lived-77";

	@TempDir
	static Path dataDir;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry properties) {
		properties.add("assistant.data-dir", () -> dataDir.toString());
	}

	@Test
	void aTokenStopsWorkingOnceItsTimeToLiveHasPassed() throws InterruptedException {
		HttpResponse<String> login = login(ADMIN_PASSWORD);
		JsonNode body = ApiClient.json(login);
		OffsetDateTime expires = OffsetDateTime.parse(body.get("expires").asString());
		assertThat(login.headers().firstValue("Set-Cookie")).hasValueSatisfying(
				cookie -> assertThat(cookie).contains("Max-Age=1;"));

		sleepUntilPast(expires);

		assertThat(api().get("/api/auth/me", body.get("token").asString()).statusCode()).isEqualTo(401);
	}

	@Test
	void theConfiguredNumberOfFailuresLocksAndTheLockoutEndsAfterItsDuration() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			assertThat(login("wrong-password").statusCode()).isEqualTo(401);
		}
		OffsetDateTime lockedUntil = jdbc
			.sql("SELECT locked_until FROM login_failure WHERE username = 'admin' AND failures = 3")
			.query(OffsetDateTime.class)
			.single();
		assertThat(Duration.between(OffsetDateTime.now(), lockedUntil)).isLessThanOrEqualTo(Duration.ofSeconds(2));

		sleepUntilPast(lockedUntil);

		assertThat(login(ADMIN_PASSWORD).statusCode()).isEqualTo(200);
	}

	private static void sleepUntilPast(OffsetDateTime time) throws InterruptedException {
		Duration left = Duration.between(OffsetDateTime.now(), time);
		if (!left.isNegative()) {
			Thread.sleep(left.plusMillis(100));
		}
	}

	private HttpResponse<String> login(String password) {
		return api().post("/api/auth/login", "{\"username\":\"admin\",\"password\":\"" + password + "\"}");
	}

	private ApiClient api() {
		return new ApiClient(port);
	}

}
