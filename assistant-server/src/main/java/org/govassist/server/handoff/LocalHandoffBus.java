package org.govassist.server.handoff;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govassist.server.system.OnSingleNode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The handoff bus of a single node: delivers straight to the agent sockets open here.
 *
 * <p>Thread-safe.
 */
@Component
@OnSingleNode
final class LocalHandoffBus implements HandoffBus {

	private final AgentConnections connections;

	private final DeskViews views;

	private final ApplicationEventPublisher events;

	/** What the agents were last sent as the queue ({@link DeskViews#queueKey}); guarded by {@code this}. */
	private List<List<Object>> lastQueue = List.of();

	LocalHandoffBus(AgentConnections connections, DeskViews views, ApplicationEventPublisher events) {
		this.connections = connections;
		this.views = views;
		this.events = events;
	}

	@Override
	public void toAgent(String username, ToAgent message, String exceptSocket) {
		connections.send(username, message, exceptSocket);
	}

	@Override
	public void toAllAgents(ToAgent message) {
		connections.sendToAll(message);
	}

	@Override
	public synchronized void queueChanged() {
		List<ToAgent.QueueItem> items = views.queueItems();
		List<List<Object>> key = DeskViews.queueKey(items);
		if (!key.equals(lastQueue)) {
			lastQueue = key;
			connections.sendToAll(new ToAgent.QueueChanged(items));
		}
	}

	@Override
	public void consoleOpened(AgentConnection connection, ToAgent.AgentState state, Map<UUID, Long> chatIds) {
		// Every message reaches the console straight away: nothing to catch up later.
	}

	@Override
	public void consoleClosed(AgentConnection connection) {
	}

	@Override
	public void loginEnded(AgentLoginEnded ended) {
		events.publishEvent(ended);
	}

}
