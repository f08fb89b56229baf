package org.govassist.server.chat;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.govassist.kb.Answer;
import org.govassist.kb.Clarify;
import org.govassist.kb.Fallback;
import org.govassist.kb.GuideRef;
import org.govassist.kb.guide.Guide;
import org.govassist.kb.guide.Section;

/**
 * A message to the citizen's client, written as JSON by {@link ChatJson} with its {@code type}
 * first. Field names are those of the protocol (docs/protocol.md).
 */
@JsonPropertyOrder("type")
sealed interface ServerMessage {

	/** The protocol's name for this message. */
	@JsonProperty("type")
	String type();

	/**
	 * The conversation is open.
	 *
	 * @param conversationId the conversation
	 * @param token the secret that resumes it
	 * @param seq the last seq so far, 0 when nothing has been said
	 * @param greeting what the bot greets the citizen with
	 */
	record Welcome(UUID conversationId, String token, long seq, Greeting greeting) implements ServerMessage {

		@Override
		public String type() {
			return "welcome";
		}

	}

	/**
	 * A client message was received and, when it belongs to the record, stored.
	 *
	 * @param replyTo the client message's id
	 * @param seq for a {@code say}, the seq of the citizen's message as recorded; else {@code null}
	 */
	record Ack(String replyTo, @JsonInclude(JsonInclude.Include.NON_NULL) Long seq) implements ServerMessage {

		@Override
		public String type() {
			return "ack";
		}

	}

	/**
	 * The citizen's own words as recorded, sent again on resume.
	 *
	 * @param seq its place in the conversation
	 * @param text the words
	 */
	record CitizenMessage(long seq, String text) implements ServerMessage {

		static final String TYPE = "citizen.message";

		@Override
		public String type() {
			return TYPE;
		}

	}

	/**
	 * The bot answers from one guide.
	 *
	 * @param seq its place in the conversation
	 * @param replyTo the id of the client message answered
	 * @param text the reply
	 * @param guide the guide answered from, sections asked about first
	 * @param confidence how sure the bot is that this is the matter meant, 0..1
	 * @param related other matters the citizen may want next
	 */
	record BotAnswer(long seq, String replyTo, String text, GuideView guide, double confidence, List<GuideRef> related)
			implements ServerMessage {

		static BotAnswer of(long seq, String replyTo, Answer answer) {
			return new BotAnswer(seq, replyTo, answer.text(), GuideView.of(answer.guide(), answer.sections()),
					answer.confidence(), answer.related());
		}

		/** The whole guide a citizen picked: no doubt about the matter, nothing asked in particular. */
		static BotAnswer chosen(long seq, String replyTo, Guide guide) {
			return new BotAnswer(seq, replyTo, "以下是「" + guide.title() + "」的办事指南。",
					GuideView.of(guide, guide.sections()), 1.0, List.of());
		}

		static final String TYPE = "bot.answer";

		@Override
		public String type() {
			return TYPE;
		}

	}

	/**
	 * The bot asks which of a few close matters was meant.
	 *
	 * @param seq its place in the conversation
	 * @param replyTo the id of the client message answered
	 * @param text the question
	 * @param options two to five matters, most likely first
	 */
	record BotClarify(long seq, String replyTo, String text, List<GuideRef> options) implements ServerMessage {

		static BotClarify of(long seq, String replyTo, Clarify clarify) {
			return new BotClarify(seq, replyTo, clarify.text(), clarify.options());
		}

		@Override
		public String type() {
			return "bot.clarify";
		}

	}

	/**
	 * The bot cannot help with this question.
	 *
	 * @param seq its place in the conversation
	 * @param replyTo the id of the client message answered
	 * @param text the reply
	 * @param handoffAvailable whether a human agent can take over now
	 */
	record BotFallback(long seq, String replyTo, String text, boolean handoffAvailable) implements ServerMessage {

		static BotFallback of(long seq, String replyTo, Fallback fallback) {
			return new BotFallback(seq, replyTo, fallback.text(), false);
		}

		/** A reply of the bot's own, not from the knowledge base, with no handoff on offer. */
		static BotFallback notice(long seq, String replyTo, String text) {
			return new BotFallback(seq, replyTo, text, false);
		}

