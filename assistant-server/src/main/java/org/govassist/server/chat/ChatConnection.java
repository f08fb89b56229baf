package org.govassist.server.chat;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/**
 * One open citizen WebSocket: where to send, the conversation once {@code hello} opened it, and
 * how far the client has been sent that conversation's record.
 *
 * <p>Every event of the record reaches the client once and in seq order, whether it comes from
 * this connection's own messages or from elsewhere (another tab, the idle timeout): the client's
 * own messages are handled with the {@linkplain #lock() send lock} held, and a change made
 * elsewhere {@linkplain #catchUp() catches the connection up} from the database as soon as the
 * lock is free.
 *
 * <p>Thread-safe.
 */
final class ChatConnection {

	private static final Logger log = LoggerFactory.getLogger(ChatConnection.class);

	private final WebSocketSession session;

	private final String address;

	private final Conversations conversations;

	private final ChatJson json;

	private final ReentrantLock sending = new ReentrantLock();

	private final AtomicBoolean behind = new AtomicBoolean();

	private volatile UUID conversationId;

	/** The last seq sent to the client; guarded by {@link #sending}. */
	private long delivered;

	/**
	 * @param session the WebSocket, safe for concurrent sends
	 * @param address the client's IP address
	 * @param conversations where the record is read from
	 * @param json writes messages
	 */
	ChatConnection(WebSocketSession session, String address, Conversations conversations, ChatJson json) {
		this.session = session;
		this.address = address;
		this.conversations = conversations;
		this.json = json;
	}

	/** The conversation, or {@code null} before {@code hello}. */
	UUID conversationId() {
		return conversationId;
	}

	/** The client's IP address. */
	String address() {
		return address;
	}

	/**
	 * Takes the send lock, for handling one of the client's messages; {@link #unlock()} releases
	 * it.
	 */
	void lock() {
		sending.lock();
	}

	/** Releases the send lock and sends whatever was recorded elsewhere meanwhile. */
	void unlock() {
		sending.unlock();
		drain();
	}

	/**
	 * Binds the connection to a conversation whose record the client has seen up to a seq. Called
	 * with the send lock held.
	 */
	void opened(UUID id, long seen) {
		conversationId = id;
		delivered = seen;
	}

	/** Sends a message that is not part of the record. */
	void send(ServerMessage message) throws IOException {
		session.sendMessage(new TextMessage(json.write(message)));
	}

	/**
	 * Sends events just recorded by this connection's own message, after whatever else the
	 * client has not been sent. Called with the send lock held.
	 *
	 * @param recorded the events, in order
	 * @param acknowledged the seq of the citizen's words the {@code ack} stood for, not sent again;
	 * or {@code null}
	 */
	void deliver(List<StoredEvent> recorded, Long acknowledged) throws IOException {
		if (recorded.isEmpty()) {
			return;
		}
		boolean upToDate = recorded.getFirst().seq() == delivered + 1;
		send(upToDate ? recorded : conversations.eventsAfter(conversationId, delivered), acknowledged);
	}

	/** Sends every event the client has not been sent. Called with the send lock held. */
	void sendMissed() throws IOException {
		send(conversations.eventsAfter(conversationId, delivered), null);
	}

	/**
	 * The record changed elsewhere: sends the client what it has not been sent, now or, when the
	 * connection is busy with its own message, as soon as that is done.
	 */
	void catchUp() {
		behind.set(true);
		drain();
	}

	private void drain() {
		while (behind.get() && sending.tryLock()) {
			try {
				if (behind.getAndSet(false) && conversationId != null && session.isOpen()) {
					sendMissed();
				}
			}
			catch (IOException | RuntimeException ex) {
				log.debug("Could not catch up chat connection {}", session.getId(), ex);
			}
			finally {
				sending.unlock();
			}
		}
	}

	private void send(List<StoredEvent> events, Long acknowledged) throws IOException {
		for (StoredEvent event : events) {
			if (event.seq() <= delivered) {
				continue;
			}
			if (acknowledged == null || event.seq() != acknowledged) {
				session.sendMessage(new TextMessage(event.json()));
			}
			delivered = event.seq();
		}
	}

}
