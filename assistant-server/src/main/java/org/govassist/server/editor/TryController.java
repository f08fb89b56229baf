package org.govassist.server.editor;

import java.util.List;

import org.govassist.kb.Answer;
import org.govassist.kb.Clarify;
import org.govassist.kb.ConsultationEngine;
import org.govassist.kb.Explanation;
import org.govassist.kb.Fallback;
import org.govassist.kb.GuideRef;
import org.govassist.server.api.InvalidRequestException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code POST /api/kb/try} (roles EDITOR or ADMIN): what the bot would answer a question with the
 * knowledge base and lexicon in force, and why: the decision, the question's terms, and the best
 * candidates with their scores and matched terms. Nothing is recorded: no conversation, no gap.
 *
 * <p>Thread-safe.
 */
@RestController
final class TryController {

	/** The longest question, as for citizens. */
	static final int MAX_QUESTION = 500;

	private final ConsultationEngine engine;

	TryController(ConsultationEngine engine) {
		this.engine = engine;
	}

	@PostMapping("/api/kb/try")
	TryResult tryQuestion(@RequestBody TryRequest request) {
		if (request.question() == null || request.question().isBlank()) {
			throw new InvalidRequestException("question", "必填");
		}
		if (request.question().length() > MAX_QUESTION) {
			throw new InvalidRequestException("question", "最多 " + MAX_QUESTION + " 个字符");
		}
		String current = request.currentGuideId() == null || request.currentGuideId().isBlank() ? null
				: request.currentGuideId();
		return TryResult.of(engine.explain(request.question(), current));
	}

	/**
	 * A question to try.
	 *
	 * @param question the question as a citizen would type it
	 * @param currentGuideId the conversation's current matter, for follow-ups; may be absent
	 */
	record TryRequest(String question, String currentGuideId) {
	}

	/**
	 * What the bot would do.
	 *
	 * @param decision {@code answer}, {@code clarify} or {@code fallback}
	 * @param confidence the calibrated confidence of the best candidate (of the answer's guide for
	 *        an answer), 0 when there is none
	 * @param text what the citizen would read
	 * @param guide the answer's guide with its sections in the order shown; only with {@code answer}
	 * @param options the matters offered; only with {@code clarify}
	 * @param candidates the guides weighed, best first
	 * @param terms the question's content terms as matched, synonyms folded
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record TryResult(String decision, double confidence, String text, GuideCard guide, List<GuideRef> options,
			List<Candidate> candidates, List<String> terms) {

		static TryResult of(Explanation explanation) {
			List<Candidate> candidates = explanation.candidates()
				.stream()
				.map(candidate -> new Candidate(candidate.guideId(), candidate.title(), candidate.score(),
						candidate.confidence(), candidate.matchedTerms()))
				.toList();
			double best = explanation.candidates().isEmpty() ? 0 : explanation.candidates().getFirst().confidence();
			return switch (explanation.decision()) {
				case Answer answer -> new TryResult("answer", answer.confidence(), answer.text(),
						new GuideCard(answer.guide().id(), answer.guide().title(), answer.sections()
							.stream()
							.map(section -> new SectionCard(section.name(), section.text()))
							.toList()),
						null, candidates, explanation.terms());
				case Clarify clarify -> new TryResult("clarify", best, clarify.text(), null, clarify.options(), candidates,
						explanation.terms());
				case Fallback fallback -> new TryResult("fallback", best, fallback.text(), null, null, candidates,
						explanation.terms());
			};
		}

	}

	/**
	 * The answer's guide.
	 *
	 * @param id its id
	 * @param title its title
	 * @param sections its sections as the answer shows them, the ones asked about first
	 */
	record GuideCard(String id, String title, List<SectionCard> sections) {
	}

	/**
	 * One section of a guide.
	 *
	 * @param name its heading, e.g. 申请材料
	 * @param text its content
	 */
	record SectionCard(String name, String text) {
	}

	/**
	 * One guide weighed.
	 *
	 * @param guideId its id
	 * @param title its title
	 * @param score its combined score, comparable among one question's candidates
	 * @param confidence the calibrated confidence, for the best candidate only
	 * @param matchedTerms the question's terms found in the guide
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Candidate(String guideId, String title, double score, Double confidence, List<String> matchedTerms) {
	}

}
