package org.govassist.kb.guide;

import static org.govassist.kb.guide.GuideFormat.ALIASES;
import static org.govassist.kb.guide.GuideFormat.AUDIENCE;
import static org.govassist.kb.guide.GuideFormat.CATEGORY;
import static org.govassist.kb.guide.GuideFormat.CONDITIONS;
import static org.govassist.kb.guide.GuideFormat.DEPARTMENT;
import static org.govassist.kb.guide.GuideFormat.FAQS;
import static org.govassist.kb.guide.GuideFormat.FAQ_ANSWER;
import static org.govassist.kb.guide.GuideFormat.FAQ_QUESTION;
import static org.govassist.kb.guide.GuideFormat.FEE;
import static org.govassist.kb.guide.GuideFormat.HOURS;
import static org.govassist.kb.guide.GuideFormat.ID;
import static org.govassist.kb.guide.GuideFormat.LEGAL_BASIS;
import static org.govassist.kb.guide.GuideFormat.LOCATION;
import static org.govassist.kb.guide.GuideFormat.MATERIALS;
import static org.govassist.kb.guide.GuideFormat.ONLINE_URL;
import static org.govassist.kb.guide.GuideFormat.PHONE;
import static org.govassist.kb.guide.GuideFormat.PROCESS;
import static org.govassist.kb.guide.GuideFormat.SUMMARY;
import static org.govassist.kb.guide.GuideFormat.TIME_LIMIT;
import static org.govassist.kb.guide.GuideFormat.TITLE;
import static org.govassist.kb.guide.GuideFormat.UPDATED_AT;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes guides in the guide file format that {@link GuideReader} reads, and fingerprints them.
 *
 * <p>Output is pretty-printed UTF-8 JSON with two-space indentation and {@code \n} line ends,
 * keys in the order of the format, and absent fields left out: {@code null} or blank text, empty
 * lists. Reading written guides gives equal guides for every guide the reader can produce: text
 * trimmed, no blank list items. Guides are written as they are, not validated.
 *
 * <p>Thread-safe: stateless.
 */
public final class GuideWriter {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private GuideWriter() {
	}

	/**
	 * The guide file of some guides.
	 *
	 * @param guides the guides, in the order to write them
	 * @return a JSON array of the guides, ending with a line break
	 */
	public static String toJson(List<Guide> guides) {
		return GuideFormat.PRETTY_WRITER.writeValueAsString(array(guides)) + "\n";
	}

	/**
	 * One guide as a JSON object in the file format, e.g. for showing or editing it.
	 *
	 * @param guide the guide
	 * @return the guide's JSON object, ending with a line break
	 */
	public static String toJson(Guide guide) {
		return GuideFormat.PRETTY_WRITER.writeValueAsString(object(guide)) + "\n";
	}

	/**
	 * Writes a guide file to a stream, in UTF-8, without closing the stream.
	 *
	 * @param guides the guides, in the order to write them
	 * @param out the stream
	 * @throws UncheckedIOException when the stream fails
	 */
	public static void write(List<Guide> guides, OutputStream out) {
		try {
			GuideFormat.PRETTY_WRITER.writeValue(out, array(guides));
			out.write('\n');
			out.flush();
		}
		catch (JacksonIOException ex) {
			throw new UncheckedIOException(ex.getCause());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A fingerprint of a guide's content, for telling an unchanged guide from a changed one, e.g.
	 * when the same file is imported twice: the SHA-256 of the guide's compact JSON in the file
	 * format, as 64 lower-case hex digits. Equal guides have equal fingerprints, whatever the
	 * layout or surrounding whitespace of the file they came from; any change of any field,
	 * the id included, changes it.
	 *
	 * @param guide the guide
	 * @return 64 lower-case hex digits
	 */
	public static String fingerprint(Guide guide) {
		byte[] canonical = GuideFormat.COMPACT_WRITER.writeValueAsBytes(object(guide));
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

	private static ArrayNode array(List<Guide> guides) {
		ArrayNode array = NODES.arrayNode(guides.size());
		guides.forEach(guide -> array.add(object(guide)));
		return array;
	}

	private static ObjectNode object(Guide guide) {
		ObjectNode object = NODES.objectNode();
		putText(object, ID, guide.id());
		putText(object, TITLE, guide.title());
		putTexts(object, ALIASES, guide.aliases());
		putText(object, DEPARTMENT, guide.department());
		putText(object, CATEGORY, guide.category());
		putTexts(object, AUDIENCE, guide.audience());
		putText(object, SUMMARY, guide.summary());
		putText(object, CONDITIONS, guide.conditions());
		putTexts(object, MATERIALS, guide.materials());
		putTexts(object, PROCESS, guide.process());
		putText(object, TIME_LIMIT, guide.timeLimit());
		putText(object, FEE, guide.fee());
		putText(object, LOCATION, guide.location());
		putText(object, HOURS, guide.hours());
		putText(object, PHONE, guide.phone());
		putText(object, LEGAL_BASIS, guide.legalBasis());
		putText(object, ONLINE_URL, guide.onlineUrl());
		if (!guide.faqs().isEmpty()) {
			ArrayNode faqs = object.putArray(FAQS);
			for (Faq faq : guide.faqs()) {
				faqs.addObject().put(FAQ_QUESTION, faq.q()).put(FAQ_ANSWER, faq.a());
			}
		}
		if (guide.updatedAt() != null) {
			object.put(UPDATED_AT, guide.updatedAt().toString());
		}
		return object;
	}

	private static void putText(ObjectNode object, String key, String text) {
		if (text != null && !text.isBlank()) {
			object.put(key, text);
		}
	}

	private static void putTexts(ObjectNode object, String key, List<String> texts) {
		if (!texts.isEmpty()) {
			ArrayNode array = object.putArray(key);
			texts.forEach(array::add);
		}
	}

}
