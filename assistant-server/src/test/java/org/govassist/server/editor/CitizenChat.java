package org.govassist.server.editor;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A citizen's conversation on {@code /ws/chat} for the editors' tests: each message sent is
 * followed by a ping, and everything the server says before the pong is its reply.
 */
final class CitizenChat implements AutoCloseable {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static final JsonMapper JSON = JsonMapper.shared();

	private final BlockingQueue<String> received = new LinkedBlockingQueue<>();

	private final WebSocket socket;

	private CitizenChat(int port) {
		this.socket = HttpClient.newHttpClient()
			.newWebSocketBuilder()
			.buildAsync(URI.create("ws://localhost:" + port + "/ws/chat"), new Listener())
			.join();
	}

	/** Opens a new conversation. */
	static CitizenChat started(int port) {
		CitizenChat chat = new CitizenChat(port);
		chat.exchange(Map.of("type", "hello", "protocol", 1));
		return chat;
	}

	/** Says something; returns the server's messages in reply. */
	List<JsonNode> say(String id, String text) {
		return exchange(Map.of("type", "say", "id", id, "text", text));
	}

	/** Sends a message; returns the server's messages until the pong of the ping sent after it. */
	List<JsonNode> exchange(Map<String, Object> message) {
		socket.sendText(JSON.writeValueAsString(message), true).join();
		socket.sendText("{\"type\":\"ping\"}", true).join();
		List<JsonNode> replies = new ArrayList<>();
		for (JsonNode reply = next(); !"pong".equals(reply.path("type").asString()); reply = next()) {
			replies.add(reply);
		}
		return replies;
	}

	/** The first reply of a type. */
	static JsonNode ofType(List<JsonNode> replies, String type) {
		return replies.stream()
			.filter(reply -> type.equals(reply.path("type").asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + type + " in " + replies));
	}

	private JsonNode next() {
		try {
			String frame = received.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
			if (frame == null) {
				throw new AssertionError("no message from the server within " + WAIT);
			}
			return JSON.readTree(frame);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	@Override
	public void close() {
		socket.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(ex -> null).join();
		socket.abort();
	}

	private final class Listener implements WebSocket.Listener {

		private final StringBuilder partial = new StringBuilder();

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			partial.append(data);
			if (last) {
				received.add(partial.toString());
				partial.setLength(0);
			}
			webSocket.request(1);
			return null;
		}

	}

}
