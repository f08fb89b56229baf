package org.govassist.kb.retrieval;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.govassist.kb.answer.SectionIntent;
import org.govassist.kb.guide.SectionKind;

/**
 * A citizen's question prepared for matching.
 *
 * @param original the question as typed, trimmed, without long numbers: what the sentence encoder
 * reads, punctuation and all, as its training texts had them
 * @param normalized the question after normalisation
 * @param terms canonical content terms, without the words that ask for a section
 * @param grams character bigrams of the matter-naming part of the question
 * @param chars the characters of the matter-naming part of the question
 * @param intents the kinds of action the question names
 * @param askedSections the sections asked about, in the order asked
 * @param namesMatter whether anything but section cues, particles, digits and symbols is left to
 * name a matter
 */
record QueryText(String original, String normalized, List<String> terms, Set<String> grams, Set<String> chars,
		Set<Intent> intents, List<SectionKind> askedSections, boolean namesMatter) {

	/**
	 * Numbers of five digits or more, masked or not (a phone, an identity card or bank card number, a
	 * date written 20201103): personal data or dates that name no matter, yet their digits would
	 * match whatever guide happens to print similar ones.
	 */
	private static final Pattern LONG_NUMBER = Pattern.compile("\\p{Nd}[\\p{Nd}*＊]{4,}[XxＸｘ]?");

	/**
	 * A citizen giving their own phone number ("我的电话13812345678", "手机：138****5678"): the 电话
	 * there is not a question about the guide's telephone section. Seven digits at least, so that a
	 * hotline such as 电话12345 is left alone.
	 */
	private static final Pattern OWN_PHONE = Pattern.compile(
			"(?:我的|我)?(?:联系)?(?:电话|手机)(?:号码|号)?(?:是|为)?[:：]?\\s*\\p{Nd}[\\p{Nd}*＊ -]{6,}\\p{Nd}");

	static QueryText of(String question, TextAnalysis analysis) {
		String asked = LONG_NUMBER.matcher(OWN_PHONE.matcher(question).replaceAll(" ")).replaceAll(" ");
		String normalized = analysis.normalize(asked);
		String matter = SectionIntent.withoutCues(normalized);
		List<String> terms = analysis.contentTerms(matter);
		Set<String> chars = TextAnalysis.chars(matter);
		return new QueryText(asked.strip(), normalized, terms, TextAnalysis.grams(matter), chars, Intent.in(normalized),
				SectionIntent.askedIn(normalized), namesMatter(terms, chars));
	}

	/** Whether nothing in the question could name a matter. */
	boolean isEmpty() {
		return !namesMatter;
	}

	private static boolean namesMatter(List<String> terms, Set<String> chars) {
		return chars.stream().anyMatch(c -> Character.isLetter(c.codePointAt(0)))
				&& terms.stream().anyMatch(term -> term.codePoints().anyMatch(Character::isLetter));
	}

}
