package org.govassist.kb.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govassist.kb.Answer;
import org.govassist.kb.Clarify;
import org.govassist.kb.Decision;
import org.govassist.kb.EngineSettings;
import org.govassist.kb.Fallback;
import org.govassist.kb.GuideRef;
import org.govassist.kb.answer.AnswerComposer;
import org.govassist.kb.guide.Guide;
import org.govassist.kb.guide.SectionKind;

/**
 * Decides what to do with a ranked question: answer when the best guide is likely enough to be
 * meant, offer the close matters when several fit, and otherwise say so. A question that only
 * asks for a section ("那要多少钱？") is a follow-up about the conversation's current matter.
 *
 * <p>Thread-safe.
 */
public final class Decider {

	/**
	 * A follow-up that asks for a section stays with the current matter when it scores at least this
	 * share of the best.
	 */
	static final double CLOSE_SHARE = 0.75;

	/**
	 * A clarification offers the first {@link #MIN_OPTIONS} candidates, and after them those that
	 * score at least this share of the best, up to the most options allowed.
	 */
	static final double OPTION_SHARE = 0.6;

	/**
	 * How many candidates a clarification offers at least (when allowed that many): a citizen scans
	 * three matters as quickly as two, and the third is often the one meant.
	 */
	static final int MIN_OPTIONS = 3;

	/**
	 * Least rescaled sentence similarity (see {@link Feature#SEMANTIC}) of the best guide for a direct
	 * answer when semantic search runs and the guide has only a title: a guide that is not close in
	 * meaning is offered, not asserted, however well its words match.
	 */
	static final double ANSWER_ALIKE = 0.2;

	/**
	 * The least similarity for a direct answer from a guide with many question-like texts (see
	 * {@link GuideProfile#richness}); between a title alone and that, the bar rises in step. The
	 * closest of many texts is close more often by chance, and questions next to a guide's matter sit
	 * under this bar: adding a class to a driving licence (增驾) shares the words of the licence
	 * review, and choosing senior-school preferences (中考志愿) those of school enrolment, but
	 * neither means the same.
	 */
	static final double RICH_ANSWER_ALIKE = 0.3;

	/**
	 * Below {@link #GUESS_CONFIDENCE}, a clarification needs an option at least this close in meaning
	 * (see {@link Feature#SEMANTIC}) when semantic search runs: a report of a broken street lamp
	 * shares a word with some guides (坏了, as in a damaged card) but is none of their matters.
	 */
	static final double GUESS_ALIKE = 0.2;

	/**
	 * Least rescaled sentence similarity (see {@link Feature#SEMANTIC}) of some candidate for a
	 * clarification when semantic search runs: below it no guide is close in meaning.
	 */
	static final double ALIKE = 0.1;

	/**
	 * Below this confidence, a clarification needs an option close in meaning ({@link #GUESS_ALIKE})
	 * and a question mostly in words some guide uses ({@link #MOSTLY_UNKNOWN}).
	 */
	static final double GUESS_CONFIDENCE = 0.2;

	/**
	 * Below {@link #GUESS_CONFIDENCE}, a clarification also needs the question to be mostly in words
	 * some guide uses: when this share of its weight is in words no guide mentions (the 狗 of
	 * "我家狗丢了", the 挂号 of "医院挂号怎么挂"), the matters left to offer only share its small words.
	 */
	static final double MOSTLY_UNKNOWN = 0.8;

	/** Key coverage (see {@link Feature#KEY_COVERAGE}) at which every word of the question is in a guide's key texts. */
	static final double FULL_COVERAGE = 0.999;

	/** Related matters shown under an answer need at least this share of the best score. */
	static final double RELATED_SHARE = 0.5;

	static final int MAX_RELATED = 3;

	/** A question naming a matter, for each section a citizen may ask about without naming one. */
	private static final Map<SectionKind, String> EXAMPLES = Map.of(SectionKind.MATERIALS, "护照换发要带什么材料",
			SectionKind.FEE, "身份证补办要多少钱", SectionKind.TIME_LIMIT, "居住证多久能办好", SectionKind.LOCATION, "结婚登记在哪里办",
			SectionKind.ONLINE, "社保卡能在网上办吗", SectionKind.CONDITIONS, "什么条件可以申请公租房", SectionKind.PROCESS,
			"营业执照怎么办理", SectionKind.PHONE, "公积金中心的电话是多少", SectionKind.LEGAL_BASIS, "低保的政策依据是什么");

