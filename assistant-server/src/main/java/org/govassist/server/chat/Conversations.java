package org.govassist.server.chat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.govassist.kb.Answer;
import org.govassist.kb.Clarify;
import org.govassist.kb.ConsultationEngine;
import org.govassist.kb.Decision;
import org.govassist.kb.Fallback;
import org.govassist.kb.guide.Guide;
import org.govassist.server.chat.ConversationStore.ConversationRow;
import org.govassist.server.chat.ConversationStore.RecordedEvent;
import org.govassist.server.editor.GapInbox;
import org.govassist.server.privacy.PersonalDataMasker;
import org.govassist.server.rating.Rating;
import org.govassist.server.rating.RatingStore;
import org.govassist.server.system.BearerToken;
import org.govassist.server.system.ChatProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Citizen conversations: opening and resuming them, and turning what the citizen says, picks,
 * asks for and rates into recorded events and the bot's replies.
 *
 * <p>Every event is stored before it is acknowledged. A client message id is acted on once: the
 * citizen's message and every reply to it are stored in one transaction, so a retry finds all or
 * none. Personal data is masked out of the citizen's words before anything else sees them.
 * Thread-safe: concurrent writers of one conversation are serialised by a row lock in the
 * database, which also holds across nodes.
 */
@Service
final class Conversations {

	private static final Logger log = LoggerFactory.getLogger(Conversations.class);

	/** From this many fallbacks in a row on, a fallback offers a human. */
	private static final int FALLBACKS_BEFORE_HANDOFF = 2;

	/** Ratings up to this level (不满意, 非常不满意) send the answered question to the gap inbox. */
	private static final int WORST_BAD_LEVEL = 2;

	private final ConversationStore store;

	private final RatingStore ratings;

	private final ConsultationEngine engine;

	private final AnsweringGate answering;

	private final ChatJson json;

	private final TransactionTemplate transaction;

	private final ChatProperties properties;

	private final GapInbox gaps;

	private final AgentAvailability agents;

	private final AgentTranscripts agentTranscripts;

	private final ApplicationEventPublisher events;

	Conversations(ConversationStore store, RatingStore ratings, ConsultationEngine engine, ChatJson json,
			TransactionTemplate transaction, ChatProperties properties, GapInbox gaps, AgentAvailability agents,
			AgentTranscripts agentTranscripts, ApplicationEventPublisher events) {
		this.store = store;
		this.agents = agents;
		this.agentTranscripts = agentTranscripts;
		this.events = events;
		this.gaps = gaps;
		this.ratings = ratings;
		this.engine = engine;
		this.answering = AnsweringGate.forThisMachine(engine);
		this.json = json;
		this.transaction = transaction;
		this.properties = properties;
	}

	/**
	 * Resumes the conversation of a token, or starts a new one when the token is absent, unknown
	 * or unused for longer than {@code assistant.chat.token-ttl}.
	 *
	 * @param token the token from {@code hello}, or {@code null}
	 * @return the conversation, its token and its last seq
	 */
	Opened open(String token) {
		OffsetDateTime now = now();
		if (token != null) {
			Optional<UUID> known = store.findByTokenHash(BearerToken.hash(token), now.minus(properties.tokenTtl()));
			if (known.isPresent()) {
				UUID id = known.get();
				long lastSeq = transaction.execute(status -> {
					store.lock(id, now);
					return store.lastSeq(id);
				});
				return new Opened(id, token, lastSeq);
			}
		}
		UUID id = UUID.randomUUID();
		String newToken = BearerToken.generate();
		transaction.executeWithoutResult(status -> store.create(id, BearerToken.hash(newToken), now));
		return new Opened(id, newToken, 0);
	}

	/** The conversation's events after a seq, in order. */
	List<StoredEvent> eventsAfter(UUID conversationId, long seq) {
		return store.eventsAfter(conversationId, seq);
	}

