package org.govassist.server.chat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.govassist.kb.Answer;
import org.govassist.kb.Clarify;
import org.govassist.kb.ConsultationEngine;
import org.govassist.kb.Decision;
import org.govassist.kb.Fallback;
import org.govassist.kb.guide.Guide;
import org.govassist.server.privacy.PersonalDataMasker;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Citizen conversations: opening and resuming them, and turning what the citizen says or picks
 * into recorded events and the bot's replies.
 *
 * <p>Every event is stored before it is acknowledged. A client message id is acted on once: the
 * citizen's message and the bot's reply to it are stored in one transaction, so a retry finds
 * both or neither. Thread-safe: concurrent writers of one conversation are serialised by a row
 * lock in the database, which also holds across nodes.
 */
@Service
final class Conversations {

	private final ConversationStore store;

	private final ConsultationEngine engine;

	private final ChatJson json;

	private final TransactionTemplate transaction;

	Conversations(ConversationStore store, ConsultationEngine engine, ChatJson json, TransactionTemplate transaction) {
		this.store = store;
		this.engine = engine;
		this.json = json;
		this.transaction = transaction;
	}

	/**
	 * Resumes the conversation of a token, or starts a new one when the token is absent or
	 * unknown.
	 *
	 * @param token the token from {@code hello}, or {@code null}
	 * @return the conversation, its token and its last seq
	 */
	Opened open(String token) {
		if (token != null) {
			Optional<UUID> known = store.findByTokenHash(ConversationToken.hash(token));
			if (known.isPresent()) {
				UUID id = known.get();
				long lastSeq = transaction.execute(status -> {
					store.lock(id, now());
					return store.lastSeq(id);
				});
				return new Opened(id, token, lastSeq);
			}
		}
		UUID id = UUID.randomUUID();
		String newToken = ConversationToken.generate();
		transaction.executeWithoutResult(status -> store.create(id, ConversationToken.hash(newToken), now()));
		return new Opened(id, newToken, 0);
	}

	/**
	 * The conversation's events after a seq, as sent to the citizen (JSON), in order.
	 */
	List<String> eventsAfter(UUID conversationId, long seq) {
		return store.payloadsAfter(conversationId, seq);
	}

	/**
	 * Records what the citizen said, with personal data masked, and the bot's reply to it; the bot
	 * sees the masked text too.
	 *
	 * @param conversationId the conversation
	 * @param clientId the {@code say}'s id
	 * @param text the citizen's words
	 * @return the citizen message's seq, and the reply unless the id was seen before
	 */
	Turn say(UUID conversationId, String clientId, String text) {
		Optional<Long> seen = store.seqOfClientId(conversationId, clientId);
		if (seen.isPresent()) {
			return Turn.repeated(seen.get());
		}
		String recorded = PersonalDataMasker.mask(text);
		Decision decision = engine.ask(recorded, store.currentGuideId(conversationId).orElse(null));
		return transaction.execute(status -> {
			OffsetDateTime now = now();
			store.lock(conversationId, now);
			Optional<Long> seenMeanwhile = store.seqOfClientId(conversationId, clientId);
			if (seenMeanwhile.isPresent()) {
				return Turn.repeated(seenMeanwhile.get());
			}
			long seq = store.lastSeq(conversationId) + 1;
			var said = new ServerMessage.CitizenMessage(seq, recorded);
			store.append(conversationId, seq, said.type(), clientId, json.write(said), now);
			ServerMessage reply = reply(seq + 1, clientId, decision);
			String replyJson = json.write(reply);
			store.append(conversationId, seq + 1, reply.type(), null, replyJson, now);
			if (decision instanceof Answer answer) {
				store.setCurrentGuideId(conversationId, answer.guide().id());
			}
			return new Turn(seq, replyJson);
		});
	}

	/**
	 * Records the bot's answer with a guide the citizen picked, which becomes the conversation's
	 * current matter.
	 *
	 * @param conversationId the conversation
	 * @param clientId the {@code choose}'s id
	 * @param guideId the guide picked
	 * @return the answer, absent when the id was seen before
	 * @throws ChatException {@code not_found} when the id is new and no published guide has
	 * {@code guideId}
	 */
	Optional<String> choose(UUID conversationId, String clientId, String guideId) {
		if (store.seqOfClientId(conversationId, clientId).isPresent()) {
			return Optional.empty();
		}
		Guide guide = engine.guide(guideId)
			.orElseThrow(() -> new ChatException(ErrorCode.NOT_FOUND, "没有找到这个事项，它可能已下线。", clientId));
		return transaction.execute(status -> {
			OffsetDateTime now = now();
			store.lock(conversationId, now);
			if (store.seqOfClientId(conversationId, clientId).isPresent()) {
				return Optional.empty();
			}
			long seq = store.lastSeq(conversationId) + 1;
			var answer = ServerMessage.BotAnswer.chosen(seq, clientId, guide);
			String answerJson = json.write(answer);
			store.append(conversationId, seq, answer.type(), clientId, answerJson, now);
			store.setCurrentGuideId(conversationId, guide.id());
			return Optional.of(answerJson);
		});
	}

	private static ServerMessage reply(long seq, String replyTo, Decision decision) {
		return switch (decision) {
			case Answer answer -> ServerMessage.BotAnswer.of(seq, replyTo, answer);
			case Clarify clarify -> ServerMessage.BotClarify.of(seq, replyTo, clarify);
			case Fallback fallback -> ServerMessage.BotFallback.of(seq, replyTo, fallback);
		};
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
	 * What a {@code say} led to.
	 *
	 * @param seq the citizen message's seq
	 * @param reply the bot's reply as JSON, or {@code null} when the say was a repeat
	 */
	record Turn(long seq, String reply) {

		static Turn repeated(long seq) {
			return new Turn(seq, null);
		}

		Optional<String> newReply() {
			return Optional.ofNullable(reply);
		}

	}

}
