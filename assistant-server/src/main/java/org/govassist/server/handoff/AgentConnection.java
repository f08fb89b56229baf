package org.govassist.server.handoff;

import java.io.IOException;

import org.govassist.server.account.Account;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/**
 * One open agent console socket: whose it is, the login token it was opened with (to notice
 * when that ends) and where to send.
 *
 * <p>Thread-safe: the session is safe for concurrent sends.
 */
final class AgentConnection {

	private static final Logger log = LoggerFactory.getLogger(AgentConnection.class);

	private final WebSocketSession session;

	private final Account account;

	private final String token;

	private final String tokenHash;

	private final AgentJson json;

	/**
	 * @param session the socket, safe for concurrent sends
	 * @param account the agent
	 * @param token the login token the socket was opened with, kept in memory only
	 * @param tokenHash its hash
	 * @param json writes messages
	 */
	AgentConnection(WebSocketSession session, Account account, String token, String tokenHash, AgentJson json) {
		this.session = session;
		this.account = account;
		this.token = token;
		this.tokenHash = tokenHash;
		this.json = json;
	}

	/** The socket's id, unique on this node. */
	String id() {
		return session.getId();
	}

	Account account() {
		return account;
	}

	String username() {
		return account.username();
	}

	String token() {
		return token;
	}

	String tokenHash() {
		return tokenHash;
	}

	boolean isOpen() {
		return session.isOpen();
	}

	/** Sends a message; a socket that cannot take it is left to close by itself. */
	void send(ToAgent message) {
		if (session.isOpen()) {
			sendText(json.write(message));
		}
	}

	/** Sends a message already written as JSON, as {@link #send(ToAgent)} does. */
	void sendText(String message) {
		if (!session.isOpen()) {
			return;
		}
		try {
			session.sendMessage(new TextMessage(message));
		}
		catch (IOException | RuntimeException ex) {
			log.debug("Could not send to agent socket {}", session.getId(), ex);
		}
	}

	/** Closes the socket. */
	void close(CloseStatus status) {
		try {
			session.close(status);
		}
		catch (IOException ex) {
			log.debug("Could not close agent socket {}", session.getId(), ex);
		}
	}

}
