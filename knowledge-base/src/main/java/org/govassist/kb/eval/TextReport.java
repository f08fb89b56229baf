package org.govassist.kb.eval;

import java.io.PrintStream;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Prints evaluation results as tables for people, with the engine's misses when asked.
 */
final class TextReport {

	private final PrintStream out;

	private final boolean errors;

	TextReport(PrintStream out, boolean errors) {
		this.out = out;
		this.errors = errors;
	}

	void print(SetResult result) {
		QuestionSet questions = result.questions();
		long inScope = questions.inScopeCount();
		out.printf(Locale.ROOT, "%s: %d questions (%d in scope, %d out of scope) over %d guides of %s%n%n", questions.name(),
				questions.questions().size(), inScope, questions.questions().size() - inScope, result.guides().size(),
				result.guideFile());
		Table table = new Table("system", "direct %", "resolved %", "wrong %", "clarify %", "fallback %",
				"OOS abstained %", "top-1 %", "top-3 %", "p50 ms", "p99 ms");
		for (TrialResult trial : result.trials()) {
			Metrics m = trial.metrics();
			table.row(m.system(), m.direct().toString(), m.resolved().toString(), m.wrong().toString(),
					m.clarified().toString(), m.fellBack().toString(), m.outOfScopeAbstained().toString(),
					m.top1().toString(), m.top3().toString(), millis(m.p50Millis()), millis(m.p99Millis()));
		}
		out.print(table.render());
		out.println("direct, resolved, top-k: % of in-scope questions; wrong, clarify, fallback: % of all questions;");
		out.println("OOS abstained: % of out-of-scope questions; latency of one question after a warm-up pass.");
		out.println();
		if (errors) {
			result.engine().ifPresent(engine -> printMisses(result, engine));
		}
	}

	private void printMisses(SetResult result, TrialResult engine) {
		out.printf("engine misses on %s: %d%n", result.questions().name(), engine.misses().size());
		for (Miss miss : engine.misses()) {
			LabelledQuestion question = miss.question();
			out.printf(Locale.ROOT, "line %d  %s  %s%n", question.line(), label(miss.outcome()), question.text());
			String gold = question.inScope()
					? question.goldIds().stream().map(result::describe).collect(Collectors.joining(" | "))
					: "(out of scope)";
			out.println("    gold:     " + gold);
			out.println("    decision: " + miss.response().detail());
			if (!miss.response().rankedGuideIds().isEmpty()) {
				out.println("    guides:   "
						+ miss.response().rankedGuideIds().stream().map(result::describe).collect(Collectors.joining(" | ")));
			}
		}
		out.println();
	}

	static String label(Outcome outcome) {
		return outcome.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	static String millis(double value) {
		return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
	}

}
