package org.govassist.server.handoff;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.govassist.server.chat.AgentTranscripts;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * What agents' consoles are shown, read from the database: the queue, and a conversation held
 * with its record and guides.
 *
 * <p>Thread-safe.
 */
@Component
final class DeskViews {

	private final HandoffStore store;

	private final AgentTranscripts transcripts;

	private final AgentJson json;

	DeskViews(HandoffStore store, AgentTranscripts transcripts, AgentJson json) {
		this.store = store;
		this.transcripts = transcripts;
		this.json = json;
	}

	/** The conversations waiting, next first, as agents see them. */
	List<ToAgent.QueueItem> queueItems() {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		return store.queue()
			.stream()
			.map(waiting -> new ToAgent.QueueItem(waiting.conversationId(),
					Math.max(0, Duration.between(waiting.queuedAt(), now).toSeconds()), waiting.topic(),
					waiting.alertLevel()))
			.toList();
	}

	/**
	 * What tells two queues apart for an agent: the conversations, their order, topics and alerts,
	 * not the waiting times, which change every second.
	 */
	static List<List<Object>> queueKey(List<ToAgent.QueueItem> items) {
		return items.stream()
			.map(item -> List.<Object>of(item.conversationId(), item.topic(), String.valueOf(item.alert())))
			.toList();
	}

	/** A conversation held, with every event so far. */
	ToAgent.AssignedView assigned(UUID id, String topic, long waitingSeconds) {
		List<JsonNode> transcript = transcripts.transcript(id).stream().map(json::readStored).toList();
		return new ToAgent.AssignedView(id, topic, transcript, transcripts.guides(id), waitingSeconds);
	}

	/** A conversation an agent holds, as {@code agent.state} shows it. */
	ToAgent.AssignedView held(HandoffStore.Held chat) {
		return assigned(chat.conversationId(), chat.topic(), secondsSince(chat.awaitingReplySince()));
	}

	/** The seq of the last event in a view's record, 0 for none. */
	static long lastSeq(ToAgent.AssignedView view) {
		return view.transcript().isEmpty() ? 0 : view.transcript().getLast().path("seq").asLong();
	}

	private static long secondsSince(OffsetDateTime since) {
		return since == null ? 0
				: Math.max(0, Duration.between(since, OffsetDateTime.now(ZoneOffset.UTC)).toSeconds());
	}

}
