package org.govassist.kb;

import java.util.List;
import java.util.Objects;

/**
 * What the engine would reply to a question, and why: the decision together with the question's
 * terms and the guides it weighed. For editors trying questions out; citizens only ever get the
 * {@link Decision}.
 *
 * @param decision what the engine decided, exactly as {@link ConsultationEngine#ask} decides it
 * @param terms the question's content terms as matched: normalised, each synonym folded to its
 *        group's first term, without the words that only ask for a section (多少钱, 要带什么)
 * @param candidates the guides weighed, best first, at most {@link ConsultationEngine#EXPLAINED_CANDIDATES}
 */
public record Explanation(Decision decision, List<String> terms, List<CandidateScore> candidates) {

	public Explanation {
		Objects.requireNonNull(decision, "decision");
		terms = List.copyOf(terms);
		candidates = List.copyOf(candidates);
	}

	/**
	 * One guide the engine weighed for a question.
	 *
	 * @param guideId the guide's id
	 * @param title the guide's title
	 * @param score its combined score; comparable between the candidates of one question only
	 * @param confidence the calibrated probability that it is the matter meant, given for the
	 *        best candidate only, otherwise {@code null}
	 * @param matchedTerms the question's terms found in the guide, in the question's order
	 */
	public record CandidateScore(String guideId, String title, double score, Double confidence,
			List<String> matchedTerms) {

		public CandidateScore {
			Objects.requireNonNull(guideId, "guideId");
			Objects.requireNonNull(title, "title");
			matchedTerms = List.copyOf(matchedTerms);
		}

	}

}
