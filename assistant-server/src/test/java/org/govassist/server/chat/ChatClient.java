package org.govassist.server.chat;

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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A citizen's client for tests: speaks {@code /ws/chat} with the JDK's WebSocket client and
 * hands out the server's messages one by one.
 */
public final class ChatClient implements AutoCloseable {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final BlockingQueue<String> received = new LinkedBlockingQueue<>();

	private final CompletableFuture<Integer> closeStatus = new CompletableFuture<>();

	private final WebSocket socket;

	private ChatClient(int port, String origin) {
		WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
		if (origin != null) {
			builder.header("Origin", origin);
		}
		this.socket = builder.buildAsync(URI.create("ws://localhost:" + port + "/ws/chat"), new Listener()).join();
	}

	/** Connects as a program does, without an {@code Origin}. */
	static ChatClient connect(int port) {
		return new ChatClient(port, null);
	}

	/** Connects as a browser showing a page of {@code origin} does. */
	static ChatClient connectFrom(String origin, int port) {
		return new ChatClient(port, origin);
	}

	/** Connects and says hello; returns the client with the {@code welcome} taken. */
	public static ChatClient started(int port) {
		ChatClient client = connect(port);
		client.send("{\"type\":\"hello\",\"protocol\":1}");
		JsonNode welcome = client.next();
		if (!"welcome".equals(welcome.path("type").asString())) {
			throw new AssertionError("expected a welcome, got " + welcome);
		}
		return client;
	}

	void send(String frame) {
		socket.sendText(frame, true).join();
	}

	void send(Object message) {
		send(JSON.writeValueAsString(message));
	}

	/** The next message from the server, waiting a while for it. */
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

	/**
	 * Sends a ping and returns every message that arrives before its pong: the server handles a
	 * connection's messages in order, so these are all it had to say before.
	 */
	List<JsonNode> drainWithPing() {
		send("{\"type\":\"ping\"}");
		List<JsonNode> before = new ArrayList<>();
		for (JsonNode message = next(); !"pong".equals(message.path("type").asString()); message = next()) {
			before.add(message);
		}
		return before;
	}

	/**
	 * Sends a message and returns every message the server sends before the pong of a ping sent
	 * after it (see {@link #drainWithPing()}): its reply.
	 */
	public List<JsonNode> exchange(Object message) {
		send(message);
		return drainWithPing();
	}

	/** Says something ({@code say}) and returns the server's reply, as {@link #exchange(Object)}. */
	public List<JsonNode> say(String id, String text) {
		return exchange(Map.of("type", "say", "id", id, "text", text));
	}

	/** The first of some messages that has a type; fails where none has. */
	public static JsonNode firstOfType(List<JsonNode> messages, String type) {
		return messages.stream()
			.filter(message -> type.equals(message.path("type").asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + type + " in " + messages));
	}

	/** Whether the server closed the connection. */
	boolean closedByServer() {
		return closeStatus.isDone();
	}

	/** The close status the server sent, waiting a while for it. */
	int awaitCloseStatus() {
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
