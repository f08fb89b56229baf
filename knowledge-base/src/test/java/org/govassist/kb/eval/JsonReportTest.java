package org.govassist.kb.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonReportTest {

	private final LabelledQuestion question = new LabelledQuestion(2, "护照多久能拿到", List.of("passport-application"));

	private SetResult result() {
		Scoreboard board = new Scoreboard("engine");
		Response answer = new Response(Response.Kind.ANSWER, List.of("id-card-reissue"), "answer id-card-reissue");
		board.record(question, answer, 1_500_000);
		TrialResult engine = new TrialResult(board.metrics(), List.of(new Miss(question, Outcome.ANSWERED_WRONG, answer)));
		return new SetResult(new QuestionSet("identity", "identity.tsv", List.of(question)), Path.of("guides.json"), Map.of(),
				List.of(engine));
	}

	private static JsonNode render(SetResult result, boolean errors) {
		return JsonMapper.builder().build().readTree(new JsonReport(errors).render(List.of(result)));
	}

	@Test
	void ratiosCarryCountTotalAndPercentUndefinedOnesANullPercent() {
		JsonNode system = render(result(), false).at("/sets/0/systems/0");

		assertThat(system.at("/system").asString()).isEqualTo("engine");
		assertThat(system.at("/wrong/count").asInt()).isEqualTo(1);
		assertThat(system.at("/wrong/total").asInt()).isEqualTo(1);
		assertThat(system.at("/wrong/percent").asDouble()).isEqualTo(100.0);
		assertThat(system.at("/outOfScopeAbstained/total").asInt()).isZero();
		assertThat(system.at("/outOfScopeAbstained/percent").isNull()).isTrue();
		assertThat(system.at("/p50Millis").asDouble()).isEqualTo(1.5);
	}

	@Test
	void theEnginesMissesAppearOnlyWhenAskedFor() {
		assertThat(render(result(), false).at("/sets/0").has("misses")).isFalse();

		JsonNode miss = render(result(), true).at("/sets/0/misses/0");

		assertThat(miss.at("/line").asInt()).isEqualTo(2);
		assertThat(miss.at("/question").asString()).isEqualTo("护照多久能拿到");
		assertThat(miss.at("/outcome").asString()).isEqualTo("answered_wrong");
		assertThat(miss.at("/guides/0").asString()).isEqualTo("id-card-reissue");
	}

}