	private static final String NO_MATCH = "抱歉，我没有找到与您的问题相符的办事指南。您可以换个说法，或者转人工客服咨询。";

	/** The number of clarification options the thresholds were tuned with. */
	static final int MAX_OPTIONS_TUNED = 5;

	private final Retrieval retrieval;

	private final EngineSettings settings;

	public Decider(Retrieval retrieval, EngineSettings settings) {
		this.retrieval = retrieval;
		this.settings = settings;
	}

	public Decision decide(String question, String currentGuideId) {
		QueryText query = retrieval.prepare(question);
		Guide current = currentGuideId == null ? null : retrieval.guide(currentGuideId).orElse(null);
		if (query.isEmpty()) {
			if (current != null && !query.askedSections().isEmpty()) {
				return answer(current, query, 1.0, List.of(), -1, true);
			}
			if (!query.askedSections().isEmpty()) {
				SectionKind section = query.askedSections().get(0);
				return new Fallback("请问您想了解哪个事项的" + section.displayName() + "？请连同事项名称一起问我，例如“"
						+ EXAMPLES.getOrDefault(section, "身份证丢了怎么补办") + "”。", Fallback.Reason.EMPTY);
			}
			return new Fallback("请用一句话说说您想办理什么事项，例如“身份证丢了怎么补办”。", Fallback.Reason.EMPTY);
		}
		Ranking ranking = retrieval.rank(query);
		Set<String> naming = retrieval.namingTerms(query);
		if (current != null && !query.askedSections().isEmpty() && isAbout(current, ranking)) {
			return answer(current, query, Math.max(ranking.confidence(), settings.answerThreshold()), ranking.candidates(),
					-1, true);
		}
		if (ranking.isEmpty()
				|| ranking.confidence() < settings.clarifyThreshold() && !coversQuestion(naming, ranking.candidates().get(0))) {
			return new Fallback(NO_MATCH, Fallback.Reason.NO_MATCH);
		}
		Candidate best = ranking.candidates().get(0);
		if (ranking.confidence() >= settings.answerThreshold() && mayAnswer(best, retrieval.isSemantic())
				&& namesMatter(naming, best) && !namesAnotherDocument(naming, best)) {
			KeyPhrase phrase = best.bestPhrase();
			int faq = phrase != null && phrase.kind() == KeyPhrase.Kind.FAQ && best.feature(Feature.PHRASE_COVERAGE) >= 0.8
					? phrase.faqIndex() : -1;
			return answer(best.profile().guide(), query, ranking.confidence(), ranking.candidates(), faq, false);
		}
		return clarify(naming, ranking, retrieval.unknownShare(query));
	}

	/**
	 * Whether a question that asks for a section stays with the current matter: it names nothing
	 * else, or the current matter ranks close to the best.
	 */
	private static boolean isAbout(Guide current, Ranking ranking) {
		if (ranking.isEmpty() || ranking.confidence() < 0.5) {
			return true;
		}
		double best = ranking.candidates().get(0).score();
		return ranking.candidates().stream()
			.anyMatch(candidate -> candidate.guideId().equals(current.id()) && candidate.score() >= CLOSE_SHARE * best);
	}

	private Answer answer(Guide guide, QueryText query, double confidence, List<Candidate> ranked, int faq,
			boolean followUp) {
		List<GuideRef> related = new ArrayList<>();
		double best = ranked.isEmpty() ? 0 : ranked.get(0).score();
		for (Candidate candidate : ranked) {
			if (related.size() == MAX_RELATED || candidate.score() < RELATED_SHARE * best) {
				break;
			}
			if (!candidate.guideId().equals(guide.id())) {
				related.add(ref(candidate.profile().guide()));
			}
		}
		return new Answer(AnswerComposer.compose(guide, query.askedSections(), faq), guide,
				AnswerComposer.orderedSections(guide, query.askedSections()),
				AnswerComposer.askedPresent(guide, query.askedSections()), confidence, related, followUp);
	}

	private Decision clarify(Set<String> namingTerms, Ranking ranking, double unknownShare) {
		List<Candidate> options = options(namingTerms, ranking.candidates(), ranking.confidence(), unknownShare,
				retrieval.isSemantic(), settings.maxClarifyOptions());
		if (options.isEmpty()) {
			return new Fallback(NO_MATCH, Fallback.Reason.NO_MATCH);
		}
		return new Clarify("您想咨询的是以下哪一项？", options.stream().map(candidate -> ref(candidate.profile().guide())).toList());
	}

