package org.govassist.kb.retrieval;

import java.util.ArrayList;
import java.util.List;

import org.govassist.kb.Decision;
import org.govassist.kb.Explanation;

/**
 * Explains a question: the decision the {@link Decider} makes, the question's terms, and the
 * ranked candidates with the terms each one matched.
 *
 * <p>Thread-safe.
 */
public final class Explainer {

	private final Retrieval retrieval;

	private final Decider decider;

	/**
	 * @param retrieval the retrieval the decider ranks with
	 * @param decider the decider whose decisions are explained
	 */
	public Explainer(Retrieval retrieval, Decider decider) {
		this.retrieval = retrieval;
		this.decider = decider;
	}

	/**
	 * @param question the question as typed
	 * @return its content terms as matching sees them: normalised, synonyms folded to their
	 *         group's first term, without section cues
	 */
	public List<String> terms(String question) {
		return retrieval.prepare(question).terms();
	}

	/**
	 * @param question the question as typed
	 * @param currentGuideId the conversation's current matter, or {@code null}
	 * @param limit the most candidates listed
	 * @return the decision and what it was based on
	 */
	public Explanation explain(String question, String currentGuideId, int limit) {
		Decision decision = decider.decide(question, currentGuideId);
		QueryText query = retrieval.prepare(question);
		Ranking ranking = retrieval.rank(query);
		List<Explanation.CandidateScore> candidates = new ArrayList<>();
		for (Candidate candidate : ranking.candidates()) {
			if (candidates.size() == limit) {
				break;
			}
			List<String> matched = query.terms().stream().filter(candidate.profile().allTerms()::contains).toList();
			candidates.add(new Explanation.CandidateScore(candidate.guideId(), candidate.profile().guide().title(),
					candidate.score(), candidates.isEmpty() ? ranking.confidence() : null, matched));
		}
		return new Explanation(decision, query.terms(), candidates);
	}

}
