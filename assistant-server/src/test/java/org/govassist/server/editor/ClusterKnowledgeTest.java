package org.govassist.server.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.govassist.server.ApiClient;
import org.govassist.server.ClusterNodes;
import org.govassist.server.StaffAccounts;
import org.govassist.server.chat.ChatClient;
import org.govassist.server.knowledge.GuideJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Two nodes of one cluster on the demo knowledge base: what an editor changes through the API of
 * one node is what citizens and editors get on the other, and a node that was not told of a change
 * (a lost signal, or a change made while it was not listening) still comes to answer with it. Each
 * test works on guides of its own.
 */
class ClusterKnowledgeTest {

	private static final JsonMapper JSON = JsonMapper.shared();

	private static final String PASSWORD = "editor-password";

	/** Long enough for a periodic catch-up or two on a busy machine. */
	private static final Duration WAIT = Duration.ofSeconds(20);

	static ClusterNodes cluster;

	static String editor;

	@BeforeAll
	static void startTwoNodes() throws Exception {
		cluster = ClusterNodes.start(2, "assistant.retrieval.semantic.enabled=false", "assistant.retrieval.warm-up=false");
		StaffAccounts.createEditorAndAgent(jdbc(), cluster.node(0).getBean(PasswordEncoder.class), PASSWORD);
		editor = api(0).login("editor-wang", PASSWORD);
	}

	@AfterAll
	static void stopNodes() {
		if (cluster != null) {
			cluster.close();
		}
	}

	@Test
	void feeSavedOnOneNodeIsWhatACitizenOnTheOtherIsToldWithinSeconds() {
		ObjectNode guide = guide(0, "driving-license-loss-reissue");
		guide.put("fee", "补证工本费15元（新标准）");

		HttpResponse<String> saved = api(0).put("/api/kb/guides/driving-license-loss-reissue", editor, guide.toString(),
				null);

		assertThat(saved.statusCode()).isEqualTo(200);
		eventually(() -> tried(1, "机动车驾驶证遗失补领要多少钱").path("text").asString(),
				text -> text.contains("补证工本费15元（新标准）"));
		try (ChatClient citizen = ChatClient.started(cluster.port(1))) {
			JsonNode answer = ChatClient.firstOfType(citizen.say("s1", "机动车驾驶证遗失补领要多少钱"), "bot.answer");
			assertThat(answer.get("guide").get("id").asString()).isEqualTo("driving-license-loss-reissue");
			assertThat(answer.toString()).contains("补证工本费15元（新标准）");
		}
	}

	@Test
	void guideWithdrawnOnOneNodeIsNoLongerAnsweredOnTheOther() {
		assertThat(answeredGuide(1, "生育登记怎么办理")).isEqualTo("birth-registration");

		assertThat(api(0).delete("/api/kb/guides/birth-registration", editor).statusCode()).isEqualTo(204);

		eventually(() -> answeredGuide(1, "生育登记怎么办理"), answered -> !"birth-registration".equals(answered));
		try (ChatClient citizen = ChatClient.started(cluster.port(1))) {
			assertThat(citizen.say("s1", "生育登记怎么办理").toString()).doesNotContain("\"id\":\"birth-registration\"");
		}
	}

	@Test
	void synonymsSavedOnOneNodeChangeTheAnswersOnTheOther() {
		assertThat(answeredGuide(1, "寿星钱怎么领")).isNotEqualTo("elderly-allowance");
		ObjectNode lexicon = (ObjectNode) ApiClient.json(api(0).get("/api/kb/lexicon", editor));
		lexicon.remove("version");
		lexicon.withArray("synonyms").addArray().add("高龄津贴").add("长寿金").add("寿星钱");

		HttpResponse<String> saved = api(0).put("/api/kb/lexicon", editor, lexicon.toString(), null);

		assertThat(saved.statusCode()).isEqualTo(200);
		eventually(() -> answeredGuide(1, "寿星钱怎么领"), "elderly-allowance"::equals);
		assertThat(answeredGuide(0, "寿星钱怎么领")).isEqualTo("elderly-allowance");
	}

	@Test
	void savesTakingTurnsOnBothNodesEndWithTheLastOnBoth() {
		String[] fees = { "每本130元", "每本140元", "每本150元", "每本160元" };
		for (int i = 0; i < fees.length; i++) {
			int node = i % 2;
			ObjectNode guide = guide(node, "passport-renewal-reissue");
			guide.put("fee", fees[i]);
			assertThat(api(node).put("/api/kb/guides/passport-renewal-reissue", editor, guide.toString(), null)
				.statusCode()).isEqualTo(200);
		}

		for (int node = 0; node < 2; node++) {
			int asking = node;
			eventually(() -> tried(asking, "护照换发补发多少钱").path("text").asString(),
					text -> text.contains("每本160元"));
		}
	}

