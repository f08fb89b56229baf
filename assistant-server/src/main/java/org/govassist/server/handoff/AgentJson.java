package org.govassist.server.handoff;

import org.springframework.stereotype.Component;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON of the agent protocol: reads client frames as trees within the same bounds as the citizen
 * socket, and writes {@link ToAgent} messages.
 *
 * <p>Thread-safe.
 */
@Component
final class AgentJson {

	/** The largest frame accepted, in bytes of UTF-8, as on the citizen socket. */
	static final int MAX_FRAME_BYTES = 8 * 1024;

	private static final int MAX_NESTING_DEPTH = 8;

	private static final int MAX_NAME_LENGTH = 64;

	private static final int MAX_NUMBER_LENGTH = 32;

	private final JsonMapper mapper = JsonMapper
		.builder(JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder()
				.maxNestingDepth(MAX_NESTING_DEPTH)
				.maxDocumentLength(MAX_FRAME_BYTES)
				.maxNameLength(MAX_NAME_LENGTH)
				.maxNumberLength(MAX_NUMBER_LENGTH)
				.build())
			.build())
		.build();

	/** A mapper for the server's own stored events, which are not bounded like client frames. */
	private final JsonMapper stored = JsonMapper.builder().build();

	/**
	 * @param frame the text of one frame
	 * @return the document, or {@code null} when the frame is empty
	 * @throws tools.jackson.core.JacksonException when the frame is not JSON
	 */
	JsonNode readTree(String frame) {
		return mapper.readTree(frame);
	}

	/** Reads an event the server stored itself. */
	JsonNode readStored(String json) {
		return stored.readTree(json);
	}

	/** Writes a message to an agent, {@code type} first. */
	String write(ToAgent message) {
		return stored.writeValueAsString(message);
	}

}
