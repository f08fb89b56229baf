package org.govassist.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.json.JsonMapper;

/**
 * The health endpoint that load balancers and operators poll, and nothing else of the actuator.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class HealthEndpointTest {

	@TempDir
	static Path dataDir;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry properties) {
		properties.add("assistant.data-dir", () -> dataDir.toString());
	}

	@Test
	void healthIsUpWithoutDetails() throws Exception {
		HttpResponse<String> response = get("/actuator/health");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(JsonMapper.shared().readTree(response.body()))
			.isEqualTo(JsonMapper.shared().readTree("{\"status\":\"UP\"}"));
	}

	@Test
	void otherActuatorEndpointsAreNotServed() throws Exception {
		assertThat(get("/actuator/env").statusCode()).isEqualTo(404);
		assertThat(get("/actuator/info").statusCode()).isEqualTo(404);
		assertThat(get("/actuator/health/db").statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
	}

}
