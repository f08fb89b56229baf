package org.govassist.kb.retrieval;

import java.util.List;
import java.util.Set;

import org.govassist.kb.guide.SectionKind;

/**
 * A question-like text of a guide (its title, an alias, or an FAQ question), prepared for
 * matching.
 *
 * @param text the phrase as the guide writes it
 * @param kind where the phrase comes from
 * @param faqIndex the FAQ's position when {@code kind} is {@link Kind#FAQ}, else -1
 * @param terms canonical content terms
 * @param grams character bigrams of the normalised text
 * @param chars the characters of the normalised text that can name a matter
 * @param asks the sections the phrase itself asks about (a FAQ such as "多久能拿到？")
 */
record KeyPhrase(String text, Kind kind, int faqIndex, List<String> terms, Set<String> grams, Set<String> chars,
		Set<SectionKind> asks) {

	enum Kind {
		TITLE, ALIAS, FAQ
	}

}
