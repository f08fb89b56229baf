package org.govassist.kb.guide;

import static org.govassist.kb.guide.GuideFormat.ALIASES;
import static org.govassist.kb.guide.GuideFormat.AUDIENCE;
import static org.govassist.kb.guide.GuideFormat.CATEGORY;
import static org.govassist.kb.guide.GuideFormat.CONDITIONS;
import static org.govassist.kb.guide.GuideFormat.DEPARTMENT;
import static org.govassist.kb.guide.GuideFormat.FAQS;
import static org.govassist.kb.guide.GuideFormat.FAQ_ANSWER;
import static org.govassist.kb.guide.GuideFormat.FAQ_QUESTION;
import static org.govassist.kb.guide.GuideFormat.FEE;
import static org.govassist.kb.guide.GuideFormat.HOURS;
import static org.govassist.kb.guide.GuideFormat.ID;
import static org.govassist.kb.guide.GuideFormat.LEGAL_BASIS;
import static org.govassist.kb.guide.GuideFormat.LOCATION;
import static org.govassist.kb.guide.GuideFormat.MATERIALS;
import static org.govassist.kb.guide.GuideFormat.ONLINE_URL;
import static org.govassist.kb.guide.GuideFormat.PHONE;
import static org.govassist.kb.guide.GuideFormat.PROCESS;
import static org.govassist.kb.guide.GuideFormat.SUMMARY;
import static org.govassist.kb.guide.GuideFormat.TIME_LIMIT;
import static org.govassist.kb.guide.GuideFormat.TITLE;
import static org.govassist.kb.guide.GuideFormat.UPDATED_AT;
import static org.govassist.kb.guide.GuideValidator.MAX_LIST_ITEMS;
import static org.govassist.kb.guide.GuideValidator.MAX_TEXT_LENGTH;
import static org.govassist.kb.guide.GuideValidator.MAX_TITLE_LENGTH;
import static org.govassist.kb.guide.GuideValidator.MAX_URL_LENGTH;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Checks one element of a guides array against the rules of {@link GuideValidator}, collecting
 * every problem rather than stopping at the first, and builds the guide when there is none.
 *
 * <p>Not thread-safe: one instance checks one element, once.
 */
final class ElementCheck {

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final int NO_LIMIT = Integer.MAX_VALUE;

	private final String source;

	private final int index;

	private final JsonNode element;

	private final FieldPositions positions;

	private final List<GuideProblem> problems = new ArrayList<>();

	private String guideId;

	ElementCheck(String source, int index, JsonNode element, FieldPositions positions) {
		this.source = source;
		this.index = index;
		this.element = element;
		this.positions = positions;
	}

	ValidatedGuide run() {
		if (element == null || !element.isObject()) {
			report(null, "expected a guide object, found " + Describe.kind(element));
			return ValidatedGuide.rejected(index, null, problems);
		}
		guideId = idAsWritten();
		positions.repeatedKeys().forEach(key -> report(key, "repeated key; write each key once"));
		String id = id();
		String title = required(TITLE, MAX_TITLE_LENGTH);
		List<String> aliases = texts(ALIASES, MAX_TITLE_LENGTH);
		String department = required(DEPARTMENT, MAX_TITLE_LENGTH);
		String category = optional(CATEGORY, MAX_TITLE_LENGTH);
		List<String> audience = texts(AUDIENCE, MAX_TITLE_LENGTH);
		String summary = required(SUMMARY, MAX_TEXT_LENGTH);
		String conditions = optional(CONDITIONS, MAX_TEXT_LENGTH);
		List<String> materials = texts(MATERIALS, MAX_TEXT_LENGTH);
		List<String> process = texts(PROCESS, MAX_TEXT_LENGTH);
		String timeLimit = optional(TIME_LIMIT, MAX_TEXT_LENGTH);
		String fee = optional(FEE, MAX_TEXT_LENGTH);
		String location = optional(LOCATION, MAX_TEXT_LENGTH);
		String hours = optional(HOURS, MAX_TEXT_LENGTH);
		String phone = optional(PHONE, MAX_TITLE_LENGTH);
		String legalBasis = optional(LEGAL_BASIS, MAX_TEXT_LENGTH);
		String onlineUrl = onlineUrl();
		List<Faq> faqs = faqs();
		LocalDate updatedAt = updatedAt();
		reportUnknownKeys(element, null, GuideFormat.KEYS, "");
		if (!problems.isEmpty()) {
			problems.sort(GuideProblem.SOURCE_ORDER);
			return ValidatedGuide.rejected(index, guideId, problems);
		}
		return ValidatedGuide.accepted(index, new Guide(id, title, aliases, department, category, audience, summary,
				conditions, materials, process, timeLimit, fee, location, hours, phone, legalBasis, onlineUrl, faqs,
				updatedAt));
	}

	/** The id for naming the guide in problems, even an invalid one: it helps find the element. */
	private String idAsWritten() {
		JsonNode id = element.get(ID);
		if (id == null || !id.isString() || id.stringValue().isBlank()) {
			return null;
		}
		return Describe.abbreviated(id.stringValue().strip());
	}

	private String id() {
		String id = required(ID, NO_LIMIT);
		if (id != null && !GuideValidator.isValidId(id)) {
			report(ID, "not a valid id: " + Describe.quoted(id) + "; an id has " + GuideValidator.MIN_ID_LENGTH
					+ " to " + GuideValidator.MAX_ID_LENGTH
					+ " characters of a-z, 0-9 and \"-\", and starts with a letter or digit");
		}
		return id;
	}