	/**
	 * Records what the citizen said, with personal data masked, and the reply to it: the bot's
	 * answer, clarification or fallback; or, when the citizen asks for a human, the queue for an
	 * agent or the offer to leave a message; or, when the bot asked for that message, the message
	 * left; or, for thanks or a goodbye, a farewell and a request to rate the conversation. While
	 * the conversation is queued or held by an agent, the words are for the agent: no reply.
	 *
	 * @param conversationId the conversation
	 * @param clientId the {@code say}'s id
	 * @param text the citizen's words
	 * @param contact how staff may reach the citizen, kept when the words are a message left; or
	 * {@code null}
	 * @return the citizen message's seq to acknowledge, and the replies unless the id was seen
	 * before
	 * @throws ChatException {@code conflict} when the conversation is closed
	 */
	Outcome say(UUID conversationId, String clientId, String text, String contact) {
		Optional<RecordedEvent> seen = store.eventOfClientId(conversationId, clientId);
		if (seen.isPresent()) {
			return Outcome.repeated(seen.get());
		}
		String recorded = PersonalDataMasker.mask(text);
		CitizenIntent intent = CitizenIntent.of(recorded);
		ConversationRow before = store.row(conversationId);
		// The engine is asked before the conversation is locked, and again only if a concurrent
		// writer changed the matter meanwhile.
		Decision early = before.state() == ConversationState.OPEN && intent == CitizenIntent.QUESTION
				? answering.ask(recorded, before.currentGuideId()) : null;
		return write(conversationId, clientId, transcript -> {
			requireNotClosed(transcript, clientId);
			long said = transcript.append(seq -> new ServerMessage.CitizenMessage(seq, recorded));
			if (isWithAgents(transcript)) {
				forTheAgent(transcript, said, recorded);
				return said;
			}
			if (transcript.state() == ConversationState.AWAITING_MESSAGE) {
				leaveMessage(transcript, said, recorded, contact, clientId);
				return said;
			}
			switch (intent) {
				case HANDOFF -> handOff(transcript, clientId);
				case GOODBYE -> sayGoodbye(transcript, clientId);
				case QUESTION -> {
					Decision decision = early != null
							&& Objects.equals(before.currentGuideId(), transcript.currentGuideId()) ? early
									: answering.ask(recorded, transcript.currentGuideId());
					reply(transcript, clientId, decision);
					if (decision instanceof Fallback fallback && fallback.reason() == Fallback.Reason.NO_MATCH) {
						gaps.fallback(recorded);
					}
				}
			}
			return said;
		});
	}

	/**
	 * Records the bot's answer with a guide the citizen picked, which becomes the conversation's
	 * current matter.
	 *
	 * @param conversationId the conversation
	 * @param clientId the {@code choose}'s id
	 * @param guideId the guide picked
	 * @return the answer, none when the id was seen before
	 * @throws ChatException {@code not_found} when the id is new and no published guide has
	 * {@code guideId}; {@code conflict} when the conversation is closed or an agent holds it
	 */
	Outcome choose(UUID conversationId, String clientId, String guideId) {
		Optional<RecordedEvent> seen = store.eventOfClientId(conversationId, clientId);
		if (seen.isPresent()) {
			return Outcome.repeated(seen.get());
		}
		Guide guide = engine.guide(guideId)
			.orElseThrow(() -> new ChatException(ErrorCode.NOT_FOUND, BotTexts.NO_SUCH_GUIDE, clientId));
		return write(conversationId, clientId, transcript -> {
			requireNotClosed(transcript, clientId);
			if (transcript.state() == ConversationState.WITH_AGENT) {
				throw new ChatException(ErrorCode.CONFLICT, BotTexts.WITH_AGENT, clientId);
			}
			transcript.append(seq -> ServerMessage.BotAnswer.chosen(seq, clientId, guide), guide.id());
			if (transcript.state() == ConversationState.AWAITING_MESSAGE) {
				transcript.setState(ConversationState.OPEN);
			}
			transcript.setCurrentGuideId(guide.id());
			transcript.setFallbacksInRow(0);
			return null;
		});
	}

