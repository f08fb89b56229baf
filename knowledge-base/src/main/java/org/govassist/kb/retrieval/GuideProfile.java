package org.govassist.kb.retrieval;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.govassist.kb.answer.SectionIntent;
import org.govassist.kb.guide.Faq;
import org.govassist.kb.guide.Guide;
import org.govassist.kb.guide.Section;

/**
 * A guide prepared for matching: its key phrases, the terms of its question-like texts and of
 * the whole guide, and the intents and documents (see {@link DocumentNames}) its title and
 * aliases name.
 */
record GuideProfile(Guide guide, List<KeyPhrase> phrases, List<String> summaryTerms, List<String> bodyTerms,
		Set<String> keyTerms, Set<String> allTerms, Set<Intent> intents, Set<String> documents) {

	static GuideProfile of(Guide guide, TextAnalysis analysis) {
		List<KeyPhrase> phrases = new ArrayList<>();
		phrases.add(phrase(KeyPhrase.Kind.TITLE, -1, guide.title(), analysis));
		for (String alias : guide.aliases()) {
			phrases.add(phrase(KeyPhrase.Kind.ALIAS, -1, alias, analysis));
		}
		List<Faq> faqs = guide.faqs();
		for (int i = 0; i < faqs.size(); i++) {
			phrases.add(phrase(KeyPhrase.Kind.FAQ, i, faqs.get(i).q(), analysis));
		}
		Set<String> keyTerms = new HashSet<>();
		phrases.forEach(phrase -> keyTerms.addAll(phrase.terms()));
		List<String> summaryTerms = guide.summary() == null ? List.of()
				: analysis.contentTerms(analysis.normalize(guide.summary()));
		List<String> bodyTerms = analysis.contentTerms(analysis.normalize(bodyText(guide)));
		Set<String> allTerms = new HashSet<>(keyTerms);
		allTerms.addAll(bodyTerms);
		Set<Intent> intents = EnumSet.noneOf(Intent.class);
		intents.addAll(Intent.in(analysis.normalize(guide.title())));
		for (String alias : guide.aliases()) {
			intents.addAll(Intent.in(analysis.normalize(alias)));
		}
		Set<String> documents = DocumentNames.in(phrases.stream()
			.filter(phrase -> phrase.kind() != KeyPhrase.Kind.FAQ)
			.flatMap(phrase -> phrase.terms().stream())
			.toList());
		return new GuideProfile(guide, List.copyOf(phrases), summaryTerms, bodyTerms, Set.copyOf(keyTerms),
				Set.copyOf(allTerms), intents, documents);
	}

	/**
	 * How much question-like text the guide offers, 0..1: 0 for a title alone, 1 for a title with
	 * eight or more aliases and FAQ questions. A guide with only a title is matched on less evidence
	 * than one with aliases and FAQs, and a match means something different.
	 */
	double richness() {
		return Math.min(1.0, (phrases.size() - 1) / 8.0);
	}

	/** The text of everything in a guide that is not a question-like phrase. */
	static String bodyText(Guide guide) {
		StringBuilder text = new StringBuilder();
		append(text, guide.category());
		append(text, guide.department());
		for (Section section : guide.sections()) {
			append(text, section.text());
		}
		return text.toString();
	}

	private static void append(StringBuilder text, String part) {
		if (part != null) {
			text.append(part).append('\n');
		}
	}

	private static KeyPhrase phrase(KeyPhrase.Kind kind, int faqIndex, String text, TextAnalysis analysis) {
		String normalized = analysis.normalize(text);
		return new KeyPhrase(text, kind, faqIndex, analysis.contentTerms(normalized), TextAnalysis.grams(normalized),
				TextAnalysis.chars(normalized), Set.copyOf(SectionIntent.askedIn(normalized)));
	}

}
