package org.govassist.kb.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.govassist.kb.guide.Guide;
import org.junit.jupiter.api.Test;

class TextReportTest {

	private final LabelledQuestion wrong = new LabelledQuestion(3, "护照多久能拿到", List.of("passport-application"));

	private final LabelledQuestion right = new LabelledQuestion(2, "身份证丢了补办", List.of("id-card-reissue"));

	private SetResult result() {
		Scoreboard board = new Scoreboard("engine");
		Response answer = new Response(Response.Kind.ANSWER, List.of("id-card-reissue"), "answer id-card-reissue (confidence 0.71)");
		board.record(right, answer, 1_000_000);
		board.record(wrong, answer, 2_000_000);
		TrialResult engine = new TrialResult(board.metrics(), List.of(new Miss(wrong, Outcome.ANSWERED_WRONG, answer)));
		Map<String, Guide> guides = Map.of("id-card-reissue", TestGuides.identityGuides().get(0), "passport-application",
				TestGuides.identityGuides().get(1));
		return new SetResult(new QuestionSet("identity", "identity.tsv", List.of(right, wrong)), Path.of("guides.json"), guides,
				List.of(engine));
	}

	private static String print(SetResult result, boolean errors) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		new TextReport(new PrintStream(bytes, true, StandardCharsets.UTF_8), errors).print(result);
		return bytes.toString(StandardCharsets.UTF_8);
	}

	@Test
	void printsOneRowPerSystemUnderAHeadlineDescribingTheSet() {
		String text = print(result(), false);

		assertThat(text).startsWith("identity: 2 questions (2 in scope, 0 out of scope) over 2 guides of guides.json")
				.contains("system  direct %  resolved %  wrong %")
				.containsPattern("engine +50\\.0 +50\\.0 +50\\.0 +0\\.0 +0\\.0 +- +50\\.0 +50\\.0 +1\\.00 +2\\.00")
				.doesNotContain("misses");
	}

	@Test
	void theErrorListingNamesTheLineTheGoldGuidesAndTheDecision() {
		String text = print(result(), true);

		assertThat(text).contains("engine misses on identity: 1")
				.contains("line 3  answered wrong  护照多久能拿到")
				.contains("gold:     passport-application 普通护照申请")
				.contains("decision: answer id-card-reissue (confidence 0.71)")
				.contains("guides:   id-card-reissue 居民身份证补领");
	}

}
