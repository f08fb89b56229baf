package org.govassist.kb.guide;

import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The rules a guide must follow to be read, and their limits.
 *
 * <p>A guide is a JSON object with the keys of the guide file format (see the project's docs),
 * no others. {@code id}, {@code title}, {@code department} and {@code summary} are required
 * non-blank strings; the other text fields are optional strings; {@code aliases},
 * {@code audience}, {@code materials} and {@code process} are arrays of non-blank strings;
 * {@code faqs} is an array of {@code {"q", "a"}} objects with both keys, no others;
 * {@code onlineUrl} is an http or https URL; {@code updatedAt} is a date written
 * {@code yyyy-MM-dd}. Strings are trimmed of surrounding whitespace, and an optional field that is
 * {@code null}, an empty string or an empty array counts as absent. Lengths are counted in
 * Unicode characters (code points), so that a Chinese character counts as one.
 *
 * <p>The limits are generous for any real 办事指南 and stop a broken export (a whole document
 * pasted into one field, a list repeated a thousand times) from reaching the index and the
 * citizens' screens.
 *
 * <p>Validation itself is run through {@link GuideReader}. Thread-safe: stateless.
 */
public final class GuideValidator {

	/** Fewest characters of an {@code id}. */
	public static final int MIN_ID_LENGTH = 3;

	/** Most characters of an {@code id}. */
	public static final int MAX_ID_LENGTH = 64;

	/**
	 * The syntax of an {@code id}: {@value #MIN_ID_LENGTH} to {@value #MAX_ID_LENGTH} characters of
	 * {@code a-z}, {@code 0-9} and {@code -}, starting with a letter or digit. Ids appear in URLs
	 * and log lines, so they need no escaping anywhere.
	 */
	public static final String ID_SYNTAX = "[a-z0-9][a-z0-9-]{" + (MIN_ID_LENGTH - 1) + "," + (MAX_ID_LENGTH - 1) + "}";

	/**
	 * Most characters of each one-line field: {@code title}, each of {@code aliases},
	 * {@code department}, {@code category}, each of {@code audience}, and {@code phone}. The
	 * longest official names of matters and departments stay well below it.
	 */
	public static final int MAX_TITLE_LENGTH = 200;

	/**
	 * Most characters of each prose field and list item: {@code summary}, {@code conditions},
	 * each of {@code materials} and {@code process}, {@code timeLimit}, {@code fee},
	 * {@code location}, {@code hours}, {@code legalBasis}, and each FAQ's {@code q} and {@code a}.
	 * Several pages of text; longer belongs in the linked online guide, not in a chat answer.
	 */
	public static final int MAX_TEXT_LENGTH = 5_000;

	/** Most characters of {@code onlineUrl}, the practical limit of browsers and servers. */
	public static final int MAX_URL_LENGTH = 2_000;

	/**
	 * Most items of each list: {@code aliases}, {@code audience}, {@code materials},
	 * {@code process} and {@code faqs}.
	 */
	public static final int MAX_LIST_ITEMS = 100;

	private static final Pattern ID = Pattern.compile(ID_SYNTAX);

	private GuideValidator() {
	}

	/**
	 * Whether a text is a valid guide id ({@link #ID_SYNTAX}); e.g. for checking the id of a
	 * request path before looking it up.
	 *
	 * @param id the text, may be {@code null}
	 * @return {@code true} when it is a valid id
	 */
	public static boolean isValidId(String id) {
		return id != null && ID.matcher(id).matches();
	}

	/**
	 * Checks one element of a guides array against every rule.
	 *
	 * @param source the name of the file or other source, for the problems
	 * @param index the element's position in its array, or -1 when it stands alone
	 * @param element the element, may be {@code null}
	 * @param positions where the element's values stand in the source text
	 * @return the guide, or every problem of the element in the order of the source
	 */
	static ValidatedGuide validate(String source, int index, JsonNode element, FieldPositions positions) {
		return new ElementCheck(source, index, element, positions).run();
	}

}
