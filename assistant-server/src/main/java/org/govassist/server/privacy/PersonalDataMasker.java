package org.govassist.server.privacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in a citizen's text: every kind of number below is recognised only when it
 * stands alone (no letter or digit right before or after it) and passes its own check, so that
 * dates, order numbers and other long numbers are left alone. Digits are replaced by {@code *};
 * spaces or dashes between groups of digits are kept.
 *
 * <ul>
 * <li>18-digit resident identity numbers (居民身份证号, GB 11643): a known province code, a real
 * birth date and a valid check digit; the first 6 and the last 4 are kept:
 * {@code 110105********002X}.</li>
 * <li>15-digit identity numbers of the first generation: a known province code and a real birth
 * date (19yyMMdd); the first 6 and the last 3 are kept: {@code 110105******002}.</li>
 * <li>Bank card numbers: 16 to 19 digits, plain or in groups of four, starting with 3, 4, 5, 6 or
 * 9 and passing the Luhn check; the first 4 and the last 4 are kept:
 * {@code 6222***********0128}.</li>
 * <li>Mainland mobile numbers: 11 digits starting 13 to 19, alone or in groups (3-4-4), with or
 * without {@code +86}, {@code 0086} or {@code 86} before them; the first 3 and last 4 digits of the
 * number are kept: {@code +86 138****5678}.</li>
 * </ul>
 *
 * <p>Full-width digits (as some input methods type them) are recognised like ASCII digits.
 * Masking a masked text changes nothing.
 *
 * <p>Stateless and thread-safe.
 */
public final class PersonalDataMasker {

	private static final char MASK = '*';

	/** Province-level codes of GB/T 2260 that begin identity numbers, and 91 for foreigners' permanent residence. */
	private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33",
			"34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
			"65", "71", "81", "82", "83", "91");

	private static final int[] CHECK_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK_CHARACTERS = "10X98765432";

	/** In priority order: where two kinds claim the same digits, the earlier one masks them. */
	private static final List<Kind> KINDS = List.of(
			new Kind(standAlone("(?<number>[1-9]\\d{5} ?\\d{8} ?\\d{3}[\\dX])"), PersonalDataMasker::isIdentityNumber, 6,
					4),
			new Kind(standAlone("(?<number>[1-9]\\d{14})"), PersonalDataMasker::isFirstGenerationIdentityNumber, 6, 3),
			new Kind(standAlone("(?<number>[3-69]\\d{3}(?:[ -]?\\d{4}){3}(?:[ -]?\\d{1,3})?)"),
					PersonalDataMasker::isBankCardNumber, 4, 4),
			new Kind(standAlone("(?:(?:\\+|00)?86[ -]?)?(?<number>1[3-9]\\d(?:[ -]?\\d{4}){2})"), digits -> true, 3,
					4));

	private PersonalDataMasker() {
	}

	/**
	 * Masks the personal data in a text.
	 *
	 * @param text any text, or {@code null}
	 * @return the text with the digits of personal data replaced by {@code *}, of the same length;
	 * {@code null} for {@code null}
	 */
	public static String mask(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String folded = fold(text);
		List<Span> spans = new ArrayList<>();
		for (Kind kind : KINDS) {
			Matcher matcher = kind.pattern().matcher(folded);
			while (matcher.find()) {
				Span span = new Span(matcher.start("number"), matcher.end("number"), kind);
				if (kind.check().test(significant(folded, span.start(), span.end()))
						&& spans.stream().noneMatch(span::overlaps)) {
					spans.add(span);
				}
			}
		}
		if (spans.isEmpty()) {
			return text;
		}
		spans.sort(Comparator.comparingInt(Span::start));
		StringBuilder masked = new StringBuilder(text);
		for (Span span : spans) {
			int count = significant(folded, span.start(), span.end()).length();
			int ordinal = 0;
			for (int i = span.start(); i < span.end(); i++) {
				if (isSignificant(folded.charAt(i))) {
					if (ordinal >= span.kind().keepFirst() && ordinal < count - span.kind().keepLast()) {
						masked.setCharAt(i, MASK);
					}
					ordinal++;
				}
			}
		}
		return masked.toString();
	}

	private static Pattern standAlone(String number) {
		return Pattern.compile("(?<![0-9A-Za-z])" + number + "(?![0-9A-Za-z])");
	}

	/**
	 * The text with full-width digits, letters and plus signs, and the ideographic space, replaced
	 * by their ASCII forms and letters in upper case: every character stays at its index, so that
	 * positions found in the folded text are positions in the original.
	 */
	private static String fold(String text) {
		char[] folded = text.toCharArray();
		for (int i = 0; i < folded.length; i++) {
			char c = folded[i];
			if (c >= '\uFF01' && c <= '\uFF5E') {
				c = (char) (c - '\uFF01' + '!');
			}
			else if (c == '\u3000') {
				c = ' ';
			}
			folded[i] = c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
		}
		return new String(folded);
	}

	private static boolean isSignificant(char c) {
		return c >= '0' && c <= '9' || c == 'X';
	}

	private static String significant(String folded, int start, int end) {
		StringBuilder digits = new StringBuilder(end - start);
		for (int i = start; i < end; i++) {
			if (isSignificant(folded.charAt(i))) {
				digits.append(folded.charAt(i));
			}
		}
		return digits.toString();
	}

	private static boolean isIdentityNumber(String number) {
		if (!PROVINCES.contains(number.substring(0, 2)) || !isDate(number.substring(6, 14))) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < CHECK_WEIGHTS.length; i++) {
			sum += (number.charAt(i) - '0') * CHECK_WEIGHTS[i];
		}
		return number.charAt(17) == CHECK_CHARACTERS.charAt(sum % 11);
	}

	private static boolean isFirstGenerationIdentityNumber(String number) {
		return PROVINCES.contains(number.substring(0, 2)) && isDate("19" + number.substring(6, 12));
	}

	private static boolean isDate(String yyyyMMdd) {
		int year = Integer.parseInt(yyyyMMdd.substring(0, 4));
		if (year < 1900 || year > 2099) {
			return false;
		}
		try {
			LocalDate.of(year, Integer.parseInt(yyyyMMdd.substring(4, 6)), Integer.parseInt(yyyyMMdd.substring(6, 8)));
			return true;
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

	private static boolean isBankCardNumber(String number) {
		if (number.length() < 16 || number.length() > 19) {
			return false;
		}
		int sum = 0;
		boolean doubled = false;
		for (int i = number.length() - 1; i >= 0; i--) {
			int digit = number.charAt(i) - '0';
			if (doubled) {
				digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
			}
			sum += digit;
			doubled = !doubled;
		}
		return sum % 10 == 0;
	}

	/**
	 * One kind of personal data.
	 *
	 * @param pattern finds candidates; its group {@code number} is what gets masked
	 * @param check whether a candidate's digits (and check character) really are such a number
	 * @param keepFirst how many leading digits stay visible
	 * @param keepLast how many trailing digits stay visible
	 */
	private record Kind(Pattern pattern, Predicate<String> check, int keepFirst, int keepLast) {
	}

	private record Span(int start, int end, Kind kind) {

		boolean overlaps(Span other) {
			return start < other.end && other.start < end;
		}

	}

}