		/** A reply that offers the citizen a human agent. */
		static BotFallback offeringHandoff(long seq, String replyTo, String text) {
			return new BotFallback(seq, replyTo, text, true);
		}

		@Override
		public String type() {
			return "bot.fallback";
		}

	}

	/**
	 * The conversation waits for a helpdesk agent; sent again whenever its place or the estimate
	 * changes.
	 *
	 * @param seq its place in the conversation
	 * @param position its place in the queue, 1 = next
	 * @param estimatedWaitSeconds how long the wait is likely to last
	 */
	record HandoffQueued(long seq, int position, int estimatedWaitSeconds) implements ServerMessage {

		@Override
		public String type() {
			return "handoff.queued";
		}

	}

	/**
	 * A helpdesk agent took the conversation over from the bot.
	 *
	 * @param seq its place in the conversation
	 * @param agentName the agent's display name
	 */
	record AgentJoined(long seq, String agentName) implements ServerMessage {

		static final String TYPE = "agent.joined";

		@Override
		public String type() {
			return TYPE;
		}

	}

	/**
	 * The words of the helpdesk agent holding the conversation.
	 *
	 * @param seq its place in the conversation
	 * @param text the words
	 * @param agentName the agent's display name
	 */
	record AgentMessage(long seq, String text, String agentName) implements ServerMessage {

		static final String TYPE = "agent.message";

		@Override
		public String type() {
			return TYPE;
		}

	}

	/**
	 * The conversation ended; nothing more can be said in it, but it can still be rated.
	 *
	 * @param seq its place in the conversation
	 * @param by who or what ended it
	 */
	record ConversationClosed(long seq, ClosedBy by) implements ServerMessage {

		static final String TYPE = "conversation.closed";

		@Override
		public String type() {
			return TYPE;
		}

	}

	/**
	 * Asks the citizen to rate the conversation, or one answer of it.
	 *
	 * @param seq its place in the conversation
	 * @param targetSeq the seq of the answer to rate, or {@code null} for the whole conversation
	 */
	record RatingRequested(long seq, @JsonInclude(JsonInclude.Include.NON_NULL) Long targetSeq)
			implements ServerMessage {

		@Override
		public String type() {
			return "rating.requested";
		}

	}

	/** Answers a {@code ping}. */
	record Pong() implements ServerMessage {

		@Override
		public String type() {
			return "pong";
		}

	}

	/**
	 * A client message could not be acted on; the connection stays open.
	 *
	 * @param replyTo the id of the client message, or {@code null} when it had none
	 * @param code what went wrong
	 * @param message the explanation for the citizen, in Chinese
	 */
	record ErrorMessage(@JsonInclude(JsonInclude.Include.NON_NULL) String replyTo, ErrorCode code, String message)
			implements ServerMessage {

		@Override
		public String type() {
			return "error";
		}

	}

	/**
	 * The bot's greeting, shown above a conversation.
	 *
	 * @param text the greeting
	 * @param popular the matters citizens ask about most, most asked first
	 */
	record Greeting(String text, List<GuideRef> popular) {
	}

	/**
	 * A guide as shown in an answer.
	 *
	 * @param id the guide's id
	 * @param title its title
	 * @param department the department responsible
	 * @param sections its sections in the order to show them
	 * @param url its online channel, or {@code null}
	 * @param updatedAt the date of its last revision (yyyy-MM-dd), or {@code null}
	 */
	record GuideView(String id, String title, String department, List<SectionView> sections, String url,
			String updatedAt) {

		static GuideView of(Guide guide, List<Section> sections) {
			return new GuideView(guide.id(), guide.title(), guide.department(),
					sections.stream().map(section -> new SectionView(section.name(), section.text())).toList(),
					guide.onlineUrl(), guide.updatedAt() == null ? null : guide.updatedAt().toString());
		}

	}

	/**
	 * One section of a guide.
	 *
	 * @param name its heading, e.g. 申请材料
	 * @param text its content
	 */
	record SectionView(String name, String text) {
	}

}
