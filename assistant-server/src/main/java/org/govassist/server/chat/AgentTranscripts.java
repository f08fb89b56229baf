package org.govassist.server.chat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.govassist.kb.ConsultationEngine;
import org.govassist.kb.GuideRef;
import org.govassist.kb.guide.Guide;
import org.govassist.server.chat.ConversationStore.HandoffRow;
import org.govassist.server.rating.Rating;
import org.govassist.server.rating.RatingStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The conversations' records as the handoff to helpdesk agents reads and writes them: queueing,
 * assigning, the agents' words, closing by an agent, and what the citizen is told meanwhile. Each
 * change runs in a transaction holding the conversation's lock, like the citizen's own messages,
 * so seqs stay in order whoever writes; the citizen's open connections are caught up once it
 * committed.
 *
 * <p>Thread-safe.
 */
@Component
public final class AgentTranscripts {

	/** The topic of a conversation without a matter: any agent may take it. */
	public static final String GENERAL_TOPIC = "综合";

	private final ConversationStore store;

	private final ChatJson json;

	private final TransactionTemplate transaction;

	private final ChatConnections connections;

	private final ConsultationEngine engine;

	private final RatingStore ratings;

	AgentTranscripts(ConversationStore store, ChatJson json, TransactionTemplate transaction,
			ChatConnections connections, ConsultationEngine engine, RatingStore ratings) {
		this.store = store;
		this.json = json;
		this.transaction = transaction;
		this.connections = connections;
		this.engine = engine;
		this.ratings = ratings;
	}

	/**
	 * Changes one conversation in a transaction holding its lock, then catches up the citizen's
	 * connections when events were recorded.
	 *
	 * @param conversationId the conversation
	 * @param work reads and changes it; may throw to roll back
	 * @return what the work returned, or empty when the conversation does not exist
	 */
	public <T> Optional<T> change(UUID conversationId, Function<Change, T> work) {
		return change(conversationId, null, work);
	}

	/**
	 * Changes one conversation like {@link #change(UUID, Function)}, recording the first event
	 * appended with the id of the agent's message that caused it, so that a retry of that message
	 * is recognised by {@link Change#agentMessageOf(String)}, even after a restart.
	 *
	 * @param conversationId the conversation
	 * @param clientId the agent message's id, or {@code null}
	 * @param work reads and changes it; may throw to roll back
	 * @return what the work returned, or empty when the conversation does not exist
	 */
	public <T> Optional<T> change(UUID conversationId, String clientId, Function<Change, T> work) {
		Change change = new Change();
		Optional<T> result = Optional.ofNullable(transaction.execute(status -> {
			OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
			if (!store.lock(conversationId, now)) {
				return null;
			}
			change.transcript = new Transcript(conversationId, now, clientId, store, json);
			T done = work.apply(change);
			change.transcript.saveState();
			return done;
		}));
		if (change.transcript != null && !change.transcript.appended().isEmpty()) {
			connections.changed(conversationId, null);
		}
		return result;
	}

	/** Every event of the conversation so far, as sent to the citizen (JSON), in order. */
	public List<String> transcript(UUID conversationId) {
		return eventsAfter(conversationId, 0);
	}

	/**
	 * The events of the conversation after a seq, as sent to the citizen (JSON), in order.
	 *
	 * @param conversationId the conversation
	 * @param seq the last seq not wanted, 0 for all
	 */
	public List<String> eventsAfter(UUID conversationId, long seq) {
		return store.eventsAfter(conversationId, seq).stream().map(StoredEvent::json).toList();
	}

	/** The guides the bot answered with in the conversation, the latest first, each once. */
	public List<GuideRef> guides(UUID conversationId) {
		Map<String, GuideRef> guides = new LinkedHashMap<>();
		for (String guideId : store.answeredGuides(conversationId)) {
			engine.guide(guideId).ifPresent(guide -> guides.putIfAbsent(guide.id(), new GuideRef(guide.id(), guide.title())));
		}
		return List.copyOf(guides.values());
	}

	/**
	 * The topic of a conversation about a guide: the guide's category.
	 *
	 * @param guideId the guide, or {@code null}
	 * @return the category, or {@link #GENERAL_TOPIC} without a guide or category
	 */
	String topicOf(String guideId) {
		return Optional.ofNullable(guideId)
			.flatMap(engine::guide)
			.map(Guide::category)
			.filter(category -> !category.isBlank())
			.orElse(GENERAL_TOPIC);
	}

	/**
	 * One conversation, locked for a change. Not thread-safe: lives in one transaction.
	 */
	public final class Change {

		private Transcript transcript;

		private Change() {
		}