	/**
	 * Whether the best guide's key texts hold every word of the question: low confidence then means
	 * that sibling matters tie ("房子过户": inheritance or sale), not that nothing fits, so the citizen
	 * is asked to choose rather than told nothing was found.
	 */
	static boolean coversQuestion(Set<String> namingTerms, Candidate best) {
		return best.feature(Feature.KEY_COVERAGE) >= FULL_COVERAGE && namesMatter(namingTerms, best);
	}

	/**
	 * Whether the question names the best guide's matter by one of its naming terms (see
	 * {@link Retrieval#namingTerms}): a character that many matters share (the 证 of 办个证) is not
	 * enough to assert one of them, however the rest of the evidence scores.
	 */
	static boolean namesMatter(Set<String> namingTerms, Candidate best) {
		return namingTerms.stream().anyMatch(best.profile().allTerms()::contains);
	}

	/**
	 * Whether the question names documents (see {@link DocumentNames}) none of which the best guide's
	 * question-like texts name, while its title or aliases name another: the guide for a lost
	 * 驾驶证 does not answer how to replace a lost 行驶证, nor the one for 身份证 renewal how to renew
	 * a 残疾人证, however close their other words. Such a guide is offered, never asserted.
	 */
	static boolean namesAnotherDocument(Set<String> namingTerms, Candidate best) {
		GuideProfile profile = best.profile();
		Set<String> asked = DocumentNames.in(namingTerms);
		return !asked.isEmpty() && !profile.documents().isEmpty()
				&& asked.stream().noneMatch(profile.keyTerms()::contains);
	}

	/** Whether the best candidate is close enough in meaning to be the answer, when that was measured. */
	static boolean mayAnswer(Candidate best, boolean semantic) {
		double bar = ANSWER_ALIKE + (RICH_ANSWER_ALIKE - ANSWER_ALIKE) * best.profile().richness();
		return !semantic || best.feature(Feature.SEMANTIC) >= bar;
	}

	/**
	 * The matters to offer for a question not answered outright: the first {@link #MIN_OPTIONS}
	 * candidates and those after them that score close to the best, {@code maxOptions} at most; none
	 * when offering would be a guess.
	 *
	 * @param namingTerms the question's naming terms; an option offered only to make up the minimum
	 * must hold one
	 * @param ranked the candidates, best first
	 * @param confidence the calibrated confidence in the best candidate
	 * @param unknownShare the share of the question's weighted terms that no guide mentions
	 * @param semantic whether semantic search ran
	 * @return the options in order, or an empty list to fall back
	 */
	static List<Candidate> options(Set<String> namingTerms, List<Candidate> ranked, double confidence,
			double unknownShare, boolean semantic, int maxOptions) {
		if (ranked.size() < 2) {
			return List.of();
		}
		Candidate first = ranked.get(0);
		boolean sharesWords = first.feature(Feature.KEY_COVERAGE) > 0 || first.feature(Feature.PHRASE_GRAMS) > 0;
		boolean anyAlike = ranked.stream().anyMatch(candidate -> candidate.feature(Feature.SEMANTIC) >= ALIKE);
		if (!sharesWords || semantic && !anyAlike) {
			// Not one word or character pair of the question is in the best guide's question-like
			// texts, or no guide is even close in meaning: offering matters would be a guess dressed
			// up as a choice.
			return List.of();
		}
		double best = first.score();
		List<Candidate> options = new ArrayList<>();
		for (Candidate candidate : ranked) {
			if (options.size() == maxOptions) {
				break;
			}
			boolean close = candidate.score() >= OPTION_SHARE * best;
			boolean fillsMinimum = options.size() < 2
					|| options.size() < Math.min(MIN_OPTIONS, maxOptions) && namesMatter(namingTerms, candidate);
			if (close || fillsMinimum) {
				options.add(candidate);
			}
		}
		boolean anyAlikeEnough = options.stream().anyMatch(option -> option.feature(Feature.SEMANTIC) >= GUESS_ALIKE);
		if (confidence < GUESS_CONFIDENCE && (semantic && !anyAlikeEnough || unknownShare >= MOSTLY_UNKNOWN)) {
			return List.of();
		}
		return options;
	}

	private static GuideRef ref(Guide guide) {
		return new GuideRef(guide.id(), guide.title());
	}

}
