package org.govassist.kb.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.govassist.kb.guide.GuideFiles.guidesOf;
import static org.govassist.kb.guide.GuideFiles.oneGuide;
import static org.govassist.kb.guide.GuideFiles.onlyProblemOf;
import static org.govassist.kb.guide.GuideFiles.problemsOf;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GuideRulesTest {

	@Test
	void guideWithOnlyTheRequiredFieldsIsAccepted() {
		Guide guide = guidesOf(oneGuide("")).get(0);

		assertThat(guide.id()).isEqualTo("test-guide");
		assertThat(guide.title()).isEqualTo("测试事项");
		assertThat(guide.department()).isEqualTo("临江市测试局");
		assertThat(guide.summary()).isEqualTo("用于测试的事项。");
		assertThat(guide.fee()).isNull();
		assertThat(guide.materials()).isEmpty();
		assertThat(guide.updatedAt()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "id", "title", "department", "summary" })
	void missingRequiredFieldIsReportedWithFileIndexAndField(String field) {
		String json = "[" + withoutProperty(GuideFiles.guide("test-guide", ""), field) + "]";

		GuideProblem problem = onlyProblemOf(json);

		assertThat(problem.field()).isEqualTo(field);
		assertThat(problem.describe()).startsWith("guides.json:1:2 [0] ")
			.endsWith("field=" + field + ": required, but missing");
	}

	@Test
	void blankRequiredFieldIsReportedAsBlank() {
		GuideProblem problem = onlyProblemOf("""
				[{"id": "test-guide", "title": " \u3000 ", "department": "临江市测试局", "summary": "测试。"}]""");

		assertThat(problem.describe()).isEqualTo("guides.json:1:23 [0] id=test-guide field=title: required, but blank");
	}

	@Test
	void nullRequiredFieldCountsAsMissing() {
		GuideProblem problem = onlyProblemOf("""
				[{"id": "test-guide", "title": "测试", "department": null, "summary": "测试。"}]""");

		assertThat(problem.field()).isEqualTo("department");
		assertThat(problem.message()).isEqualTo("required, but missing");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ab", "Upper-case", "-starts-with-dash", "has space", "under_score", "身份证" })
	void idOutsideTheSyntaxIsRejectedAndStillNamesTheGuide(String id) {
		GuideProblem problem = onlyProblemOf("[" + GuideFiles.guide(id, "") + "]");

		assertThat(problem.field()).isEqualTo("id");
		assertThat(problem.guideId()).isEqualTo(id);
		assertThat(problem.message()).startsWith("not a valid id: \"" + id + "\"")
			.contains("3 to 64 characters of a-z, 0-9 and \"-\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "0-a", "a--b", "12345", "passport-renewal-2026" })
	void idWithinTheSyntaxIsAccepted(String id) {
		assertThat(guidesOf("[" + GuideFiles.guide(id, "") + "]")).extracting(Guide::id).containsExactly(id);
		assertThat(GuideValidator.isValidId(id)).isTrue();
	}

	@Test
	void idHasThreeToSixtyFourCharacters() {
		assertThat(GuideValidator.isValidId("a".repeat(GuideValidator.MAX_ID_LENGTH))).isTrue();
		assertThat(GuideValidator.isValidId("a".repeat(GuideValidator.MAX_ID_LENGTH + 1))).isFalse();
		assertThat(GuideValidator.isValidId("a".repeat(GuideValidator.MIN_ID_LENGTH))).isTrue();
		assertThat(GuideValidator.isValidId("a".repeat(GuideValidator.MIN_ID_LENGTH - 1))).isFalse();
		assertThat(onlyProblemOf("[" + GuideFiles.guide("a".repeat(65), "") + "]").field()).isEqualTo("id");
	}

	@Test
	void unknownKeyIsRejectedWithItsName() {
		GuideProblem problem = onlyProblemOf(oneGuide("\"price\": \"免费\""));

		assertThat(problem.field()).isEqualTo("price");
		assertThat(problem.describe()).endsWith("[0] id=test-guide field=price: unknown key \"price\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "titel", "onlineURL", "updateAt", "legal_basis", "faq" })
	void misspeltKeyIsRejectedWithTheKeyItWasProbablyMeantToBe(String key) {
		GuideProblem problem = onlyProblemOf(oneGuide("\"" + key + "\": \"x\""));

		assertThat(problem.message()).startsWith("unknown key \"" + key + "\" (did you mean \"");
	}

	@Test
	void unknownKeyInsideAFaqIsRejectedWithItsPath() {
		GuideProblem problem = onlyProblemOf(oneGuide("""
				"faqs": [{"q": "要钱吗？", "a": "不要。", "answeredBy": "窗口"}]"""));

		assertThat(problem.field()).isEqualTo("faqs[0].answeredBy");
		assertThat(problem.message()).isEqualTo("unknown key \"answeredBy\"; a FAQ has only \"q\" and \"a\"");
	}

	@Test
	void valuesOfTheWrongTypeAreReportedWithWhatWasFound() {
		List<GuideProblem> problems = problemsOf(oneGuide("""
				"category": 3, "aliases": "换证", "audience": [true], "materials": ["身份证", {"name": "照片"}],
				"process": null, "faqs": {"q": "?", "a": "!"}, "updatedAt": 20261001"""));

		assertThat(problems).extracting(GuideProblem::field, GuideProblem::message)
			.containsExactly(
					tuple("category", "expected a string, found a number"),
					tuple("aliases", "expected an array of strings, found a string"),
					tuple("audience[0]", "expected a string, found true"),
					tuple("materials[1]", "expected a string, found an object"),
					tuple("faqs",
							"expected an array of {\"q\": …, \"a\": …} objects, found an object"),
					tuple("updatedAt", "expected a string, found a number"));
	}

	@Test
	void faqNeedsAQuestionAndAnAnswer() {
		List<GuideProblem> problems = problemsOf(oneGuide("""
				"faqs": [{"q": "要钱吗？"}, {"q": " ", "a": "不要。"}, "要预约吗？"]"""));

		assertThat(problems).extracting(GuideProblem::field, GuideProblem::message)
			.containsExactly(tuple("faqs[0].a", "required, but missing"),
					tuple("faqs[1].q", "required, but blank"),
					tuple("faqs[2]",
							"expected an object {\"q\": …, \"a\": …}, found a string"));
	}

	@Test
	void blankListItemIsRejected() {
		GuideProblem problem = onlyProblemOf(oneGuide("\"materials\": [\"身份证\", \"  \"]"));

		assertThat(problem.field()).isEqualTo("materials[1]");
		assertThat(problem.message()).isEqualTo("blank item; remove it or fill it in");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026/10/01", "2026-02-30", "26-10-01", "2026-10-01T09:00", "2026-1-5", "２０２６-10-01" })
	void updatedAtMustBeADateWrittenYearMonthDay(String date) {
		GuideProblem problem = onlyProblemOf(oneGuide("\"updatedAt\": \"" + date + "\""));

		assertThat(problem.field()).isEqualTo("updatedAt");
		assertThat(problem.message()).isEqualTo("not a date written yyyy-MM-dd, such as 2026-10-01: \"" + date + "\"");
	}

	@Test
	void updatedAtIsReadAsADate() {
		assertThat(guidesOf(oneGuide("\"updatedAt\": \"2026-10-01\"")).get(0).updatedAt())
			.isEqualTo(LocalDate.of(2026, 10, 1));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ftp://files.linjiang.example/a", "zwfw.linjiang.example/guide", "https://",
			"javascript:alert(1)", "https://zwfw.linjiang.example/a b", "mailto:help@linjiang.example" })
	void onlineUrlMustBeAnHttpOrHttpsUrl(String url) {
		GuideProblem problem = onlyProblemOf(oneGuide("\"onlineUrl\": \"" + url + "\""));

		assertThat(problem.field()).isEqualTo("onlineUrl");
		assertThat(problem.message()).isEqualTo("not an http or https URL: \"" + url + "\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://zwfw.linjiang.example", "HTTPS://ZWFW.LINJIANG.EXAMPLE/guide?id=1#fee",
			"https://zwfw.linjiang.example/指南/身份证" })
	void httpAndHttpsUrlsAreAccepted(String url) {
		assertThat(guidesOf(oneGuide("\"onlineUrl\": \"" + url + "\"")).get(0).onlineUrl()).isEqualTo(url);
	}

	@Test
	void titleUpToTheLimitIsAcceptedCountingChineseCharactersAsOne() {
		String title = "证".repeat(GuideValidator.MAX_TITLE_LENGTH);

		assertThat(guidesOf(withProperty("title", title)).get(0).title()).isEqualTo(title);
	}

	@Test
	void titleOverTheLimitIsRejected() {
		GuideProblem problem = onlyProblemOf(withProperty("title", "证".repeat(GuideValidator.MAX_TITLE_LENGTH + 1)));

		assertThat(problem.field()).isEqualTo("title");
		assertThat(problem.message()).isEqualTo("too long: 201 characters, at most 200");
	}

	@Test
	void textOverTheLimitIsRejectedInFieldsAndListItems() {
		String tooLong = "字".repeat(GuideValidator.MAX_TEXT_LENGTH + 1);
		List<GuideProblem> problems = problemsOf(oneGuide("""
				"fee": "%s", "process": ["取号", "%s"], "faqs": [{"q": "问", "a": "%s"}]"""
			.formatted(tooLong, tooLong, tooLong)));

		assertThat(problems).extracting(GuideProblem::field).containsExactly("fee", "process[1]", "faqs[0].a");
		assertThat(problems).extracting(GuideProblem::message).containsOnly("too long: 5001 characters, at most 5000");
	}

	@Test
	void listOverTheLimitIsRejected() {
		String items = Stream.generate(() -> "\"别名\"")
			.limit(GuideValidator.MAX_LIST_ITEMS + 1)
			.collect(Collectors.joining(", ", "[", "]"));

		GuideProblem problem = onlyProblemOf(oneGuide("\"aliases\": " + items));

		assertThat(problem.field()).isEqualTo("aliases");
		assertThat(problem.message()).isEqualTo("too many items: 101, at most 100");
	}

	@Test
	void surroundingWhitespaceIsTrimmedIncludingFullWidthSpaces() {
		Guide guide = guidesOf("""
				[{"id": " test-guide\\n", "title": "\u3000测试事项 ", "department": "临江市测试局", "summary": "测试。",
				  "materials": ["\\t身份证 "], "faqs": [{"q": " 问 ", "a": " 答 "}], "updatedAt": " 2026-10-01 "}]""")
			.get(0);

		assertThat(guide.id()).isEqualTo("test-guide");
		assertThat(guide.title()).isEqualTo("测试事项");
		assertThat(guide.materials()).containsExactly("身份证");
		assertThat(guide.faqs()).containsExactly(new Faq("问", "答"));
		assertThat(guide.updatedAt()).isEqualTo(LocalDate.of(2026, 10, 1));
	}

	@Test
	void emptyOptionalFieldsCountAsAbsent() {
		Guide guide = guidesOf(oneGuide("""
				"fee": "", "hours": "  ", "onlineUrl": "", "updatedAt": "", "phone": null, "aliases": [], "faqs": []"""))
			.get(0);

		assertThat(guide.fee()).isNull();
		assertThat(guide.hours()).isNull();
		assertThat(guide.onlineUrl()).isNull();
		assertThat(guide.updatedAt()).isNull();
		assertThat(guide.phone()).isNull();
		assertThat(guide.aliases()).isEmpty();
		assertThat(guide.faqs()).isEmpty();
	}

	@Test
	void repeatedKeyIsRejected() {
		GuideProblem problem = onlyProblemOf(oneGuide("\"fee\": \"免费\", \"fee\": \"20元\""));

		assertThat(problem.field()).isEqualTo("fee");
		assertThat(problem.message()).isEqualTo("repeated key; write each key once");
	}

	@Test
	void elementThatIsNotAnObjectIsRejected() {
		GuideProblem problem = onlyProblemOf("[\"id-card-renewal\"]");

		assertThat(problem.describe()).isEqualTo("guides.json:1:2 [0]: expected a guide object, found a string");
	}

	private static String withoutProperty(String guide, String key) {
		return guide.replaceFirst("\"" + key + "\": \"[^\"]*\",? ?", "").replace(", }", "}");
	}

	private static String withProperty(String key, String value) {
		return "[" + GuideFiles.guide("test-guide", "").replaceFirst("\"" + key + "\": \"[^\"]*\"",
				"\"" + key + "\": \"" + value + "\"") + "]";
	}

}
