package org.govassist.kb.eval;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Tallies one system's replies to a question set and turns the tally into {@link Metrics}.
 *
 * <p>Not thread-safe: one scoreboard per system and measuring thread.
 */
final class Scoreboard {

	private final String system;

	private final Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);

	private final Latencies latencies = new Latencies();

	private int inScope;

	private int top1;

	private int top3;

	Scoreboard(String system) {
		this.system = system;
	}

	/**
	 * Records one reply.
	 *
	 * @param question the question asked
	 * @param response the reply
	 * @param durationNanos how long the reply took
	 * @return how the reply turned out
	 */
	Outcome record(LabelledQuestion question, Response response, long durationNanos) {
		Outcome outcome = Outcome.of(question, response);
		outcomes.merge(outcome, 1, Integer::sum);
		latencies.add(durationNanos);
		if (question.inScope()) {
			inScope++;
			if (goldWithin(question, response, 1)) {
				top1++;
			}
			if (goldWithin(question, response, 3)) {
				top3++;
			}
		}
		return outcome;
	}

	private static boolean goldWithin(LabelledQuestion question, Response response, int k) {
		return response.rankedGuideIds().stream().limit(k).anyMatch(question::isGold);
	}

	/** The metrics of everything recorded so far. */
	Metrics metrics() {
		int questions = latencies.size();
		int outOfScope = questions - inScope;
		return new Metrics(system, questions, inScope, outOfScope,
				new Ratio(count(Outcome::direct), inScope),
				new Ratio(count(Outcome::resolved), inScope),
				new Ratio(count(Outcome::wrong), questions),
				new Ratio(count(Outcome::clarified), questions),
				new Ratio(count(Outcome::fellBack), questions),
				new Ratio(count(Outcome::abstainedOutOfScope), outOfScope),
				new Ratio(top1, inScope),
				new Ratio(top3, inScope),
				latencies.percentileMillis(50),
				latencies.percentileMillis(99));
	}

	private int count(Predicate<Outcome> which) {
		int count = 0;
		for (Map.Entry<Outcome, Integer> entry : outcomes.entrySet()) {
			if (which.test(entry.getKey())) {
				count += entry.getValue();
			}
		}
		return count;
	}

}
