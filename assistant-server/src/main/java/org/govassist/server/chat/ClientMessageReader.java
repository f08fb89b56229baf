package org.govassist.server.chat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.govassist.server.rating.RatingTags;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads one text frame of the citizen protocol into a {@link ClientMessage}, checking every
 * field; anything that does not fit becomes a {@link ChatException} with the message's
 * {@code id} as {@code replyTo} when it has a usable one.
 *
 * <p>Stateless and thread-safe.
 */
@Component
final class ClientMessageReader {

	private static final int PROTOCOL = 1;

	private static final int MAX_ID_LENGTH = 64;

	private final ChatJson json;

	ClientMessageReader(ChatJson json) {
		this.json = json;
	}

	ClientMessage read(String frame) {
		JsonNode message;
		try {
			message = json.readTree(frame);
		}
		catch (JacksonException ex) {
			throw badRequest("消息格式有误，请刷新页面后重试。", null);
		}
		if (message == null || !message.isObject()) {
			throw badRequest("消息格式有误，请刷新页面后重试。", null);
		}
		String replyTo = usableId(message.get("id"));
		JsonNode type = message.get("type");
		if (type == null || !type.isString()) {
			throw badRequest("消息缺少字段：type。", replyTo);
		}
		return switch (type.stringValue()) {
			case "hello" -> hello(message, replyTo);
			case "say" -> new ClientMessage.Say(id(message), text(message, replyTo), contact(message, replyTo));
			case "choose" -> new ClientMessage.Choose(id(message), requiredString(message, "guideId", replyTo));
			case "handoff" -> new ClientMessage.Handoff(id(message), optionalText(message, "reason", replyTo),
					contact(message, replyTo));
			case "rate" -> rate(message, id(message));
			case "close" -> new ClientMessage.Close(id(message));
			case "ping" -> new ClientMessage.Ping();
			default -> throw badRequest("不支持的消息类型。", replyTo);
		};
	}

	private static ClientMessage.Hello hello(JsonNode message, String replyTo) {
		JsonNode protocol = message.get("protocol");
		if (protocol == null) {
			throw badRequest("消息缺少字段：protocol。", replyTo);
		}
		if (!protocol.isIntegralNumber() || !protocol.canConvertToInt() || protocol.intValue() != PROTOCOL) {
			throw badRequest("不支持的协议版本，请刷新页面后重试。", replyTo);
		}
		JsonNode token = message.get("token");
		if (token != null && !token.isNull() && !token.isString()) {
			throw badRequest("字段 token 格式有误。", replyTo);
		}
		JsonNode lastSeq = message.get("lastSeq");
		long seen = 0;
		if (lastSeq != null && !lastSeq.isNull()) {
			if (!lastSeq.isIntegralNumber() || !lastSeq.canConvertToLong() || lastSeq.longValue() < 0) {
				throw badRequest("字段 lastSeq 格式有误。", replyTo);
			}
			seen = lastSeq.longValue();
		}
		return new ClientMessage.Hello(token == null || token.isNull() ? null : token.stringValue(), seen);
	}

	private static ClientMessage.Rate rate(JsonNode message, String id) {
		JsonNode level = message.get("level");
		if (level == null || level.isNull()) {
			throw badRequest("消息缺少字段：level。", id);
		}
		if (!level.isIntegralNumber() || !level.canConvertToInt() || level.intValue() < RatingTags.LOWEST_LEVEL
				|| level.intValue() > RatingTags.HIGHEST_LEVEL) {
			throw badRequest("字段 level 应为 1 到 5 的整数。", id);
		}
		JsonNode seq = message.get("seq");
		Long target = null;
		if (seq != null && !seq.isNull()) {
			if (!seq.isIntegralNumber() || !seq.canConvertToLong() || seq.longValue() < 1) {
				throw badRequest("字段 seq 格式有误。", id);
			}
			target = seq.longValue();
		}
		return new ClientMessage.Rate(id, level.intValue(), target, tags(message, level.intValue(), id),
				optionalText(message, "comment", id));
	}

	private static List<String> tags(JsonNode message, int level, String id) {
		JsonNode tags = message.get("tags");
		if (tags == null || tags.isNull()) {
			return List.of();
		}
		if (!tags.isArray()) {
			throw badRequest("字段 tags 应为标签的列表。", id);
		}
		List<String> allowed = RatingTags.allowedFor(level);
		Set<String> picked = new LinkedHashSet<>();
		for (JsonNode tag : tags) {
			if (!tag.isString() || !allowed.contains(tag.stringValue())) {
				throw badRequest(allowed.isEmpty() ? "“基本满意”的评价不带标签，可以写评论。"
						: "评价标签只能是：" + String.join("、", allowed) + "。", id);
			}
			picked.add(tag.stringValue());
		}
		return List.copyOf(picked);
	}

	private static String id(JsonNode message) {
		JsonNode id = message.get("id");
		if (id == null || id.isNull()) {
			throw badRequest("消息缺少字段：id。", null);
		}
		String usable = usableId(id);
		if (usable == null) {
			throw badRequest("字段 id 应为 1 到 64 个字符。", null);
		}
		return usable;
	}

	private static String text(JsonNode message, String replyTo) {
		return withinLimit(requiredString(message, "text", replyTo), replyTo);
	}

	/** An optional text field: absent, {@code null} or blank reads as {@code null}. */
	private static String optionalText(JsonNode message, String field, String replyTo) {
		JsonNode value = message.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw badRequest("字段 " + field + " 应为文字。", replyTo);
		}
		String text = withinLimit(value.stringValue(), replyTo);
		return text.isBlank() ? null : text;
	}

	/** An optional contact: absent, {@code null} or blank reads as {@code null}. */
	private static String contact(JsonNode message, String replyTo) {
		JsonNode value = message.get("contact");
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw badRequest("字段 contact 应为文字。", replyTo);
		}
		String contact = value.stringValue().strip();
		if (contact.codePointCount(0, contact.length()) > ClientMessage.MAX_CONTACT_LENGTH) {
			throw new ChatException(ErrorCode.TOO_LONG,
					"联系方式太长了，请控制在 " + ClientMessage.MAX_CONTACT_LENGTH + " 字以内。", replyTo);
		}
		return contact.isEmpty() ? null : contact;
	}

	private static String withinLimit(String text, String replyTo) {
		if (text.codePointCount(0, text.length()) > ClientMessage.MAX_TEXT_LENGTH) {
			throw new ChatException(ErrorCode.TOO_LONG,
					"您的消息太长了，请控制在 " + ClientMessage.MAX_TEXT_LENGTH + " 字以内。", replyTo);
		}
		return text;
	}

	private static String requiredString(JsonNode message, String field, String replyTo) {
		JsonNode value = message.get(field);
		if (value == null || value.isNull()) {
			throw badRequest("消息缺少字段：" + field + "。", replyTo);
		}
		if (!value.isString()) {
			throw badRequest("字段 " + field + " 应为文字。", replyTo);
		}
		return value.stringValue();
	}

	private static String usableId(JsonNode id) {
		if (id == null || !id.isString()) {
			return null;
		}
		String value = id.stringValue();
		return value.isEmpty() || value.length() > MAX_ID_LENGTH ? null : value;
	}

	private static ChatException badRequest(String message, String replyTo) {
		return new ChatException(ErrorCode.BAD_REQUEST, message, replyTo);
	}

}
