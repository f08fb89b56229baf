package org.govassist.server.handoff;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A WebSocket client for tests of the handoff: a citizen on {@code /ws/chat} or an agent on
 * {@code /ws/agent}, speaking JSON with the JDK's client and handing out the server's messages one
 * by one.
 */
final class Socket implements AutoCloseable {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final BlockingQueue<String> received = new LinkedBlockingQueue<>();

	private final CompletableFuture<Integer> closeStatus = new CompletableFuture<>();

	private final WebSocket socket;

	private JsonNode state;

	private Socket(int port, String path, Map<String, String> headers) {
		WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
		headers.forEach(builder::header);
		this.socket = builder.buildAsync(URI.create("ws://localhost:" + port + path), new Listener()).join();
	}

	/** Opens a socket to a path with headers; fails with the handshake's exception. */
	static Socket open(int port, String path, Map<String, String> headers) {
		return new Socket(port, path, headers);
	}

	/** An agent's console socket opened with a login token as bearer; the {@code agent.state} is taken. */
	static Socket agent(int port, String token) {
		Socket agent = new Socket(port, "/ws/agent", Map.of("Authorization", "Bearer " + token));
		agent.state = agent.next("agent.state");
		return agent;
	}

	/** The {@code agent.state} an agent's socket opened with. */
	JsonNode state() {
		return state;
	}

	/** A citizen who said hello; the {@code welcome} is taken. */
	static Socket citizen(int port) {
		Socket citizen = new Socket(port, "/ws/chat", Map.of());
		citizen.send(Map.of("type", "hello", "protocol", 1));
		citizen.next("welcome");
		return citizen;
	}

	void send(Object message) {
		socket.sendText(message instanceof String text ? text : JSON.writeValueAsString(message), true).join();
	}

	/** The next message, waiting a while for it. */
	JsonNode next() {
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

	/** The next message of a type, skipping the others. */
	JsonNode next(String type) {
		return next(message -> type.equals(message.path("type").asString()));
	}

	/** The next message that matches, skipping the others. */
	JsonNode next(Predicate<JsonNode> wanted) {
		for (;;) {
			JsonNode message = next();
			if (wanted.test(message)) {
				return message;
			}
		}
	}

	/** The next message of a type about a conversation, skipping the others. */
	JsonNode next(String type, String conversationId) {
		return next(message -> type.equals(message.path("type").asString())
				&& conversationId.equals(message.path("conversationId").asString()));
	}

	/** Every message before the {@code pong} of a {@code ping}: all the server had to say before. */
	List<JsonNode> drain() {
		send(Map.of("type", "ping"));
		List<JsonNode> before = new ArrayList<>();
		for (JsonNode message = next(); !"pong".equals(message.path("type").asString()); message = next()) {
			before.add(message);
		}
		return before;
	}

	/** The close status the server sent, waiting a while for it. */
	int awaitCloseStatus() {
		return closeStatus.orTimeout(WAIT.toMillis(), TimeUnit.MILLISECONDS).join();
	}

	@Override
	public void close() {
		if (!socket.isOutputClosed()) {
			socket.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(ex -> null).join();
		}
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

		@Override
		public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
			closeStatus.complete(statusCode);
			return null;
		}

		@Override
		public void onError(WebSocket webSocket, Throwable error) {
			closeStatus.completeExceptionally(error);
		}

	}

}
