package org.govassist.server.handoff;

import java.util.UUID;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads one text frame of the agent protocol into a {@link FromAgent}, checking every field;
 * anything that does not fit becomes an {@link AgentException} naming the message's {@code id}
 * when it has a usable one.
 *
 * <p>Stateless and thread-safe.
 */
@Component
final class AgentMessageReader {

	private static final int MAX_ID_LENGTH = 64;

	private static final int MAX_SKILL_LENGTH = 100;

	private final AgentJson json;

	AgentMessageReader(AgentJson json) {
		this.json = json;
	}

	FromAgent read(String frame) {
		JsonNode message;
		try {
			message = json.readTree(frame);
		}
		catch (JacksonException ex) {
			throw badRequest("消息格式有误。", null);
		}
		if (message == null || !message.isObject()) {
			throw badRequest("消息格式有误。", null);
		}
		String replyTo = usableId(message.get("id"));
		JsonNode type = message.get("type");
		if (type == null || !type.isString()) {
			throw badRequest("消息缺少字段：type。", replyTo);
		}
		return switch (type.stringValue()) {
			case "status" -> status(message, replyTo);
			case "pick" -> new FromAgent.Pick(id(message), conversationId(message, replyTo));
			case "say" -> new FromAgent.Say(id(message), conversationId(message, replyTo),
					text(message, "text", true, replyTo));
			case "transfer" -> transfer(message, id(message));
			case "close" -> new FromAgent.Close(id(message), conversationId(message, replyTo),
					text(message, "summary", false, replyTo));
			case "ping" -> new FromAgent.Ping();
			default -> throw badRequest("不支持的消息类型。", replyTo);
		};
	}

	private static FromAgent.Status status(JsonNode message, String replyTo) {
		JsonNode value = message.get("status");
		AgentStatus status = value != null && value.isString() ? AgentStatus.ofProtocolName(value.stringValue()) : null;
		if (status == null) {
			throw badRequest("字段 status 应为 online 或 away。", replyTo);
		}
		return new FromAgent.Status(status);
	}

	private static FromAgent.Transfer transfer(JsonNode message, String id) {
		UUID conversationId = conversationId(message, id);
		String skill = optionalString(message, "skill", id);
		String agent = optionalString(message, "agent", id);
		if ((skill == null) == (agent == null)) {
			throw badRequest("转接需要 skill 或 agent 之一。", id);
		}
		if (skill != null && skill.length() > MAX_SKILL_LENGTH) {
			throw badRequest("字段 skill 太长。", id);
		}
		if (agent != null && agent.length() > MAX_ID_LENGTH) {
			throw badRequest("字段 agent 太长。", id);
		}
		return new FromAgent.Transfer(id, conversationId, skill, agent);
	}

	private static UUID conversationId(JsonNode message, String replyTo) {
		JsonNode value = message.get("conversationId");
		if (value == null || value.isNull()) {
			throw badRequest("消息缺少字段：conversationId。", replyTo);
		}
		if (value.isString()) {
			try {
				return UUID.fromString(value.stringValue());
			}
			catch (IllegalArgumentException ex) {
				// reported below
			}
		}
		throw badRequest("字段 conversationId 格式有误。", replyTo);
	}

	/** A text field: required ones must not be blank; optional ones read blank as {@code null}. */
	private static String text(JsonNode message, String field, boolean required, String replyTo) {
		String text = optionalString(message, field, replyTo);
		if (text == null) {
			if (required) {
				throw badRequest("消息缺少字段：" + field + "。", replyTo);
			}
			return null;
		}
		if (text.codePointCount(0, text.length()) > FromAgent.MAX_TEXT_LENGTH) {
			throw new AgentException(AgentError.TOO_LONG, "消息太长了，请控制在 " + FromAgent.MAX_TEXT_LENGTH + " 字以内。",
					replyTo);
		}
		return text;
	}

	private static String optionalString(JsonNode message, String field, String replyTo) {
		JsonNode value = message.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw badRequest("字段 " + field + " 应为文字。", replyTo);
		}
		String text = value.stringValue();
		return text.isBlank() ? null : text;
	}

	private static String id(JsonNode message) {
		String usable = usableId(message.get("id"));
		if (usable == null) {
			throw badRequest("消息缺少字段 id，或它不是 1 到 64 个字符。", null);
		}
		return usable;
	}

	private static String usableId(JsonNode id) {
		if (id == null || !id.isString()) {
			return null;
		}
		String value = id.stringValue();
		return value.isEmpty() || value.length() > MAX_ID_LENGTH ? null : value;
	}

	private static AgentException badRequest(String message, String replyTo) {
		return new AgentException(AgentError.BAD_REQUEST, message, replyTo);
	}

}
