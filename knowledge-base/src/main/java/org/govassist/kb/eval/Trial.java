package org.govassist.kb.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts every question of a set to one system: a warm-up pass that lets the JIT compile the hot
 * paths and fills caches, then a measured pass whose replies and latencies are scored.
 */
final class Trial {

	private Trial() {
	}

	/**
	 * Runs the trial.
	 *
	 * @param responder the system
	 * @param questions the questions
	 * @return the metrics of the measured pass and the questions it missed
	 */
	static TrialResult run(Responder responder, QuestionSet questions) {
		for (LabelledQuestion question : questions.questions()) {
			responder.respond(question.text());
		}
		Scoreboard scoreboard = new Scoreboard(responder.name());
		List<Miss> misses = new ArrayList<>();
		for (LabelledQuestion question : questions.questions()) {
			long start = System.nanoTime();
			Response response = responder.respond(question.text());
			long duration = System.nanoTime() - start;
			Outcome outcome = scoreboard.record(question, response, duration);
			if (outcome.missed()) {
				misses.add(new Miss(question, outcome, response));
			}
		}
		return new TrialResult(scoreboard.metrics(), misses);
	}

}