	/** A change written straight into the database, as if its signal had been lost. */
	@Test
	void changesWhoseSignalWasLostReachEveryNodeByCatchingUp() {
		assertThat(answeredGuide(1, "结婚证丢了怎么补办")).isEqualTo("marriage-certificate-reissue");
		assertThat(answeredGuide(1, "过关签多少钱")).isNotEqualTo("hk-macao-endorsement");
		GuideJson json = cluster.node(0).getBean(GuideJson.class);
		ObjectNode changed = guide(0, "hk-macao-endorsement");
		changed.put("fee", "一次有效签注每件18元");
		String content = json.write(json.read(changed.toString()));
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

		jdbc().sql("""
				UPDATE guide SET current_version = current_version + 1, content = :content, updated = :now
				WHERE id = 'hk-macao-endorsement'""").param("content", content).param("now", now).update();
		jdbc().sql("UPDATE guide SET withdrawn = TRUE, updated = :now WHERE id = 'marriage-certificate-reissue'")
			.param("now", now)
			.update();
		ObjectNode lexicon = (ObjectNode) ApiClient.json(api(0).get("/api/kb/lexicon", editor));
		int version = lexicon.remove("version").asInt() + 1;
		lexicon.withArray("words").add("过关签");
		lexicon.withArray("synonyms").addArray().add("往来港澳通行证签注").add("过关签");
		jdbc().sql("INSERT INTO lexicon_version (version, content, author, created) VALUES (:version, :content, 'ops', :now)")
			.param("version", version)
			.param("content", lexicon.toString())
			.param("now", now)
			.update();
		jdbc().sql("UPDATE lexicon_head SET current_version = :version").param("version", version).update();
		for (int node = 0; node < 2; node++) {
			int asking = node;
			eventually(() -> tried(asking, "港澳签注多少钱").path("text").asString(), text -> text.contains("每件18元"));
			eventually(() -> answeredGuide(asking, "结婚证丢了怎么补办"),
					answered -> !"marriage-certificate-reissue".equals(answered));
			eventually(() -> answeredGuide(asking, "过关签多少钱"), "hk-macao-endorsement"::equals);
		}
	}

	@Test
	void nodeStartedAfterAChangeAnswersWithIt() throws Exception {
		ObjectNode guide = guide(0, "temporary-id-card");
		guide.put("fee", "工本费12元");
		assertThat(api(0).put("/api/kb/guides/temporary-id-card", editor, guide.toString(), null).statusCode())
			.isEqualTo(200);

		int late = cluster.startNode("assistant.retrieval.semantic.enabled=false", "assistant.retrieval.warm-up=false");
		try {
			assertThat(tried(late, "临时身份证要多少钱").path("text").asString()).contains("工本费12元");
		}
		finally {
			cluster.stop(late);
		}
	}

	/** The id of the guide a node answers a question with, or the kind of decision it takes instead. */
	private static String answeredGuide(int node, String question) {
		JsonNode tried = tried(node, question);
		return "answer".equals(tried.path("decision").asString()) ? tried.get("guide").get("id").asString()
				: tried.path("decision").asString();
	}

	/** What {@code POST /api/kb/try} says a node would answer. */
	private static JsonNode tried(int node, String question) {
		HttpResponse<String> response = api(node).post("/api/kb/try", editor,
				JSON.writeValueAsString(Map.of("question", question)));
		assertThat(response.statusCode()).isEqualTo(200);
		return ApiClient.json(response);
	}

	/** A guide as a node's editor API serves it, to change and save. */
	private static ObjectNode guide(int node, String id) {
		HttpResponse<String> response = api(node).get("/api/kb/guides/" + id, editor);
		assertThat(response.statusCode()).isEqualTo(200);
		return (ObjectNode) ApiClient.json(response);
	}

	/** Asks until the answer passes the check, for up to {@link #WAIT}; returns the answer that passed. */
	private static <T> T eventually(Supplier<T> ask, Predicate<T> check) {
		long deadline = System.nanoTime() + WAIT.toNanos();
		T last = ask.get();
		while (!check.test(last)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("still " + last + " after " + WAIT);
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
			last = ask.get();
		}
		return last;
	}

	private static ApiClient api(int node) {
		return new ApiClient(cluster.port(node));
	}

	private static JdbcClient jdbc() {
		return cluster.node(0).getBean(JdbcClient.class);
	}

}
