package org.govassist.server;

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
 * A WebSocket client for tests that speaks JSON text frames with the JDK's client and hands out
 * the server's messages one by one, as a citizen's widget or an agent's console receives them.
 */
public final class JsonWebSocket implements AutoCloseable {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final BlockingQueue<String> received = new LinkedBlockingQueue<>();

	private final CompletableFuture<Integer> closeStatus = new CompletableFuture<>();

	private final WebSocket socket;

	private JsonWebSocket(int port, String path, Map<String, String> headers) {
		WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
		headers.forEach(builder::header);
		this.socket = builder.buildAsync(URI.create("ws://localhost:" + port + path), new Listener()).join();
	}

	/**
	 * Opens a socket to a path of the server, with request headers such as {@code Origin} or
	 * {@code Authorization}; fails with the handshake's exception.
	 */
	public static JsonWebSocket open(int port, String path, Map<String, String> headers) {
		return new JsonWebSocket(port, path, headers);
	}

	/** Sends a text frame as it is. */
	public void send(String frame) {
		socket.sendText(frame, true).join();
	}

	/** Sends a message as JSON. */
	public void send(Object message) {
		send(JSON.writeValueAsString(message));
	}

	/** The next message from the server, waiting a while for it. */
	public JsonNode next() {
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

	/** The next message that matches, skipping the others. */
	public JsonNode next(Predicate<JsonNode> wanted) {
		for (;;) {
			JsonNode message = next();
			if (wanted.test(message)) {
				return message;
			}
		}
	}

	/**
	 * Sends a ping and returns every message that arrives before its pong: the server handles a
	 * connection's messages in order, so these are all it had to say before.
	 */
	public List<JsonNode> drainWithPing() {
		send("{\"type\":\"ping\"}");
		List<JsonNode> before = new ArrayList<>();
		for (JsonNode message = next(); !"pong".equals(message.path("type").asString()); message = next()) {
			before.add(message);
		}
		return before;
	}

	/** Whether the server closed the connection. */
	public boolean closedByServer() {
		return closeStatus.isDone();
	}

	/** The close status the server sent, waiting a while for it. */
	public int awaitCloseStatus() {
		return closeStatus.orTimeout(WAIT.toMillis(), TimeUnit.MILLISECONDS).join();
	}

	/** Closes the connection, without waiting for the server's answer. */
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
