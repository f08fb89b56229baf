package org.govassist.kb.eval;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govassist.kb.guide.Faq;
import org.govassist.kb.guide.Guide;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes guide files for the evaluation commands.
 */
final class GuideFiles {

	private static final JsonMapper MAPPER = JsonMapper.builder()
			.enable(SerializationFeature.INDENT_OUTPUT)
			.disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
			.build();

	private GuideFiles() {
	}

	static List<Guide> read(Path file) {
		return List.of(MAPPER.readValue(file.toFile(), Guide[].class));
	}

	/**
	 * Writes guides in the guide file format, keys in the documented order, absent values left out.
	 *
	 * @param guides the guides
	 * @param out where to write; left open
	 */
	static void write(List<Guide> guides, OutputStream out) {
		MAPPER.writeValue(out, guides.stream().map(GuideFiles::toJson).toList());
	}

	private static Map<String, Object> toJson(Guide guide) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", guide.id());
		json.put("title", guide.title());
		putList(json, "aliases", guide.aliases());
		json.put("department", guide.department());
		putText(json, "category", guide.category());
		putList(json, "audience", guide.audience());
		json.put("summary", guide.summary());
		putText(json, "conditions", guide.conditions());
		putList(json, "materials", guide.materials());
		putList(json, "process", guide.process());
		putText(json, "timeLimit", guide.timeLimit());
		putText(json, "fee", guide.fee());
		putText(json, "location", guide.location());
		putText(json, "hours", guide.hours());
		putText(json, "phone", guide.phone());
		putText(json, "legalBasis", guide.legalBasis());
		putText(json, "onlineUrl", guide.onlineUrl());
		putList(json, "faqs", guide.faqs().stream().map(GuideFiles::toJson).toList());
		if (guide.updatedAt() != null) {
			json.put("updatedAt", guide.updatedAt().toString());
		}
		return json;
	}

	private static Map<String, String> toJson(Faq faq) {
		Map<String, String> json = new LinkedHashMap<>();
		json.put("q", faq.q());
		json.put("a", faq.a());
		return json;
	}

	private static void putText(Map<String, Object> json, String key, String value) {
		if (value != null) {
			json.put(key, value);
		}
	}

	private static void putList(Map<String, Object> json, String key, List<?> value) {
		if (!value.isEmpty()) {
			json.put(key, value);
		}
	}

}
