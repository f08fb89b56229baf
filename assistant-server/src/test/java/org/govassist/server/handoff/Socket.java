package org.govassist.server.handoff;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.govassist.server.JsonWebSocket;

import tools.jackson.databind.JsonNode;

/**
 * A WebSocket client for tests of the handoff: a citizen on {@code /ws/chat} or an agent on
 * {@code /ws/agent}, over a {@link JsonWebSocket}.
 */
final class Socket implements AutoCloseable {

	private final JsonWebSocket socket;

	private JsonNode state;

	private Socket(int port, String path, Map<String, String> headers) {
		this.socket = JsonWebSocket.open(port, path, headers);
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
		if (message instanceof String frame) {
			socket.send(frame);
		}
		else {
			socket.send(message);
		}
	}

	/** The next message, waiting a while for it. */
	JsonNode next() {
		return socket.next();
	}

	/** The next message of a type, skipping the others. */
	JsonNode next(String type) {
		return next(message -> type.equals(message.path("type").asString()));
	}

	/** The next message that matches, skipping the others. */
	JsonNode next(Predicate<JsonNode> wanted) {
		return socket.next(wanted);
	}

	/** The next message of a type about a conversation, skipping the others. */
	JsonNode next(String type, String conversationId) {
		return next(message -> type.equals(message.path("type").asString())
				&& conversationId.equals(message.path("conversationId").asString()));
	}

	/** Every message before the {@code pong} of a {@code ping}: all the server had to say before. */
	List<JsonNode> drain() {
		return socket.drainWithPing();
	}

	/** The close status the server sent, waiting a while for it. */
	int awaitCloseStatus() {
		return socket.awaitCloseStatus();
	}

	@Override
	public void close() {
		socket.close();
	}

}
