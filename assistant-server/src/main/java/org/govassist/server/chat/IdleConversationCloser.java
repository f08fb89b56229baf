package org.govassist.server.chat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.govassist.server.system.ChatProperties;
import org.govassist.server.system.PeriodicJob;
import org.springframework.stereotype.Component;

/**
 * Closes conversations in which nothing happened for {@code assistant.chat.close-after-idle}
 * ({@code conversation.closed} by {@code timeout}), and sends the closing events to the citizen's
 * open connections. Conversations in which nothing was ever said are left open: there is nothing
 * to close.
 *
 * <p>On a cluster every node runs it: a conversation is closed only by the node whose conditional
 * update finds it still open and idle, so it is closed once, with one closing message.
 *
 * <p>Thread-safe.
 */
@Component
final class IdleConversationCloser implements PeriodicJob {

	private static final int BATCH = 100;

	private static final Duration LONGEST_INTERVAL = Duration.ofMinutes(1);

	private final ConversationStore store;

	private final Conversations conversations;

	private final ChatConnections connections;

	private final Duration closeAfterIdle;

	IdleConversationCloser(ConversationStore store, Conversations conversations, ChatConnections connections,
			ChatProperties properties) {
		this.store = store;
		this.conversations = conversations;
		this.connections = connections;
		this.closeAfterIdle = properties.closeAfterIdle();
	}

	@Override
	public String name() {
		return "closing idle conversations";
	}

	/** Often enough that a conversation is closed at most half its idle time late, at least once a minute. */
	@Override
	public Duration interval() {
		Duration half = closeAfterIdle.dividedBy(2);
		return half.compareTo(LONGEST_INTERVAL) < 0 ? half : LONGEST_INTERVAL;
	}

	@Override
	public void run() {
		OffsetDateTime inactiveSince = OffsetDateTime.now(ZoneOffset.UTC).minus(closeAfterIdle);
		List<UUID> idle;
		do {
			idle = store.idle(inactiveSince, BATCH);
			int closed = 0;
			for (UUID id : idle) {
				if (conversations.closeIfIdle(id, inactiveSince)) {
					connections.changed(id, null);
					closed++;
				}
			}
			if (closed == 0) {
				return;
			}
		}
		while (idle.size() == BATCH);
	}

}