	/**
	 * Asks for a human agent. When agents take chats (see {@link AgentAvailability}), the
	 * conversation joins their queue, with the {@code reason} as the citizen's words for the agent;
	 * otherwise the citizen is told that no agent is available and may leave a message, and a
	 * {@code reason} given with the request is that message. A conversation already queued or held
	 * by an agent stays as it is, the reason going to the agent.
	 *
	 * @param conversationId the conversation
	 * @param clientId the {@code handoff}'s id
	 * @param reason the citizen's words with the request, or {@code null}
	 * @param contact how staff may reach the citizen, kept when the reason is a message left; or
	 * {@code null}
	 * @return the seq of the reason as recorded, if any, and the bot's reply
	 * @throws ChatException {@code conflict} when the conversation is closed
	 */
	Outcome handoff(UUID conversationId, String clientId, String reason, String contact) {
		String recorded = PersonalDataMasker.mask(reason);
		return write(conversationId, clientId, transcript -> {
			requireNotClosed(transcript, clientId);
			if (recorded == null) {
				if (!isWithAgents(transcript)) {
					handOff(transcript, clientId);
				}
				return null;
			}
			long said = transcript.append(seq -> new ServerMessage.CitizenMessage(seq, recorded));
			if (isWithAgents(transcript)) {
				forTheAgent(transcript, said, recorded);
			}
			else if (agents.agentsAvailable()) {
				queue(transcript);
			}
			else {
				leaveMessage(transcript, said, recorded, contact, clientId);
			}
			return said;
		});
	}

	/**
	 * Records a rating of an answer or of the whole conversation, replacing an earlier rating of
	 * the same target. Closed conversations can be rated.
	 *
	 * @param conversationId the conversation
	 * @param rate the rating as the citizen gave it
	 * @return nothing to send but the {@code ack}
	 * @throws ChatException {@code not_found} when {@code seq} names no answer of the conversation
	 */
	Outcome rate(UUID conversationId, ClientMessage.Rate rate) {
		String comment = PersonalDataMasker.mask(rate.comment());
		return transaction.execute(status -> {
			OffsetDateTime now = now();
			lock(conversationId, now);
			long target = rate.seq() == null ? Rating.WHOLE_CONVERSATION : rate.seq();
			String guideId = rate.seq() == null ? store.row(conversationId).currentGuideId()
					: store.event(conversationId, rate.seq())
						.filter(event -> event.type().equals(ServerMessage.BotAnswer.TYPE))
						.orElseThrow(() -> new ChatException(ErrorCode.NOT_FOUND, BotTexts.NO_SUCH_ANSWER, rate.id()))
						.guideId();
			if (!ratings.clientIdOf(conversationId, target).equals(Optional.of(rate.id()))) {
				String department = guideId == null ? null : engine.guide(guideId).map(Guide::department).orElse(null);
				ratings.save(new Rating(conversationId, target, rate.level(), rate.tags(), comment, guideId, department,
						store.handoff(conversationId).agent(), rate.id(), now));
				if (rate.seq() != null && rate.level() <= WORST_BAD_LEVEL) {
					store.citizenMessageBefore(conversationId, target)
						.map(message -> json.readTree(message).get("text").asString())
						.ifPresent(question -> gaps.badlyRated(question, guideId));
				}
			}
			return Outcome.acknowledged();
		});
	}

	/**
	 * Closes the conversation at the citizen's request and asks for a rating of it, unless it is
	 * rated already or nothing was said. Closing a closed conversation changes nothing.
	 *
	 * @param conversationId the conversation
	 * @param clientId the {@code close}'s id
	 * @return the closing events
	 */
	Outcome close(UUID conversationId, String clientId) {
		return write(conversationId, clientId, transcript -> {
			if (transcript.state() != ConversationState.CLOSED) {
				close(transcript, ClosedBy.CITIZEN);
			}
			return null;
		});
	}

	/**
	 * Closes a conversation queued or held by an agent because its citizen left and did not come
	 * back, as if the citizen had closed it: {@code conversation.closed} by {@code citizen}, and the
	 * agent told. A rating is asked for as when the citizen closes it, except when no agent ever
	 * held the conversation: the citizen gave up waiting, there is no agent's work to rate, and the
	 * bot's answers can still be rated one by one.
	 *
	 * @param conversationId the conversation
	 * @return whether it was queued or held by an agent and is now closed
	 */
	boolean closeLeft(UUID conversationId) {
		return write(conversationId, null, transcript -> {
			if (!isWithAgents(transcript)) {
				return null;
			}
			boolean served = transcript.state() == ConversationState.WITH_AGENT || transcript.handoff().agent() != null;
			close(transcript, ClosedBy.CITIZEN, served);
			return 0L;
		}).ackSeq() != null;
	}

