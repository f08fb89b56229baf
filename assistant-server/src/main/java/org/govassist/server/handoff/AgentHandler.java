package org.govassist.server.handoff;

import java.io.IOException;

import jakarta.websocket.Session;

import org.govassist.server.account.Account;
import org.govassist.server.system.BearerToken;
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
 * The agent WebSocket, {@code /ws/agent}: one JSON message per text frame, as docs/protocol.md
 * describes. Errors are reported and never close the socket; a frame over
 * {@value AgentJson#MAX_FRAME_BYTES} bytes closes it with 1009, and a socket silent for longer than
 * {@code assistant.chat.socket-idle-timeout} is closed, as on the citizen socket. Messages but
 * {@code ping} count against the agent's flood limit ({@link AgentRateLimits}).
 *
 * <p>Thread-safe: one instance serves every socket; a socket's own state lives in its
 * {@link AgentConnection}.
 */
@Component
final class AgentHandler extends TextWebSocketHandler {

	private static final Logger log = LoggerFactory.getLogger(AgentHandler.class);

	private static final String CONNECTION = AgentConnection.class.getName();

	private static final int SEND_TIME_LIMIT_MILLIS = 10_000;

	private static final int SEND_BUFFER_LIMIT_BYTES = 1024 * 1024;

	private final AgentMessageReader reader;

	private final AgentConnections connections;

	private final HandoffDesk desk;

	private final AgentJson json;

	private final ChatProperties chat;

	private final AgentRateLimits rateLimits;

	AgentHandler(AgentMessageReader reader, AgentConnections connections, HandoffDesk desk, AgentJson json,
			ChatProperties chat, AgentRateLimits rateLimits) {
		this.reader = reader;
		this.connections = connections;
		this.desk = desk;
		this.json = json;
		this.chat = chat;
		this.rateLimits = rateLimits;
	}

	@Override
	public void afterConnectionEstablished(WebSocketSession session) {
		if (session instanceof NativeWebSocketSession standard && standard.getNativeSession(Session.class) != null) {
			standard.getNativeSession(Session.class).setMaxIdleTimeout(chat.socketIdleTimeout().toMillis());
		}
		Account account = (Account) session.getAttributes().get(AgentHandshake.ACCOUNT);
		String token = (String) session.getAttributes().get(AgentHandshake.TOKEN);
		AgentConnection connection = new AgentConnection(
				new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MILLIS, SEND_BUFFER_LIMIT_BYTES),
				account, token, BearerToken.hash(token), json);
		session.getAttributes().put(CONNECTION, connection);
		connections.add(connection);
		log.info("Agent {} connected", account.username());
		desk.connected(connection);
	}

	@Override
	public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
		AgentConnection connection = connection(session);
		if (connection != null && connections.remove(connection)) {
			log.info("Agent {} disconnected", connection.username());
			desk.disconnected(connection);
		}
	}

	@Override
	protected void handleTextMessage(WebSocketSession session, TextMessage frame) throws IOException {
		if (frame.getPayloadLength() > AgentJson.MAX_FRAME_BYTES) {
			session.close(CloseStatus.TOO_BIG_TO_PROCESS);
			return;
		}
		AgentConnection connection = connection(session);
		String replyTo = null;
		try {
			FromAgent message = reader.read(frame.getPayload());
			replyTo = message.id();
			if (!(message instanceof FromAgent.Ping)) {
				rateLimits.count(connection.username(), replyTo);
			}
			switch (message) {
				case FromAgent.Status status -> desk.status(connection, status.status());
				case FromAgent.Pick pick -> desk.pick(connection, pick);
				case FromAgent.Say say -> desk.say(connection, say);
				case FromAgent.Transfer transfer -> desk.transfer(connection, transfer);
				case FromAgent.Close close -> desk.close(connection, close);
				case FromAgent.Ping ping -> connection.send(new ToAgent.Pong());
			}
		}
		catch (AgentException ex) {
			connection.send(new ToAgent.Error(ex.replyTo(), ex.code(), ex.getMessage()));
		}
		catch (RuntimeException ex) {
			log.error("Agent message not handled", ex);
			connection.send(new ToAgent.Error(replyTo, AgentError.UNAVAILABLE, HandoffTexts.UNAVAILABLE));
		}
	}

	private static AgentConnection connection(WebSocketSession session) {
		return (AgentConnection) session.getAttributes().get(CONNECTION);
	}

}