		/** The conversation. */
		public UUID id() {
			return transcript.id();
		}

		/** The time of the change. */
		public OffsetDateTime now() {
			return transcript.now();
		}

		/**
		 * The seq of the agent's words recorded for a message id, if that {@code say} was
		 * recorded before.
		 *
		 * @param clientId the {@code say}'s id
		 */
		public Optional<Long> agentMessageOf(String clientId) {
			return store.eventOfClientId(transcript.id(), clientId)
				.filter(event -> event.type().equals(ServerMessage.AgentMessage.TYPE))
				.map(ConversationStore.RecordedEvent::seq);
		}

		/** Whether it waits in the queue. */
		public boolean isQueued() {
			return transcript.state() == ConversationState.QUEUED;
		}

		/** Whether it is closed. */
		public boolean isClosed() {
			return transcript.state() == ConversationState.CLOSED;
		}

		/** The username of the agent holding it, or {@code null} when no agent does. */
		public String agent() {
			return transcript.state() == ConversationState.WITH_AGENT ? transcript.handoff().agent() : null;
		}

		/** The skill it needs. */
		public String topic() {
			String topic = transcript.handoff().topic();
			return topic != null ? topic : topicOf(transcript.currentGuideId());
		}

		/** While queued, since when; else {@code null}. */
		public OffsetDateTime queuedAt() {
			return transcript.handoff().queuedAt();
		}

		/**
		 * Puts the conversation (back) in the queue, telling the citizen why when there is a
		 * notice.
		 *
		 * @param topic the skill it needs
		 * @param rank its place: lower goes first
		 * @param notice what the citizen is told, or {@code null}
		 */
		public void queue(String topic, long rank, String notice) {
			if (notice != null) {
				transcript.append(seq -> ServerMessage.BotFallback.notice(seq, null, notice));
			}
			HandoffRow row = transcript.handoff();
			transcript.setHandoff(new HandoffRow(row.agent(), topic, transcript.now(), rank, null, null, null, null));
			transcript.setState(ConversationState.QUEUED);
		}

		/**
		 * Gives the conversation to an agent: {@code agent.joined} for the citizen, who now waits
		 * for the agent's first words.
		 *
		 * @param agent the agent's username
		 * @param agentName the agent's display name
		 * @return the seq of {@code agent.joined}
		 */
		public long assign(String agent, String agentName) {
			long seq = transcript.append(next -> new ServerMessage.AgentJoined(next, agentName));
			transcript.setHandoff(new HandoffRow(agent, topic(), null, null, null, null, transcript.now(), null));
			transcript.setState(ConversationState.WITH_AGENT);
			return seq;
		}

		/**
		 * Records the words of the agent holding the conversation; the citizen no longer waits.
		 *
		 * @return the seq of the {@code agent.message}
		 */
		public long agentSays(String agentName, String text) {
			long seq = transcript.append(next -> new ServerMessage.AgentMessage(next, text, agentName));
			transcript.setHandoff(transcript.handoff().waitOver());
			return seq;
		}

		/** Records a notice of the bot for the citizen, e.g. that their agent is being replaced. */
		public void notice(String text) {
			transcript.append(seq -> ServerMessage.BotFallback.notice(seq, null, text));
		}

		/**
		 * Tells the citizen their place in the queue and the estimated wait, unless that is what
		 * they were last told.
		 *
		 * @return whether a {@code handoff.queued} was recorded
		 */
		public boolean tellPlace(int position, int estimatedWaitSeconds) {
			HandoffRow row = transcript.handoff();
			if (Integer.valueOf(position).equals(row.queuePosition())
					&& Integer.valueOf(estimatedWaitSeconds).equals(row.queueEstimate())) {
				return false;
			}
			transcript.append(seq -> new ServerMessage.HandoffQueued(seq, position, estimatedWaitSeconds));
			transcript.setHandoff(new HandoffRow(row.agent(), row.topic(), row.queuedAt(), row.queueRank(), position,
					estimatedWaitSeconds, row.awaitingReplySince(), row.alertLevel()));
			return true;
		}

		/**
		 * Ends the conversation on the agent's side: {@code conversation.closed} by {@code agent},
		 * then a request to rate it unless it is rated already.
		 */
		public void closeByAgent() {
			transcript.append(seq -> new ServerMessage.ConversationClosed(seq, ClosedBy.AGENT));
			if (ratings.clientIdOf(transcript.id(), Rating.WHOLE_CONVERSATION).isEmpty()) {
				transcript.append(seq -> new ServerMessage.RatingRequested(seq, null));
			}
			transcript.setHandoff(transcript.handoff().waitOver());
			transcript.setState(ConversationState.CLOSED);
		}

	}

}