	/**
	 * Closes the conversation by timeout if it is still open and has been inactive since a time.
	 *
	 * @param conversationId the conversation
	 * @param inactiveSince the last activity before which it counts as idle
	 * @return whether it was closed
	 */
	boolean closeIfIdle(UUID conversationId, OffsetDateTime inactiveSince) {
		return transaction.execute(status -> {
			if (!store.lockIfIdle(conversationId, inactiveSince)) {
				return false;
			}
			Transcript transcript = new Transcript(conversationId, now(), null, store, json);
			close(transcript, ClosedBy.TIMEOUT);
			transcript.saveState();
			return true;
		});
	}

	private void reply(Transcript transcript, String replyTo, Decision decision) {
		switch (decision) {
			case Answer answer -> {
				transcript.append(seq -> ServerMessage.BotAnswer.of(seq, replyTo, answer), answer.guide().id());
				transcript.setCurrentGuideId(answer.guide().id());
				transcript.setFallbacksInRow(0);
			}
			case Clarify clarify -> {
				transcript.append(seq -> ServerMessage.BotClarify.of(seq, replyTo, clarify));
				transcript.setFallbacksInRow(0);
			}
			case Fallback fallback -> {
				int fallbacks = transcript.fallbacksInRow() + 1;
				transcript.append(seq -> fallbacks >= FALLBACKS_BEFORE_HANDOFF
						? ServerMessage.BotFallback.offeringHandoff(seq, replyTo, BotTexts.FALLBACK_OFFERING_HANDOFF)
						: ServerMessage.BotFallback.of(seq, replyTo, fallback));
				transcript.setFallbacksInRow(fallbacks);
			}
		}
	}

	private static boolean isWithAgents(Transcript transcript) {
		return transcript.state() == ConversationState.QUEUED || transcript.state() == ConversationState.WITH_AGENT;
	}

	/** The citizen's words in a conversation queued or held by an agent: kept for, or sent to, the agent. */
	private void forTheAgent(Transcript transcript, long seq, String text) {
		String agent = null;
		if (transcript.state() == ConversationState.WITH_AGENT) {
			ConversationStore.HandoffRow handoff = transcript.handoff();
			agent = handoff.agent();
			if (handoff.awaitingReplySince() == null) {
				transcript.setHandoff(new ConversationStore.HandoffRow(agent, handoff.topic(), null, null, null, null,
						transcript.now(), null));
			}
		}
		events.publishEvent(new HandoffEvents.CitizenSpoke(transcript.id(), agent, seq, text));
	}

	/** Queues the conversation for an agent when agents take chats, else invites a message. */
	private void handOff(Transcript transcript, String replyTo) {
		if (agents.agentsAvailable()) {
			queue(transcript);
		}
		else {
			askForMessage(transcript, replyTo);
		}
	}

	/** Puts the conversation at the back of the queue, for an agent with the skill of its matter. */
	private void queue(Transcript transcript) {
		ConversationStore.HandoffRow handoff = transcript.handoff();
		transcript.setHandoff(new ConversationStore.HandoffRow(handoff.agent(),
				agentTranscripts.topicOf(transcript.currentGuideId()), transcript.now(), System.currentTimeMillis(), null,
				null, null, null));
		transcript.setState(ConversationState.QUEUED);
		transcript.setFallbacksInRow(0);
		events.publishEvent(new HandoffEvents.Queued(transcript.id()));
		log.info("Conversation {} queued for an agent", transcript.id());
	}

	private static void askForMessage(Transcript transcript, String replyTo) {
		transcript.append(seq -> ServerMessage.BotFallback.notice(seq, replyTo, BotTexts.NO_AGENT_LEAVE_MESSAGE));
		transcript.setState(ConversationState.AWAITING_MESSAGE);
		transcript.setFallbacksInRow(0);
	}

