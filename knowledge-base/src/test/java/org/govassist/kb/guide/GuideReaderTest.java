package org.govassist.kb.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.govassist.kb.guide.GuideFiles.SOURCE;
import static org.govassist.kb.guide.GuideFiles.guidesOf;
import static org.govassist.kb.guide.GuideFiles.oneGuide;
import static org.govassist.kb.guide.GuideFiles.onlyProblemOf;
import static org.govassist.kb.guide.GuideFiles.problemsOf;
import static org.govassist.kb.guide.GuideFiles.resource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuideReaderTest {

	@Test
	void readsEveryFieldOfACompleteGuide() {
		List<Guide> guides = guidesOf(resource("complete-guide.json"));

		assertThat(guides).extracting(Guide::id).containsExactly("library-card", "bus-card-senior");
		Guide guide = guides.get(0);
		assertThat(guide.title()).isEqualTo("市图书馆读者证办理");
		assertThat(guide.aliases()).containsExactly("办借书证", "图书馆办卡");
		assertThat(guide.department()).isEqualTo("临江市文化和旅游局");
		assertThat(guide.category()).isEqualTo("文化与体育");
		assertThat(guide.audience()).containsExactly("个人");
		assertThat(guide.summary()).startsWith("在临江市图书馆办理读者证");
		assertThat(guide.conditions()).startsWith("持有效居民身份证");
		assertThat(guide.materials()).containsExactly("居民身份证原件", "未满14周岁的，提供监护人身份证原件");
		assertThat(guide.process()).containsExactly("到总服务台或自助办证机提交证件", "现场激活读者证");
		assertThat(guide.timeLimit()).isEqualTo("即时办结");
		assertThat(guide.fee()).isEqualTo("不收费");
		assertThat(guide.location()).isEqualTo("临江市图书馆一楼总服务台（文昌路12号）");
		assertThat(guide.hours()).isEqualTo("周二至周日 9:00—20:00");
		assertThat(guide.phone()).isEqualTo("0999-86200000");
		assertThat(guide.legalBasis()).isEqualTo("《中华人民共和国公共图书馆法》");
		assertThat(guide.onlineUrl()).isEqualTo("https://zwfw.linjiang.example/guide/library-card");
		assertThat(guide.faqs()).containsExactly(new Faq("外地户口能办吗？", "可以，持有效身份证件即可办理。"));
		assertThat(guide.updatedAt()).isEqualTo(LocalDate.of(2026, 3, 1));
	}

	@Test
	void readsAFileByItsPath(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("seed.json");
		Files.writeString(file, resource("complete-guide.json"));

		assertThat(GuideReader.read(file)).hasSize(2);
	}

	@Test
	void missingFileIsOneProblemNamingThePath(@TempDir Path folder) {
		Path file = folder.resolve("absent.json");

		GuideFileException thrown = catchThrowableOfType(GuideFileException.class, () -> GuideReader.read(file));

		assertThat(thrown.problems()).extracting(GuideProblem::describe)
			.containsExactly(file + ": cannot read the file: no such file");
		assertThat(thrown.getCause()).isInstanceOf(IOException.class);
	}

	@Test
	void everyProblemOfEveryGuideIsReportedAtOnceInFileOrder() {
		List<GuideProblem> problems = problemsOf(resource("several-problems.json"));

		assertThat(problems).extracting(GuideProblem::describe).containsExactly(
				"guides.json:3:5 [0] id=passport-help field=id: duplicate id: also the id of the guide at [2] (line 17, column 5)",
				"guides.json:7:5 [0] id=passport-help field=fee: expected a string, found a number",
				"guides.json:8:26 [0] id=passport-help field=materials[1]: blank item; remove it or fill it in",
				"guides.json:10:3 [1] id=Bad Id field=department: required, but missing",
				"guides.json:11:5 [1] id=Bad Id field=id: not a valid id: \"Bad Id\"; an id has 3 to 64 characters of a-z, 0-9 and \"-\", and starts with a letter or digit",
				"guides.json:14:5 [1] id=Bad Id field=updatedAt: not a date written yyyy-MM-dd, such as 2026-10-01: \"2026/10/01\"",
				"guides.json:17:5 [2] id=passport-help field=id: duplicate id: also the id of the guide at [0] (line 3, column 5)",
				"guides.json:21:5 [2] id=passport-help field=onlineURL: unknown key \"onlineURL\" (did you mean \"onlineUrl\"?)");
	}

	@Test
	void exceptionMessageListsEveryProblemOnItsOwnLine() {
		GuideFileException thrown = catchThrowableOfType(GuideFileException.class,
				() -> GuideReader.parse(SOURCE, resource("several-problems.json")));

		assertThat(thrown.getMessage().lines().toList()).hasSize(9)
			.first()
			.isEqualTo("8 problems in guide file guides.json:");
		assertThat(thrown.getMessage().lines().skip(1).toList())
			.isEqualTo(thrown.problems().stream().map(GuideProblem::describe).toList());
	}

	@Test
	void everyGuideSharingAnIdIsRejectedNamingTheOthers() {
		String json = "[" + GuideFiles.guide("same-id", "") + ",\n " + GuideFiles.guide("other-id", "") + ",\n "
				+ GuideFiles.guide("same-id", "") + ",\n " + GuideFiles.guide("same-id", "") + "]";

		List<GuideProblem> problems = problemsOf(json);

		assertThat(problems).extracting(GuideProblem::index).containsExactly(0, 2, 3);
		assertThat(problems).extracting(GuideProblem::field).containsOnly("id");
		assertThat(problems.get(0).message())
			.isEqualTo("duplicate id: also the id of the guides at [2] (line 3, column 3), [3] (line 4, column 3)");
	}

	@Test
	void objectAtTheTopLevelIsOneClearProblem() {
		GuideProblem problem = onlyProblemOf(GuideFiles.guide("test-guide", ""));

		assertThat(problem.describe())
			.isEqualTo("guides.json:1:1: expected a JSON array of guides, found an object; put even a single guide in [ ]");
		assertThat(problem.index()).isEqualTo(-1);
	}

	@Test
	void otherValueAtTheTopLevelIsOneClearProblem() {
		assertThat(onlyProblemOf("\n  \"guides\"").describe())
			.isEqualTo("guides.json:2:3: expected a JSON array of guides, found a string");
	}

	@Test
	void emptyInputIsOneClearProblem() {
		assertThat(onlyProblemOf("  \n").describe()).isEqualTo("guides.json: no content; expected a JSON array of guides");
	}

	@Test
	void malformedJsonIsReportedWithLineAndColumn() {
		GuideProblem problem = onlyProblemOf("""
				[
				  {"id": "test-guide", "title": "测试事项",}
				]""");

		assertThat(problem.line()).isEqualTo(2);
		assertThat(problem.column()).isEqualTo(40);
		assertThat(problem.message()).startsWith("malformed JSON: Unexpected character ('}'");
		assertThat(problem.describe()).startsWith("guides.json:2:40: malformed JSON: ");
	}

	@Test
	void guidesBeforeASyntaxErrorAreStillChecked() {
		List<GuideProblem> problems = problemsOf("[" + GuideFiles.guide("test-guide", "\"fee\": 0") + ",\n {\"id\": ");

		assertThat(problems).extracting(GuideProblem::index, GuideProblem::field).containsExactly(
				tuple(0, "fee"), tuple(-1, null));
		assertThat(problems.get(1).message()).startsWith("malformed JSON: Unexpected end-of-input");
	}

	@Test
	void contentAfterTheArrayIsRejected() {
		assertThat(onlyProblemOf(oneGuide("") + "\n[]").describe())
			.isEqualTo("guides.json:2:1: unexpected content after the array of guides");
	}

	@Test
	void deeplyNestedValueIsRejectedWithoutExhaustingTheStack() {
		String nested = "[".repeat(10_000) + "]".repeat(10_000);

		GuideProblem problem = onlyProblemOf(oneGuide("\"fee\": " + nested));

		assertThat(problem.message()).startsWith("the JSON exceeds a limit: ").contains("nesting depth");
	}

	@Test
	void columnsCountCharactersNotBytes() {
		byte[] utf8 = oneGuide("\"fee\": 1").getBytes(StandardCharsets.UTF_8);

		List<GuideProblem> problems = GuideReader.validate(SOURCE, new ByteArrayInputStream(utf8)).problems();

		String json = oneGuide("\"fee\": 1");
		assertThat(problems).singleElement()
			.extracting(GuideProblem::column)
			.isEqualTo(json.indexOf("\"fee\"") + 1);
	}

	@Test
	void bytesThatAreNotUtf8AreReportedWithTheirPosition() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes("[\n  {\"id\": \"身份证".getBytes(StandardCharsets.UTF_8));
		bytes.write(0xFF);
		bytes.writeBytes("\"}]".getBytes(StandardCharsets.UTF_8));

		ValidationReport report = GuideReader.validate(SOURCE, new ByteArrayInputStream(bytes.toByteArray()));

		assertThat(report.problems()).extracting(GuideProblem::describe)
			.containsExactly("guides.json:2:14: not UTF-8 text: byte 0xFF does not belong there");
	}

	@Test
	void byteOrderMarkIsIgnored() throws Exception {
		byte[] withMark = ("\uFEFF" + oneGuide("")).getBytes(StandardCharsets.UTF_8);

		assertThat(GuideReader.read(SOURCE, new ByteArrayInputStream(withMark))).hasSize(1);
		assertThat(GuideReader.parse(SOURCE, "\uFEFF" + oneGuide(""))).hasSize(1);
	}

	@Test
	void streamIsLeftOpenForItsOwner() throws Exception {
		var closed = new boolean[1];
		InputStream in = new FilterInputStream(new ByteArrayInputStream(oneGuide("").getBytes(StandardCharsets.UTF_8))) {
			@Override
			public void close() throws IOException {
				closed[0] = true;
				super.close();
			}
		};

		GuideReader.read(SOURCE, in);

		assertThat(closed[0]).isFalse();
	}

	@Test
	void failingStreamIsOneProblem() {
		InputStream failing = new InputStream() {
			@Override
			public int read() throws IOException {
				throw new IOException("connection reset");
			}
		};

		assertThat(GuideReader.validate(SOURCE, failing).problems()).extracting(GuideProblem::describe)
			.containsExactly("guides.json: cannot read: connection reset");
	}

}
