package org.govassist.kb.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders evaluation results as one JSON document for scripts: an object with a {@code sets}
 * array, each set with its {@code systems} metrics and, when asked, the engine's {@code misses}.
 * A ratio is {@code {"count", "total", "percent"}} with {@code percent} null when the total is 0.
 */
final class JsonReport {

	private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final boolean errors;

	JsonReport(boolean errors) {
		this.errors = errors;
	}

	String render(List<SetResult> results) {
		List<Object> sets = new ArrayList<>();
		for (SetResult result : results) {
			sets.add(set(result));
		}
		return MAPPER.writeValueAsString(Map.of("sets", sets));
	}

	private Map<String, Object> set(SetResult result) {
		Map<String, Object> set = new LinkedHashMap<>();
		QuestionSet questions = result.questions();
		set.put("name", questions.name());
		set.put("guideFile", result.guideFile().toString());
		set.put("questionFile", questions.source());
		set.put("guides", result.guides().size());
		List<Object> systems = new ArrayList<>();
		for (TrialResult trial : result.trials()) {
			systems.add(metrics(trial.metrics()));
		}
		set.put("systems", systems);
		if (errors) {
			result.engine().ifPresent(engine -> set.put("misses", engine.misses().stream().map(JsonReport::miss).toList()));
		}
		return set;
	}

	private static Map<String, Object> metrics(Metrics m) {
		Map<String, Object> metrics = new LinkedHashMap<>();
		metrics.put("system", m.system());
		metrics.put("questions", m.questions());
		metrics.put("inScope", m.inScope());
		metrics.put("outOfScope", m.outOfScope());
		metrics.put("direct", ratio(m.direct()));
		metrics.put("resolved", ratio(m.resolved()));
		metrics.put("wrong", ratio(m.wrong()));
		metrics.put("clarify", ratio(m.clarified()));
		metrics.put("fallback", ratio(m.fellBack()));
		metrics.put("outOfScopeAbstained", ratio(m.outOfScopeAbstained()));
		metrics.put("top1", ratio(m.top1()));
		metrics.put("top3", ratio(m.top3()));
		metrics.put("p50Millis", finite(m.p50Millis()));
		metrics.put("p99Millis", finite(m.p99Millis()));
		return metrics;
	}

	private static Map<String, Object> ratio(Ratio ratio) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("count", ratio.count());
		json.put("total", ratio.total());
		json.put("percent", ratio.defined() ? Math.round(ratio.percent() * 100) / 100.0 : null);
		return json;
	}

	private static Double finite(double value) {
		return Double.isNaN(value) ? null : value;
	}

	private static Map<String, Object> miss(Miss miss) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("line", miss.question().line());
		json.put("question", miss.question().text());
		json.put("gold", miss.question().goldIds());
		json.put("outcome", miss.outcome().name().toLowerCase(Locale.ROOT));
		json.put("kind", miss.response().kind().name().toLowerCase(Locale.ROOT));
		json.put("decision", miss.response().detail());
		json.put("guides", miss.response().rankedGuideIds());
		return json;
	}

}