	private void leaveMessage(Transcript transcript, long seq, String text, String contact, String replyTo) {
		store.leaveMessage(transcript.id(), seq, text, contact, transcript.now());
		transcript.append(next -> ServerMessage.BotFallback.notice(next, replyTo, BotTexts.MESSAGE_LEFT));
		transcript.setState(ConversationState.OPEN);
		transcript.setFallbacksInRow(0);
		if (contact == null) {
			log.info("Message left in conversation {}", transcript.id());
		}
		else {
			log.info("Message left in conversation {} with the contact {}", transcript.id(), Contacts.maskForLog(contact));
		}
	}

	private void sayGoodbye(Transcript transcript, String replyTo) {
		transcript.append(seq -> ServerMessage.BotFallback.notice(seq, replyTo, BotTexts.GOODBYE));
		requestRatingUnlessRated(transcript);
	}

	private void close(Transcript transcript, ClosedBy by) {
		close(transcript, by, true);
	}

	/**
	 * @param mayAskForRating whether to ask for a rating of the whole conversation (when something
	 * was said and it is not rated yet)
	 */
	private void close(Transcript transcript, ClosedBy by, boolean mayAskForRating) {
		if (isWithAgents(transcript)) {
			ConversationStore.HandoffRow handoff = transcript.handoff();
			String agent = transcript.state() == ConversationState.WITH_AGENT ? handoff.agent() : null;
			transcript.setHandoff(handoff.waitOver());
			events.publishEvent(new HandoffEvents.Ended(transcript.id(), agent, by.protocolName()));
		}
		transcript.append(seq -> new ServerMessage.ConversationClosed(seq, by));
		if (mayAskForRating && store.hasCitizenMessage(transcript.id())) {
			requestRatingUnlessRated(transcript);
		}
		transcript.setState(ConversationState.CLOSED);
	}

	private void requestRatingUnlessRated(Transcript transcript) {
		if (ratings.clientIdOf(transcript.id(), Rating.WHOLE_CONVERSATION).isEmpty()) {
			transcript.append(seq -> new ServerMessage.RatingRequested(seq, null));
		}
	}

	private static void requireNotClosed(Transcript transcript, String clientId) {
		if (transcript.state() == ConversationState.CLOSED) {
			throw new ChatException(ErrorCode.CONFLICT, BotTexts.CONVERSATION_CLOSED, clientId);
		}
	}

	/**
	 * Runs one change of a conversation in a transaction holding its lock, unless the client id
	 * was acted on before.
	 *
	 * @param work appends events and changes state; returns the seq to acknowledge, or {@code null}
	 */
	private Outcome write(UUID conversationId, String clientId, Function<Transcript, Long> work) {
		return transaction.execute(status -> {
			OffsetDateTime now = now();
			lock(conversationId, now);
			Optional<RecordedEvent> seen = store.eventOfClientId(conversationId, clientId);
			if (seen.isPresent()) {
				return Outcome.repeated(seen.get());
			}
			Transcript transcript = new Transcript(conversationId, now, clientId, store, json);
			Long ackSeq = work.apply(transcript);
			transcript.saveState();
			return new Outcome(ackSeq, transcript.appended());
		});
	}

	private void lock(UUID conversationId, OffsetDateTime now) {
		if (!store.lock(conversationId, now)) {
			throw new IllegalStateException("conversation " + conversationId + " no longer exists");
		}
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC);
	}

	/**
	 * An open conversation.
	 *
	 * @param id the conversation
	 * @param token the token that resumes it
	 * @param lastSeq its last seq, 0 when empty
	 */
	record Opened(UUID id, String token, long lastSeq) {
	}

	/**
	 * What a client message led to.
	 *
	 * @param ackSeq the seq of the citizen's words as recorded, for the {@code ack}; {@code null}
	 * when the message recorded no words of the citizen
	 * @param events the events recorded, in order; empty when the message was a repeat
	 */
	record Outcome(Long ackSeq, List<StoredEvent> events) {

		static Outcome acknowledged() {
			return new Outcome(null, List.of());
		}

		/** A repeat of the client message that recorded an event. */
		static Outcome repeated(RecordedEvent first) {
			return new Outcome(first.type().equals(ServerMessage.CitizenMessage.TYPE) ? first.seq() : null, List.of());
		}

	}

}
