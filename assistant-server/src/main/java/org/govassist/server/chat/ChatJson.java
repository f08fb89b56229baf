package org.govassist.server.chat;

import org.springframework.stereotype.Component;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON of the citizen protocol: reads client frames as trees and writes {@link ServerMessage}s.
 *
 * <p>Thread-safe.
 */
@Component
final class ChatJson {

	/** Client messages are flat; a deeper document is a mistake or an attack. */
	private static final int MAX_NESTING_DEPTH = 8;

	/** No field of the protocol is longer. */
	private static final int MAX_NAME_LENGTH = 64;

	/** Enough for any long. */
	private static final int MAX_NUMBER_LENGTH = 32;

	private final JsonMapper mapper = JsonMapper
		.builder(JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder()
				.maxNestingDepth(MAX_NESTING_DEPTH)
				.maxDocumentLength(ChatHandler.MAX_FRAME_BYTES)
				.maxNameLength(MAX_NAME_LENGTH)
				.maxNumberLength(MAX_NUMBER_LENGTH)
				.build())
			.build())
		.build();

	/**
	 * @param frame the text of one frame
	 * @return the document, or {@code null} when the frame is empty
	 * @throws tools.jackson.core.JacksonException when the frame is not JSON
	 */
	JsonNode readTree(String frame) {
		return mapper.readTree(frame);
	}

	/**
	 * @param message a server message
	 * @return its JSON, with {@code type} first
	 */
	String write(ServerMessage message) {
		return mapper.writeValueAsString(message);
	}

}
