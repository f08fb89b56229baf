package org.govassist.server.chat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.LongFunction;

import org.govassist.server.chat.ConversationStore.ConversationRow;

/**
 * One conversation's record, locked and open for writing within one transaction: appends events
 * with the next seqs and changes the conversation's state, which is written back by
 * {@link #saveState}. The first event appended for a client message carries that message's id,
 * so that a retry finds it.
 *
 * <p>Not thread-safe: lives in one transaction on one thread.
 */
final class Transcript {

	private final UUID id;

	private final OffsetDateTime now;

	private final String clientId;

	private final ConversationStore store;

	private final ChatJson json;

	private final List<StoredEvent> appended = new ArrayList<>();

	private final ConversationRow before;

	private ConversationRow row;

	private ConversationStore.HandoffRow handoffBefore;

	private ConversationStore.HandoffRow handoff;

	private long lastSeq;

	Transcript(UUID id, OffsetDateTime now, String clientId, ConversationStore store, ChatJson json) {
		this.id = id;
		this.now = now;
		this.clientId = clientId;
		this.store = store;
		this.json = json;
		this.before = store.row(id);
		this.row = before;
		this.lastSeq = store.lastSeq(id);
	}

	UUID id() {
		return id;
	}

	OffsetDateTime now() {
		return now;
	}

	ConversationState state() {
		return row.state();
	}

	String currentGuideId() {
		return row.currentGuideId();
	}

	int fallbacksInRow() {
		return row.fallbacksInRow();
	}

	/**
	 * Appends an event with the next seq.
	 *
	 * @param message makes the event from its seq
	 * @return the event's seq
	 */
	long append(LongFunction<? extends ServerMessage> message) {
		return append(message, null);
	}

	/**
	 * Appends a {@code bot.answer} or other event about a guide with the next seq.
	 *
	 * @param message makes the event from its seq
	 * @param guideId the guide the event is about, or {@code null}
	 * @return the event's seq
	 */
	long append(LongFunction<? extends ServerMessage> message, String guideId) {
		long seq = lastSeq + 1;
		ServerMessage event = message.apply(seq);
		String payload = json.write(event);
		store.append(id, seq, event.type(), appended.isEmpty() ? clientId : null, guideId, payload, now);
		appended.add(new StoredEvent(seq, payload));
		lastSeq = seq;
		return seq;
	}

	/** The conversation's handoff to agents. */
	ConversationStore.HandoffRow handoff() {
		if (handoff == null) {
			handoffBefore = store.handoff(id);
			handoff = handoffBefore;
		}
		return handoff;
	}

	void setHandoff(ConversationStore.HandoffRow changed) {
		handoff();
		handoff = changed;
	}

	void setState(ConversationState state) {
		row = new ConversationRow(state, row.currentGuideId(), row.fallbacksInRow());
	}

	void setCurrentGuideId(String guideId) {
		row = new ConversationRow(row.state(), guideId, row.fallbacksInRow());
	}

	void setFallbacksInRow(int fallbacks) {
		row = new ConversationRow(row.state(), row.currentGuideId(), fallbacks);
	}

	/** Writes the conversation's state and handoff back when they changed. */
	void saveState() {
		if (!row.equals(before)) {
			store.update(id, row);
		}
		if (handoff != null && !handoff.equals(handoffBefore)) {
			store.updateHandoff(id, handoff);
		}
	}

	/** The events appended, in order. */
	List<StoredEvent> appended() {
		return List.copyOf(appended);
	}

}
