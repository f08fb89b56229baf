package org.govassist.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.govassist.server.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The pages open to everyone and the security headers they come with, with
 * {@code assistant.widget.allowed-origins} naming a portal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "assistant.widget.allowed-origins=https://www.linjiang.example")
@DirtiesContext
class SecurityHeadersTest {

	private static final String STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "connect-src 'self' ws: wss:; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors ";

	@TempDir
	static Path dataDir;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry properties) {
		properties.add("assistant.data-dir", () -> dataDir.toString());
	}

	@Test
	void staticPagesAndHealthAreOpenToEveryone() {
		for (String path : new String[] { "/", "/widget.js", "/chat/index.html", "/chat/app.js", "/portal/portal.css",
				"/shared/dom.js", "/actuator/health" }) {
			assertThat(get(path).statusCode()).as(path).isEqualTo(200);
		}
	}

	@Test
	void chatMayBeFramedByTheServerItselfAndTheAllowedOrigins() {
		HttpResponse<String> chat = get("/chat/index.html");

		assertThat(header(chat, "Content-Security-Policy")).isEqualTo(STRICT + "'self' https://www.linjiang.example");
		assertThat(chat.headers().firstValue("X-Frame-Options")).isEmpty();
	}

	@Test
	void otherPagesMayBeFramedOnlyByTheServerItself() {
		for (String path : new String[] { "/", "/widget.js", "/api/ratings/summary" }) {
			HttpResponse<String> page = get(path);

			assertThat(header(page, "Content-Security-Policy")).as(path).isEqualTo(STRICT + "'self'");
			assertThat(header(page, "X-Frame-Options")).as(path).isEqualTo("SAMEORIGIN");
		}
	}

	@Test
	void everyResponseForbidsSniffingAndLimitsReferrersAndBrowserFeatures() {
		HttpResponse<String> page = get("/");

		assertThat(header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(header(page, "Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(header(page, "Permissions-Policy")).isEqualTo("camera=(), microphone=(), geolocation=()");
	}

	@Test
	void staticFilesMayBeCachedWhileApiAnswersMayNot() {
		assertThat(get("/widget.js").headers().firstValue("Cache-Control")).isEmpty();
		assertThat(header(get("/api/ratings/summary"), "Cache-Control")).contains("no-store");
	}

	private HttpResponse<String> get(String path) {
		return new ApiClient(port).get(path, null);
	}

	private static String header(HttpResponse<String> response, String name) {
		return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no header " + name));
	}

}
