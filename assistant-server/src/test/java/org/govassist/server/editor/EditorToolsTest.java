package org.govassist.server.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.govassist.kb.Answer;
import org.govassist.kb.ConsultationEngine;
import org.govassist.server.ApiClient;
import org.govassist.server.StaffAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The editors' tools over HTTP against the demo knowledge base, with lexical retrieval: version
 * differences, CSV import and export, the lexicon and its effect on answers, trying a question,
 * and who may use them. Each test works on guides and questions of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class EditorToolsTest {

	private static final JsonMapper JSON = JsonMapper.shared();

	private static final String PASSWORD = "editor-password";

	private static final String CSV = "text/csv; charset=utf-8";

	@TempDir
	static Path dataDir;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	ConsultationEngine engine;

	private String editor;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry properties) {
		properties.add("assistant.data-dir", () -> dataDir.toString());
		properties.add("assistant.retrieval.semantic.enabled", () -> "false");
	}

	@BeforeEach
	void logIn() {
		StaffAccounts.createEditorAndAgent(jdbc, encoder, PASSWORD);
		editor = api().login("editor-wang", PASSWORD);
	}

	@Test
	void agentsAreForbiddenTheEditorsTools() {
		String agent = api().login("agent-li", PASSWORD);

		assertThat(send("GET", "/api/kb/guides/taiwan-permit/diff?from=1&to=1", agent, null, null, null).statusCode())
			.isEqualTo(403);
		assertThat(send("GET", "/api/kb/lexicon", agent, null, null, null).statusCode()).isEqualTo(403);
		assertThat(send("PUT", "/api/kb/lexicon", agent, "application/json", "{\"words\":[]}", null).statusCode())
			.isEqualTo(403);
		assertThat(send("GET", "/api/kb/lexicon/versions", agent, null, null, null).statusCode()).isEqualTo(403);
		assertThat(send("POST", "/api/kb/try", agent, "application/json", "{\"question\":\"护照\"}", null).statusCode())
			.isEqualTo(403);
		assertThat(send("GET", "/api/kb/export?format=csv", agent, null, null, null).statusCode()).isEqualTo(403);
		assertThat(send("POST", "/api/kb/import", agent, CSV, "id,title,department,summary\r\n", null).statusCode())
			.isEqualTo(403);
		assertThat(send("POST", "/api/kb/try", null, "application/json", "{\"question\":\"护照\"}", null).statusCode())
			.isEqualTo(401);
	}

	@Test
	void differenceOfTwoVersionsListsEachChangedFieldWithItsValuesBeforeAndAfter() {
		ObjectNode guide = guide("taiwan-permit");
		String oldFee = guide.get("fee").asString();
		guide.put("fee", "免费");
		guide.putArray("materials").add("居民身份证").add("近期证件照片");
		guide.remove("aliases");
		assertThat(send("PUT", "/api/kb/guides/taiwan-permit", editor, "application/json", guide.toString(), "\"1\"")
			.statusCode()).isEqualTo(200);

		HttpResponse<String> response = send("GET", "/api/kb/guides/taiwan-permit/diff?from=1&to=2", editor, null, null,
				null);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode diff = ApiClient.json(response);
		assertThat(diff.get("id").asString()).isEqualTo("taiwan-permit");
		assertThat(diff.get("from").asInt()).isEqualTo(1);
		assertThat(diff.get("to").asInt()).isEqualTo(2);
		assertThat(diff.get("changes").values()).extracting(change -> change.get("field").asString())
			.containsExactly("aliases", "materials", "fee");
		JsonNode fee = diff.get("changes").get(2);
		assertThat(fee.get("before").asString()).isEqualTo(oldFee);
		assertThat(fee.get("after").asString()).isEqualTo("免费");
		JsonNode aliases = diff.get("changes").get(0);
		assertThat(aliases.get("before").isArray()).isTrue();
		assertThat(aliases.get("after").isNull()).isTrue();
		assertThat(diff.get("changes").get(1).get("after").values()).extracting(JsonNode::asString)
			.containsExactly("居民身份证", "近期证件照片");
		assertThat(ApiClient.json(send("GET", "/api/kb/guides/taiwan-permit/diff?from=2&to=2", editor, null, null, null))
			.get("changes")
			.isEmpty()).isTrue();
		assertThat(send("GET", "/api/kb/guides/taiwan-permit/diff?from=1&to=9", editor, null, null, null).statusCode())
			.isEqualTo(404);
		assertThat(send("GET", "/api/kb/guides/no-such-guide/diff?from=1&to=2", editor, null, null, null).statusCode())
			.isEqualTo(404);
		assertThat(send("GET", "/api/kb/guides/taiwan-permit/diff?from=1", editor, null, null, null).statusCode())
			.isEqualTo(400);
	}

	@Test
	void csvImportReportsCreatedUpdatedUnchangedAndEachRejectedRowWithItsLineAndColumn() {
		List<CsvTable.Row> exported = CsvTable.read(exportCsv());
		List<String> header = exported.getFirst().cells();
		List<String> unchanged = row(exported, "student-loan");
		List<String> updated = new ArrayList<>(row(exported, "childcare-subsidy"));
		updated.set(header.indexOf("fee"), "不收费（新）");
		List<String> untitled = new ArrayList<>(row(exported, "legal-aid-application"));
		untitled.set(header.indexOf("title"), "");
		String csv = "\uFEFF" + CsvTable.write(List.of(header, unchanged, updated))
				+ CsvTable.write(List.of(untitled))
				+ "\"cat-registration\",\"猫只登记\",\"临江市公安局\",\"为猫办理登记\n"
				+ CsvTable.write(List.of(newGuide(header, "pet-dog-licence", "犬只登记证办理")));

		HttpResponse<String> response = send("POST", "/api/kb/import", editor, CSV, csv, null);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode report = ApiClient.json(response);
		assertThat(report.get("created").asInt()).isEqualTo(1);
		assertThat(report.get("updated").asInt()).isEqualTo(1);
		assertThat(report.get("unchanged").asInt()).isEqualTo(1);
		JsonNode rejected = report.get("rejected");
		assertThat(rejected.values()).extracting(row -> row.get("line").asInt()).hasSize(2);
		JsonNode noTitle = rejected.get(0);
		assertThat(noTitle.get("index").asInt()).isEqualTo(2);
		assertThat(noTitle.get("id").asString()).isEqualTo("legal-aid-application");
		assertThat(noTitle.get("line").asInt()).isGreaterThan(4);
		assertThat(noTitle.get("errors").get(0).get("field").asString()).isEqualTo("title");
		assertThat(noTitle.get("errors").get(0).get("column").asString()).isEqualTo("B");
		JsonNode brokenQuote = rejected.get(1);
		assertThat(brokenQuote.get("index").asInt()).isEqualTo(3);
		assertThat(brokenQuote.get("errors").get(0).get("field").asString()).isEqualTo("csv");
		assertThat(brokenQuote.get("errors").get(0).get("column").asString()).isEqualTo("D");
		assertThat(brokenQuote.get("errors").get(0).get("message").asString()).contains("引号");
		assertThat(engine.guide("childcare-subsidy").orElseThrow().fee()).isEqualTo("不收费（新）");
		assertThat(engine.guide("pet-dog-licence").orElseThrow().materials()).containsExactly("户口簿", "犬只免疫证明");
		assertThat(engine.guide("pet-dog-licence").orElseThrow().faqs()).hasSize(2);
		assertThat(engine.guide("pet-dog-licence").orElseThrow().faqs().get(1).a()).isEqualTo("可以。\n请带上原证。");
		assertThat(engine.guide("cat-registration")).isEmpty();
		assertThat(guide("legal-aid-application").get("title").asString()).isEqualTo("法律援助申请");
	}

	@Test
	void csvExportIsEveryPublishedGuideAndReadsBackUnchanged() {
		HttpResponse<String> response = send("GET", "/api/kb/export?format=csv", editor, null, null, null);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/csv"));
		assertThat(response.body()).startsWith("\uFEFFid,title,aliases,department,");
		assertThat(CsvTable.read(response.body())).hasSize(engine.size() + 1);

		JsonNode report = ApiClient.json(send("POST", "/api/kb/import", editor, CSV, response.body(), null));

		assertThat(report.get("rejected").isEmpty()).isTrue();
		assertThat(report.get("created").asInt() + report.get("updated").asInt()).isZero();
		assertThat(report.get("unchanged").asInt()).isEqualTo(engine.size());
	}

	@Test
	void csvThatIsNotUtf8OrHasAnUnknownColumnOrTooManyRowsIsRefusedSayingWhy() {
		byte[] gbk = "id,title,department,summary\r\nmy-guide,犬只登记,公安局,登记\r\n".getBytes(Charset.forName("GBK"));
		HttpResponse<String> notUtf8 = send("POST", "/api/kb/import", editor, CSV, gbk, null);
		assertThat(notUtf8.statusCode()).isEqualTo(400);
		assertThat(problems(notUtf8)).singleElement().satisfies(problem -> assertThat(problem).contains("UTF-8"));

		HttpResponse<String> unknown = send("POST", "/api/kb/import", editor, CSV,
				"id,title,department,summary,price\r\n", null);
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(problems(unknown)).singleElement().satisfies(problem -> assertThat(problem).contains("E", "price"));

		StringBuilder many = new StringBuilder("id,title,department,summary\r\n");
		for (int i = 0; i <= ImportLimits.MAX_GUIDES; i++) {
			many.append("guide-").append(i).append(",标题,部门,摘要\r\n");
		}
		HttpResponse<String> tooMany = send("POST", "/api/kb/import", editor, CSV, many.toString(), null);
		assertThat(tooMany.statusCode()).isEqualTo(400);
		assertThat(problems(tooMany)).singleElement().satisfies(problem -> assertThat(problem).contains("2000"));
		assertThat(engine.guide("guide-1")).isEmpty();
	}

	@Test
	void jsonImportThatIsNotAnArrayIsRefusedNamingWhereItWentWrong() {
		HttpResponse<String> object = send("POST", "/api/kb/import", editor, "application/json", "\n  {\"id\": 1}", null);
		assertThat(object.statusCode()).isEqualTo(400);
		assertThat(ApiClient.json(object).get("errors").get(0).get("field").asString()).isEqualTo("guides");
		assertThat(problems(object)).singleElement().satisfies(problem -> assertThat(problem).contains("第 2 行"));

		HttpResponse<String> broken = send("POST", "/api/kb/import", editor, "application/json", "[{\"id\": }]", null);
		assertThat(broken.statusCode()).isEqualTo(400);
		assertThat(problems(broken)).singleElement().satisfies(problem -> assertThat(problem).contains("第 1 行"));
	}

	@Test
	void aNewSynonymGroupChangesTheAnswersWithoutRestartAndIsVersionedAndAudited() {
		assertThat(tryQuestion("寿星钱怎么领").get("decision").asString()).isNotEqualTo("answer");
		HttpResponse<String> current = send("GET", "/api/kb/lexicon", editor, null, null, null);
		String etag = current.headers().firstValue("ETag").orElseThrow();
		int version = ApiClient.json(current).get("version").asInt();
		ObjectNode lexicon = (ObjectNode) ApiClient.json(current);
		lexicon.remove("version");
		lexicon.withArray("synonyms").addArray().add("高龄津贴").add("长寿金").add("寿星钱");

		HttpResponse<String> saved = send("PUT", "/api/kb/lexicon", editor, "application/json", lexicon.toString(), etag);

		assertThat(saved.statusCode()).isEqualTo(200);
		assertThat(saved.headers().firstValue("ETag")).hasValue("\"" + (version + 1) + "\"");
		assertThat(ApiClient.json(saved).get("synonyms").values()).anySatisfy(
				group -> assertThat(group.values()).extracting(JsonNode::asString).contains("寿星钱"));
		JsonNode tried = tryQuestion("寿星钱怎么领");
		assertThat(tried.get("decision").asString()).isEqualTo("answer");
		assertThat(tried.get("guide").get("id").asString()).isEqualTo("elderly-allowance");
		assertThat(engine.ask("寿星钱怎么领", null)).isInstanceOfSatisfying(Answer.class,
				answer -> assertThat(answer.guide().id()).isEqualTo("elderly-allowance"));
		assertThat(ApiClient.json(send("GET", "/api/kb/lexicon/versions", editor, null, null, null)).values())
			.anySatisfy(entry -> {
				assertThat(entry.get("version").asInt()).isEqualTo(version + 1);
				assertThat(entry.get("author").asString()).isEqualTo("editor-wang");
				assertThat(entry.get("created").asString()).isNotBlank();
			});

		HttpResponse<String> stale = send("PUT", "/api/kb/lexicon", editor, "application/json",
				"{\"words\":[\"寿星钱\"],\"synonyms\":[]}", etag);

		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(ApiClient.json(stale).get("currentVersion").asInt()).isEqualTo(version + 1);
		assertThat(tryQuestion("寿星钱怎么领").get("decision").asString()).isEqualTo("answer");
		assertThat(jdbc.sql("SELECT outcome FROM audit_event WHERE action = 'lexicon.save' ORDER BY id DESC LIMIT 2")
			.query(String.class)
			.list()).containsExactly("refused", "success");
	}

	@Test
	void invalidLexiconIsRefusedNamingEachItemAtFaultAndNothingIsSaved() {
		int version = ApiClient.json(send("GET", "/api/kb/lexicon", editor, null, null, null)).get("version").asInt();
		String body = """
				{"words": ["身份证", "寿 星", "甲", "新词一", "新词一"],
				 "synonyms": [["孤词"], ["低保", "驾照"], ["新词二", "新词二"], ["新词三", "新词四"], ["新词四", "新词五"],
				              ["新词六", 7]]}""";

		HttpResponse<String> response = send("PUT", "/api/kb/lexicon", editor, "application/json", body, null);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(ApiClient.json(response).get("errors").values()).extracting(error -> error.get("field").asString())
			.containsExactlyInAnyOrder("words[0]", "words[1]", "words[2]", "words[4]", "synonyms[0]", "synonyms[1]",
					"synonyms[2][1]", "synonyms[4][0]", "synonyms[5][1]");
		assertThat(ApiClient.json(send("GET", "/api/kb/lexicon", editor, null, null, null)).get("version").asInt())
			.isEqualTo(version);
	}

	@Test
	void tryingAQuestionShowsTheDecisionCandidatesAndMatchedTermsAndRecordsNothing() {
		long gaps = count("gap_question");
		long conversations = count("conversation");

		JsonNode answer = tryQuestion("身份证丢了咋补办");

		assertThat(answer.get("decision").asString()).isEqualTo("answer");
		assertThat(answer.get("text").asString()).isNotBlank();
		assertThat(answer.get("confidence").asDouble()).isBetween(0.0, 1.0);
		assertThat(answer.get("guide").get("id").asString()).isEqualTo("id-card-loss-reissue");
		assertThat(answer.get("guide").get("sections").get(0).get("name").asString()).isNotBlank();
		assertThat(answer.get("terms").values()).extracting(JsonNode::asString).contains("身份证");
		JsonNode best = answer.get("candidates").get(0);
		assertThat(best.get("guideId").asString()).isEqualTo("id-card-loss-reissue");
		assertThat(best.get("title").asString()).isEqualTo("居民身份证挂失补领");
		assertThat(best.get("score").isNumber()).isTrue();
		assertThat(best.get("confidence").asDouble()).isEqualTo(answer.get("confidence").asDouble());
		assertThat(best.get("matchedTerms").values()).extracting(JsonNode::asString).contains("身份证");

		JsonNode clarify = tryQuestion("办执照");
		assertThat(clarify.get("decision").asString()).isEqualTo("clarify");
		assertThat(clarify.get("options").size()).isBetween(2, 5);
		assertThat(clarify.has("guide")).isFalse();

		JsonNode fallback = tryQuestion("？？？");
		assertThat(fallback.get("decision").asString()).isEqualTo("fallback");

		JsonNode followUp = JSON.readTree(send("POST", "/api/kb/try", editor, "application/json",
				"{\"question\":\"那要多少钱？\",\"currentGuideId\":\"passport-first-application\"}", null).body());
		assertThat(followUp.get("guide").get("id").asString()).isEqualTo("passport-first-application");

		assertThat(send("POST", "/api/kb/try", editor, "application/json", "{\"question\":\" \"}", null).statusCode())
			.isEqualTo(400);
		assertThat(count("gap_question")).isEqualTo(gaps);
		assertThat(count("conversation")).isEqualTo(conversations);
	}

	private JsonNode tryQuestion(String question) {
		HttpResponse<String> response = send("POST", "/api/kb/try", editor, "application/json",
				JSON.writeValueAsString(Map.of("question", question)), null);
		assertThat(response.statusCode()).isEqualTo(200);
		return ApiClient.json(response);
	}

	private long count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	private String exportCsv() {
		HttpResponse<String> response = send("GET", "/api/kb/export?format=csv", editor, null, null, null);
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private static List<String> row(List<CsvTable.Row> rows, String id) {
		return rows.stream().filter(row -> row.cells().getFirst().equals(id)).findFirst().orElseThrow().cells();
	}

	private static List<String> newGuide(List<String> header, String id, String title) {
		List<String> cells = new ArrayList<>();
		for (String field : header) {
			cells.add(switch (field) {
				case "id" -> id;
				case "title" -> title;
				case "department" -> "临江市公安局";
				case "summary" -> "在本市饲养犬只的，应当办理犬只登记证。";
				case "materials" -> "户口簿\n\n犬只免疫证明\n";
				case "faqs" -> "问：要多久？\n答：当场办结。\n问：证件丢了能补吗？\n答：可以。\n请带上原证。";
				default -> "";
			});
		}
		return cells;
	}

	private static List<String> problems(HttpResponse<String> response) {
		return ApiClient.json(response).get("errors").values().stream().map(error -> error.get("message").asString()).toList();
	}

	private ObjectNode guide(String id) {
		HttpResponse<String> response = api().get("/api/kb/guides/" + id, editor);
		assertThat(response.statusCode()).isEqualTo(200);
		return (ObjectNode) ApiClient.json(response);
	}

	private HttpResponse<String> send(String method, String path, String token, String contentType, Object body,
			String ifMatch) {
		HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
				: body instanceof byte[] bytes ? HttpRequest.BodyPublishers.ofByteArray(bytes)
						: HttpRequest.BodyPublishers.ofString((String) body, StandardCharsets.UTF_8);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, publisher);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private ApiClient api() {
		return new ApiClient(port);
	}

}
