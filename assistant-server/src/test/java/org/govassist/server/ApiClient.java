package org.govassist.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the assistant's HTTP endpoints for tests: plain requests with the JDK's HTTP
 * client, JSON bodies read as trees.
 */
public final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.shared();

	private final int port;

	public ApiClient(int port) {
		this.port = port;
	}

	/** {@code GET path}, with {@code Authorization: Bearer token} unless the token is {@code null}. */
	public HttpResponse<String> get(String path, String token) {
		return send(authorized(HttpRequest.newBuilder(uri(path)), token).build());
	}

	/** {@code POST path} with a JSON body. */
	public HttpResponse<String> post(String path, String json) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	/** {@code POST path} with a JSON body, as the holder of a token. */
	public HttpResponse<String> post(String path, String token, String json) {
		return send(authorized(HttpRequest.newBuilder(uri(path)), token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	/** {@code PUT path} with a JSON body, as the holder of a token, with {@code If-Match} unless it is {@code null}. */
	public HttpResponse<String> put(String path, String token, String json, String ifMatch) {
		HttpRequest.Builder request = authorized(HttpRequest.newBuilder(uri(path)), token)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json));
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return send(request.build());
	}

	/** {@code PATCH path} with a JSON body, as the holder of a token. */
	public HttpResponse<String> patch(String path, String token, String json) {
		return send(authorized(HttpRequest.newBuilder(uri(path)), token).header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	/** {@code DELETE path}, as the holder of a token. */
	public HttpResponse<String> delete(String path, String token) {
		return send(authorized(HttpRequest.newBuilder(uri(path)), token).DELETE().build());
	}

	/** Logs in and returns the token; fails unless the login succeeds. */
	public String login(String username, String password) {
		HttpResponse<String> response = post("/api/auth/login",
				JSON.writeValueAsString(Map.of("username", username, "password", password)));
		if (response.statusCode() != 200) {
			throw new AssertionError("login of " + username + " failed: " + response.statusCode() + " " + response.body());
		}
		return json(response).get("token").asString();
	}

	/** The body of a response as JSON. */
	public static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	private static HttpRequest.Builder authorized(HttpRequest.Builder request, String token) {
		return token == null ? request : request.header("Authorization", "Bearer " + token);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
