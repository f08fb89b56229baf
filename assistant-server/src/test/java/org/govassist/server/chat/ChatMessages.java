package org.govassist.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Client messages and checks of server messages, for tests that speak the citizen protocol.
 */
final class ChatMessages {

	private ChatMessages() {
	}

	static Map<String, Object> say(String id, String text) {
		return Map.of("type", "say", "id", id, "text", text);
	}

	static Map<String, Object> hello(String token, long lastSeq) {
		Map<String, Object> hello = new HashMap<>();
		hello.put("type", "hello");
		hello.put("protocol", 1);
		hello.put("token", token);
		hello.put("lastSeq", lastSeq);
		return hello;
	}

	static void assertError(JsonNode error, String code, String replyTo) {
		assertThat(error.get("type").asString()).isEqualTo("error");
		assertThat(error.get("code").asString()).isEqualTo(code);
		assertThat(error.get("message").asString()).isNotBlank();
		if (replyTo == null) {
			assertThat(fields(error)).containsExactlyInAnyOrder("type", "code", "message");
		}
		else {
			assertThat(fields(error)).containsExactlyInAnyOrder("type", "replyTo", "code", "message");
			assertThat(error.get("replyTo").asString()).isEqualTo(replyTo);
		}
	}

	/** Checks a message's type and returns it. */
	static JsonNode ofType(JsonNode message, String type) {
		assertThat(message.path("type").asString()).as("type of %s", message).isEqualTo(type);
		return message;
	}

	static List<String> fields(JsonNode message) {
		return List.copyOf(message.propertyNames());
	}

}