	private String onlineUrl() {
		String url = optional(ONLINE_URL, MAX_URL_LENGTH);
		if (url != null && !isHttpUrl(url)) {
			report(ONLINE_URL, "not an http or https URL: " + Describe.quoted(url));
			return null;
		}
		return url;
	}

	private static boolean isHttpUrl(String text) {
		try {
			URI uri = new URI(text);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getRawAuthority() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private LocalDate updatedAt() {
		String text = optional(UPDATED_AT, NO_LIMIT);
		if (text == null) {
			return null;
		}
		if (DATE.matcher(text).matches()) {
			try {
				return LocalDate.parse(text);
			}
			catch (DateTimeParseException ex) {
				// Well formed but no such day, e.g. 2026-02-30: reported below like any bad date.
			}
		}
		report(UPDATED_AT, "not a date written yyyy-MM-dd, such as 2026-10-01: " + Describe.quoted(text));
		return null;
	}

	private List<Faq> faqs() {
		JsonNode value = element.get(FAQS);
		if (isAbsent(value)) {
			return List.of();
		}
		if (!value.isArray()) {
			report(FAQS, "expected an array of {\"q\": …, \"a\": …} objects, found " + Describe.kind(value));
			return List.of();
		}
		checkCount(FAQS, value.size());
		List<Faq> faqs = new ArrayList<>();
		for (int i = 0; i < value.size(); i++) {
			String path = FAQS + "[" + i + "]";
			JsonNode item = value.get(i);
			if (!item.isObject()) {
				report(path, "expected an object {\"q\": …, \"a\": …}, found " + Describe.kind(item));
				continue;
			}
			String question = requiredIn(item, path, FAQ_QUESTION, MAX_TEXT_LENGTH);
			String answer = requiredIn(item, path, FAQ_ANSWER, MAX_TEXT_LENGTH);
			reportUnknownKeys(item, path, GuideFormat.FAQ_KEYS, "; a FAQ has only \"q\" and \"a\"");
			if (question != null && answer != null) {
				faqs.add(new Faq(question, answer));
			}
		}
		return faqs;
	}

	private List<String> texts(String key, int maxItemLength) {
		JsonNode value = element.get(key);
		if (isAbsent(value)) {
			return List.of();
		}
		if (!value.isArray()) {
			report(key, "expected an array of strings, found " + Describe.kind(value));
			return List.of();
		}
		checkCount(key, value.size());
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < value.size(); i++) {
			String path = key + "[" + i + "]";
			JsonNode item = value.get(i);
			if (!item.isString()) {
				report(path, "expected a string, found " + Describe.kind(item));
			}
			else if (item.stringValue().isBlank()) {
				report(path, "blank item; remove it or fill it in");
			}
			else {
				String text = item.stringValue().strip();
				checkLength(path, text, maxItemLength);
				texts.add(text);
			}
		}
		return texts;
	}

	private String required(String key, int maxLength) {
		return text(element, null, key, true, maxLength);
	}

	private String optional(String key, int maxLength) {
		return text(element, null, key, false, maxLength);
	}

	private String requiredIn(JsonNode object, String parent, String key, int maxLength) {
		return text(object, parent, key, true, maxLength);
	}

	/**
	 * A string field of an object, trimmed; {@code null} when absent, blank or at fault.
	 *
	 * @param parent the path of the object within the element, or {@code null} for the element
	 */
	private String text(JsonNode object, String parent, String key, boolean required, int maxLength) {
		String path = parent == null ? key : parent + "." + key;
		JsonNode value = object.get(key);
		if (isAbsent(value)) {
			if (required) {
				report(path, "required, but missing");
			}
			return null;
		}
		if (!value.isString()) {
			report(path, "expected a string, found " + Describe.kind(value));
			return null;
		}
		String text = value.stringValue().strip();
		if (text.isEmpty()) {
			if (required) {
				report(path, "required, but blank");
			}
			return null;
		}
		checkLength(path, text, maxLength);
		return text;
	}

	private static boolean isAbsent(JsonNode value) {
		return value == null || value.isNull() || value.isMissingNode();
	}

	private void checkLength(String path, String text, int maxLength) {
		if (maxLength == NO_LIMIT) {
			return;
		}
		int length = text.codePointCount(0, text.length());
		if (length > maxLength) {
			report(path, "too long: " + length + " characters, at most " + maxLength);
		}
	}

	private void checkCount(String path, int count) {
		if (count > MAX_LIST_ITEMS) {
			report(path, "too many items: " + count + ", at most " + MAX_LIST_ITEMS);
		}
	}

	private void reportUnknownKeys(JsonNode object, String parent, List<String> known, String whatIsAllowed) {
		for (String key : object.propertyNames()) {
			if (!known.contains(key)) {
				String path = parent == null ? key : parent + "." + key;
				String meant = Typos.meantKey(key, known);
				report(path, "unknown key " + Describe.quoted(key)
						+ (meant == null ? whatIsAllowed : " (did you mean \"" + meant + "\"?)"));
			}
		}
	}

	private void report(String field, String message) {
		SourcePosition at = positions.of(field);
		problems.add(new GuideProblem(source, index, guideId, field, message, at.line(), at.column()));
	}

}
