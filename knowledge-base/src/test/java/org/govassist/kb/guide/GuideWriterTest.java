package org.govassist.kb.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govassist.kb.guide.GuideFiles.guidesOf;
import static org.govassist.kb.guide.GuideFiles.resource;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class GuideWriterTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Guide COMPLETE = guidesOf(resource("complete-guide.json")).get(0);

	@Test
	void readingWrittenGuidesGivesEqualGuides() throws Exception {
		List<Guide> guides = guidesOf(resource("complete-guide.json"));

		assertThat(GuideReader.parse("written.json", GuideWriter.toJson(guides))).isEqualTo(guides);
	}

	@Test
	void writesTheFileLayoutWithKeysInFormatOrder() {
		assertThat(GuideWriter.toJson(guidesOf(resource("complete-guide.json"))))
			.isEqualTo(resource("complete-guide.json"));
	}

	@Test
	void leavesOutAbsentFields() {
		Guide sparse = new Guide("sparse-guide", "标题", null, "部门", " ", null, "简介", null, List.of(), null, null,
				"", null, null, null, null, null, null, null);

		assertThat(GuideWriter.toJson(sparse)).isEqualTo("""
				{
				  "id": "sparse-guide",
				  "title": "标题",
				  "department": "部门",
				  "summary": "简介"
				}
				""");
	}

	@Test
	void writesUtf8ToAStreamAndLeavesItOpen() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		var closed = new boolean[1];
		var out = new FilterOutputStream(bytes) {
			@Override
			public void close() throws IOException {
				closed[0] = true;
				super.close();
			}
		};

		GuideWriter.write(List.of(COMPLETE), out);

		assertThat(closed[0]).isFalse();
		assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(GuideWriter.toJson(List.of(COMPLETE)))
			.contains("\"title\": \"市图书馆读者证办理\"");
	}

	@Test
	void fingerprintIsTheSameForEqualGuidesHoweverTheirFileWasLaidOut() throws Exception {
		Guide compact = GuideReader.parse("compact.json", """
				[{"id":"library-card","title":"市图书馆读者证办理","department":"临江市文化和旅游局","summary":"简介"}]""")
			.get(0);
		Guide spaced = GuideReader.parse("spaced.json", """
				[
				  {
				    "summary": "  简介 ",
				    "department": "临江市文化和旅游局",
				    "aliases": [],
				    "title": "市图书馆读者证办理",
				    "fee": "",
				    "id": "library-card"
				  }
				]""").get(0);

		assertThat(GuideWriter.fingerprint(spaced)).isEqualTo(GuideWriter.fingerprint(compact));
	}

	@Test
	void fingerprintIsSixtyFourHexDigits() {
		assertThat(GuideWriter.fingerprint(COMPLETE)).matches("[0-9a-f]{64}");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyKey")
	void fingerprintChangesWithAnyField(String key) throws Exception {
		ObjectNode written = (ObjectNode) JSON.readTree(GuideWriter.toJson(COMPLETE));
		written.set(key, changed(key, written.get(key)));
		Guide changed = GuideReader.parse("changed.json", "[" + written + "]").get(0);

		assertThat(changed).isNotEqualTo(COMPLETE);
		assertThat(GuideWriter.fingerprint(changed)).isNotEqualTo(GuideWriter.fingerprint(COMPLETE));
	}

	@Test
	void fingerprintChangesWithAFaqQuestion() {
		Guide changed = new Guide(COMPLETE.id(), COMPLETE.title(), COMPLETE.aliases(), COMPLETE.department(),
				COMPLETE.category(), COMPLETE.audience(), COMPLETE.summary(), COMPLETE.conditions(), COMPLETE.materials(),
				COMPLETE.process(), COMPLETE.timeLimit(), COMPLETE.fee(), COMPLETE.location(), COMPLETE.hours(),
				COMPLETE.phone(), COMPLETE.legalBasis(), COMPLETE.onlineUrl(),
				List.of(new Faq("外省户口能办吗？", COMPLETE.faqs().get(0).a())), COMPLETE.updatedAt());

		assertThat(GuideWriter.fingerprint(changed)).isNotEqualTo(GuideWriter.fingerprint(COMPLETE));
	}

	static Stream<String> everyKey() {
		return GuideFormat.KEYS.stream();
	}

	/** A different valid value for a key of the complete guide. */
	private static JsonNode changed(String key, JsonNode value) {
		return switch (key) {
			case "id" -> JSON.getNodeFactory().stringNode("library-card-2");
			case "onlineUrl" -> JSON.getNodeFactory().stringNode(value.stringValue() + "/apply");
			case "updatedAt" -> JSON.getNodeFactory().stringNode("2026-03-02");
			case "faqs" -> JSON.readTree("[{\"q\": \"外地户口能办吗？\", \"a\": \"不可以。\"}]");
			default -> value.isArray() ? ((ArrayNode) value.deepCopy()).add("新增一项")
					: JSON.getNodeFactory().stringNode(value.stringValue() + "（修订）");
		};
	}

}
