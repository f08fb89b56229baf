package org.govassist.server.chat;

import java.io.IOException;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * The citizen WebSocket, {@code /ws/chat}: one JSON message per text frame, answered as
 * docs/protocol.md describes. Errors are reported to the client and never close the connection;
 * only a frame over {@value #MAX_FRAME_BYTES} bytes does, with status 1009.
 *
 * <p>Thread-safe: one instance serves every connection; a connection's own state lives in its
 * session.
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

	private final ChatJson json;

	ChatHandler(ClientMessageReader reader, Conversations conversations, ChatJson json) {
		this.reader = reader;
		this.conversations = conversations;
		this.json = json;
	}

	@Override
	public void afterConnectionEstablished(WebSocketSession session) {
		session.getAttributes().put(CONNECTION, new ChatConnection(
				new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MILLIS, SEND_BUFFER_LIMIT_BYTES)));
	}

	@Override
	protected void handleTextMessage(WebSocketSession session, TextMessage frame) throws IOException {
		if (frame.getPayloadLength() > MAX_FRAME_BYTES) {
			session.close(CloseStatus.TOO_BIG_TO_PROCESS);
			return;
		}
		ChatConnection connection = (ChatConnection) session.getAttributes().get(CONNECTION);
		String replyTo = null;
		try {
			ClientMessage message = reader.read(frame.getPayload());
			switch (message) {
				case ClientMessage.Hello hello -> hello(connection, hello);
				case ClientMessage.Say say -> {
					replyTo = say.id();
					say(connection, say);
				}
				case ClientMessage.Choose choose -> {
					replyTo = choose.id();
					choose(connection, choose);
				}
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
		connection.opened(opened.id());
		connection.send(new ServerMessage.Welcome(opened.id(), opened.token(), opened.lastSeq()));
		for (String event : conversations.eventsAfter(opened.id(), hello.lastSeq())) {
			connection.sendJson(event);
		}
	}

	private void say(ChatConnection connection, ClientMessage.Say say) throws IOException {
		Conversations.Turn turn = conversations.say(conversation(connection, say.id()), say.id(), say.text());
		connection.send(new ServerMessage.Ack(say.id(), turn.seq()));
		if (turn.newReply().isPresent()) {
			connection.sendJson(turn.newReply().get());
		}
	}

	private void choose(ChatConnection connection, ClientMessage.Choose choose) throws IOException {
		var answer = conversations.choose(conversation(connection, choose.id()), choose.id(), choose.guideId());
		connection.send(new ServerMessage.Ack(choose.id(), null));
		if (answer.isPresent()) {
			connection.sendJson(answer.get());
		}
	}

	private static UUID conversation(ChatConnection connection, String replyTo) {
		UUID id = connection.conversationId();
		if (id == null) {
			throw new ChatException(ErrorCode.BAD_REQUEST, "会话尚未建立，请先发送 hello。", replyTo);
		}
		return id;
	}

	/** One open connection: where to send, and the conversation once {@code hello} opened it. */
	private final class ChatConnection {

		private final WebSocketSession session;

		private volatile UUID conversationId;

		ChatConnection(WebSocketSession session) {
			this.session = session;
		}

		UUID conversationId() {
			return conversationId;
		}

		void opened(UUID id) {
			conversationId = id;
		}

		void send(ServerMessage message) throws IOException {
			sendJson(json.write(message));
		}

		void sendJson(String message) throws IOException {
			session.sendMessage(new TextMessage(message));
		}

	}

}
