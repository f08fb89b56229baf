package org.govassist.server.chat;

import java.util.List;
import java.util.Map;

import org.govassist.server.JsonWebSocket;

import tools.jackson.databind.JsonNode;

/**
 * A citizen's client for tests: speaks {@code /ws/chat} over a {@link JsonWebSocket} and hands
 * out the server's messages one by one.
 */
public final class ChatClient implements AutoCloseable {

	private final JsonWebSocket socket;

	private ChatClient(int port, String origin) {
		this.socket = JsonWebSocket.open(port, "/ws/chat", origin == null ? Map.of() : Map.of("Origin", origin));
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
		socket.send(frame);
	}

	void send(Object message) {
		socket.send(message);
	}

	/** The next message from the server, waiting a while for it. */
	JsonNode next() {
		return socket.next();
	}

	/** Every message before the pong of a ping: all the server had to say before. */
	List<JsonNode> drainWithPing() {
		return socket.drainWithPing();
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
		return socket.closedByServer();
	}

	/** The close status the server sent, waiting a while for it. */
	int awaitCloseStatus() {
		return socket.awaitCloseStatus();
	}

	/** Closes the connection, without waiting for the server's answer. */
	@Override
	public void close() {
		socket.close();
	}

}
