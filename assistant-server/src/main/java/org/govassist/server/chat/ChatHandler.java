package org.govassist.server.chat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;

import jakarta.websocket.Session;

import org.govassist.server.system.ChatProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * The citizen WebSocket, {@code /ws/chat}: one JSON message per text frame, answered as
 * docs/protocol.md describes. Errors are reported to the client and never close the connection;
 * only a frame over {@value #MAX_FRAME_BYTES} bytes does, with status 1009, and a socket silent for
 * longer than {@code assistant.chat.socket-idle-timeout} is closed.
 *
 * <p>Thread-safe: one instance serves every connection; a connection's own state lives in its
 * {@link ChatConnection}.
 */
@Component
final class ChatHandler extends TextWebSocketHandler {

	/** The largest frame accepted, in bytes of UTF-8. */
	static final int MAX_FRAME_BYTES = 8 * 1024;

	private static final Logger log = LoggerFactory.getLogger(ChatHandler.class);

	private static final String CONNECTION = ChatConnection.class.getName();

	private static final int SEND_TIME_LIMIT_MILLIS = 10_000;

	private static final int SEND_BUFFER_LIMIT_BYTES = 512 * 1024;

	private final ClientMessageReader reader;

	private final Conversations conversations;

	private final ChatConnections connections;

	private final ChatJson json;

	private final PopularMatters popularMatters;

	private final ChatRateLimits rateLimits;

	private final String greeting;

	private final Duration socketIdleTimeout;

	ChatHandler(ClientMessageReader reader, Conversations conversations, ChatConnections connections, ChatJson json,
			PopularMatters popularMatters, ChatRateLimits rateLimits, ChatProperties properties) {
		this.reader = reader;
		this.conversations = conversations;
		this.connections = connections;
		this.json = json;
		this.popularMatters = popularMatters;
		this.rateLimits = rateLimits;
		this.greeting = properties.greeting().text();
		this.socketIdleTimeout = properties.socketIdleTimeout();
	}

	@Override
	public void afterConnectionEstablished(WebSocketSession session) {
		if (session instanceof NativeWebSocketSession standard && standard.getNativeSession(Session.class) != null) {
			standard.getNativeSession(Session.class).setMaxIdleTimeout(socketIdleTimeout.toMillis());
		}
		session.getAttributes().put(CONNECTION, new ChatConnection(
				new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MILLIS, SEND_BUFFER_LIMIT_BYTES),
				address(session), conversations, json));
	}

	@Override
	public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
		connections.remove(connection(session));
	}

	@Override
	protected void handleTextMessage(WebSocketSession session, TextMessage frame) throws IOException {
		if (frame.getPayloadLength() > MAX_FRAME_BYTES) {
			session.close(CloseStatus.TOO_BIG_TO_PROCESS);
			return;
		}
		ChatConnection connection = connection(session);
		connection.lock();
		try {
			handle(connection, frame.getPayload());
		}
		finally {
			connection.unlock();
		}
	}

	private void handle(ChatConnection connection, String frame) throws IOException {
		String replyTo = null;
		try {
			ClientMessage message = reader.read(frame);
			replyTo = message.id();
			if (!(message instanceof ClientMessage.Ping)) {
				rateLimits.count(connection.address(), connection.conversationId(), replyTo);
			}
			switch (message) {
				case ClientMessage.Hello hello -> hello(connection, hello);
				case ClientMessage.Say say -> act(connection, say,
						id -> conversations.say(id, say.id(), say.text(), say.contact()));
				case ClientMessage.Choose choose ->
					act(connection, choose, id -> conversations.choose(id, choose.id(), choose.guideId()));
				case ClientMessage.Handoff handoff ->
					act(connection, handoff,
						id -> conversations.handoff(id, handoff.id(), handoff.reason(), handoff.contact()));
				case ClientMessage.Rate rate -> act(connection, rate, id -> conversations.rate(id, rate));
				case ClientMessage.Close close -> act(connection, close, id -> conversations.close(id, close.id()));
				case ClientMessage.Ping ping -> connection.send(new ServerMessage.Pong());
			}
		}
		catch (ChatException ex) {
			connection.send(new ServerMessage.ErrorMessage(ex.replyTo(), ex.code(), ex.getMessage()));
		}
		catch (RuntimeException ex) {
			// A failure of ours, not the client's: report it and keep the connection for a retry.
			log.error("Chat message not handled", ex);
			connection.send(new ServerMessage.ErrorMessage(replyTo, ErrorCode.UNAVAILABLE, "服务暂时不可用，请稍后再试。"));
		}
	}

	private void hello(ChatConnection connection, ClientMessage.Hello hello) throws IOException {
		if (connection.conversationId() != null) {
			throw new ChatException(ErrorCode.BAD_REQUEST, "会话已经建立，无需再次发送 hello。", null);
		}
		Conversations.Opened opened = conversations.open(hello.token());
		connection.opened(opened.id(), Math.min(hello.lastSeq(), opened.lastSeq()));
		connections.add(connection);
		connection.send(new ServerMessage.Welcome(opened.id(), opened.token(), opened.lastSeq(),
				new ServerMessage.Greeting(greeting, popularMatters.current())));
		connection.sendMissed();
	}

	/**
	 * Acts on a client message that belongs to the conversation: acknowledges it, sends what it
	 * recorded and catches up the conversation's other connections.
	 */
	private void act(ChatConnection connection, ClientMessage message, Function<UUID, Conversations.Outcome> action)
			throws IOException {
		String replyTo = message.id();
		UUID conversationId = connection.conversationId();
		if (conversationId == null) {
			throw new ChatException(ErrorCode.BAD_REQUEST, "会话尚未建立，请先发送 hello。", replyTo);
		}
		Conversations.Outcome outcome = action.apply(conversationId);
		connection.send(new ServerMessage.Ack(replyTo, outcome.ackSeq()));
		connection.deliver(outcome.events(), outcome.ackSeq());
		if (!outcome.events().isEmpty()) {
			connections.changed(conversationId, connection);
		}
	}

	private static ChatConnection connection(WebSocketSession session) {
		return (ChatConnection) session.getAttributes().get(CONNECTION);
	}

	private static String address(WebSocketSession session) {
		InetSocketAddress remote = session.getRemoteAddress();
		return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
	}

}
