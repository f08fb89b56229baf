package org.govassist.server.chat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.govassist.server.system.ClusterSignals;
import org.govassist.server.system.NodeIdentity;
import org.govassist.server.system.OnCluster;
import org.govassist.server.system.PeriodicJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Brings what one node of a cluster records in a conversation (an agent's reply, a handoff's
 * progress, the closing) to the citizen's connections on the other nodes: every change is
 * signalled as "conversation X has new events", and each node catches its own connections to X
 * up from the database, each from the last event it was sent, in seq order and once (see
 * {@link ChatConnection#catchUp()}). Signals only wake up: in case one is lost, the connections to
 * every conversation written to lately are caught up every {@value #CATCH_UP_SECONDS} seconds.
 *
 * <p>Thread-safe; connections are caught up on a thread of this component's own, never on the
 * thread that delivers signals.
 */
@Component
@OnCluster
final class ClusterChatRecords implements PeriodicJob, DisposableBean {

	static final String TOPIC = "chat.record";

	private static final Logger log = LoggerFactory.getLogger(ClusterChatRecords.class);

	private static final int CATCH_UP_SECONDS = 5;

	private final ChatConnections connections;

	private final ConversationStore store;

	private final ClusterSignals signals;

	private final String node;

	private final ExecutorService catchingUp = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().name("chat-catch-up").daemon().factory());

	ClusterChatRecords(ChatConnections connections, ConversationStore store, ClusterSignals signals,
			NodeIdentity node) {
		this.connections = connections;
		this.store = store;
		this.signals = signals;
		this.node = node.name();
		signals.listen(TOPIC, this::received);
	}

	@EventListener
	void recorded(ChatConnections.RecordChanged changed) {
		signals.send(TOPIC, node + " " + changed.conversationId());
	}

	@Override
	public String name() {
		return "catching citizens up with what other nodes recorded";
	}

	@Override
	public Duration interval() {
		return Duration.ofSeconds(CATCH_UP_SECONDS);
	}

	@Override
	public void run() {
		OffsetDateTime since = OffsetDateTime.now(ZoneOffset.UTC).minus(interval().multipliedBy(3));
		for (UUID id : store.activeSince(since)) {
			if (connections.isOpenHere(id)) {
				catchingUp.execute(() -> connections.catchUp(id, null));
			}
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		catchingUp.shutdownNow();
		catchingUp.awaitTermination(5, TimeUnit.SECONDS);
	}

	private void received(String payload) {
		int space = payload.indexOf(' ');
		if (space < 0 || payload.substring(0, space).equals(node)) {
			return;
		}
		UUID id;
		try {
			id = UUID.fromString(payload.substring(space + 1));
		}
		catch (IllegalArgumentException ex) {
			log.warn("Ignoring the cluster signal {} {}", TOPIC, payload);
			return;
		}
		if (connections.isOpenHere(id)) {
			catchingUp.execute(() -> connections.catchUp(id, null));
		}
	}

}
