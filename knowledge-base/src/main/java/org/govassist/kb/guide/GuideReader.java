package org.govassist.kb.guide;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;

/**
 * Reads guide files: a UTF-8 JSON array of guide objects, validated by the rules of
 * {@link GuideValidator}.
 *
 * <p>Two ways to read:
 * <ul>
 * <li><b>All or nothing</b> ({@link #read(Path)}, {@link #read(String, InputStream)},
 * {@link #parse(String, String)}): the guides of a valid file, or a {@link GuideFileException}
 * listing every problem of the file at once. For seed files and the demo knowledge base.</li>
 * <li><b>Element by element</b> ({@link #validate(String, InputStream)},
 * {@link #validate(String, JsonNode)}, {@link #validate(String, int, JsonNode)}): a
 * {@link ValidationReport} or {@link ValidatedGuide} that tells, for each element, the guide or
 * its problems. For importers that take the valid guides and answer the rejected ones by index,
 * id and problems, and for saving one guide.</li>
 * </ul>
 *
 * <p>Every problem names the source, the element's index, the guide's id when known and the
 * field at fault; when reading text, also the line and column. Within one array, ids must be
 * unique: every element whose id another repeats is rejected, and each names the others.
 *
 * <p>Thread-safe: stateless.
 */
public final class GuideReader {

	/** Parts of Jackson's messages that speak of Jackson rather than of the file. */
	private static final Pattern JACKSON_DETAILS = Pattern
		.compile("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)|, from `StreamReadConstraints[^`]*`");

	private GuideReader() {
	}

	/**
	 * Reads a guide file.
	 *
	 * @param file the file; its path names it in problems
	 * @return every guide of the file, in order
	 * @throws GuideFileException when the file cannot be read or has any problem; lists them all
	 */
	public static List<Guide> read(Path file) throws GuideFileException {
		String source = file.toString();
		try (InputStream in = Files.newInputStream(file)) {
			return read(source, in);
		}
		catch (IOException ex) {
			throw new GuideFileException(source, List.of(new GuideProblem(source, -1, null, null,
					"cannot read the file: " + describe(ex), GuideProblem.UNKNOWN, GuideProblem.UNKNOWN)), ex);
		}
	}

	/**
	 * Reads guides from a stream of UTF-8 JSON, without closing it.
	 *
	 * @param sourceName names the source in problems, e.g. a file name
	 * @param in the stream
	 * @return every guide, in order
	 * @throws GuideFileException when the stream cannot be read or has any problem; lists them all
	 */
	public static List<Guide> read(String sourceName, InputStream in) throws GuideFileException {
		return validate(sourceName, in).requireValid();
	}

	/**
	 * Reads guides from JSON text.
	 *
	 * @param sourceName names the source in problems, e.g. a file name
	 * @param json the text
	 * @return every guide, in order
	 * @throws GuideFileException when the text has any problem; lists them all
	 */
	public static List<Guide> parse(String sourceName, String json) throws GuideFileException {
		Objects.requireNonNull(json, "json");
		ReportBuilder report = new ReportBuilder(sourceName);
		readArray(Utf8.withoutByteOrderMark(json), report);
		return report.build().requireValid();
	}

	/**
	 * Validates a stream of UTF-8 JSON element by element, without closing it. Problems carry
	 * line and column, counted in characters. A stream that is unreadable, not UTF-8, malformed
	 * or not an array has a {@linkplain ValidationReport#sourceProblems() source problem}; the
	 * elements read before a syntax error are still reported.
	 *
	 * @param sourceName names the source in problems, e.g. a file name or "import request"
	 * @param in the stream
	 * @return the outcome of every element, and the problems of the source as a whole
	 */
	public static ValidationReport validate(String sourceName, InputStream in) {
		Objects.requireNonNull(in, "in");
		ReportBuilder report = new ReportBuilder(sourceName);
		try {
			readArray(Utf8.decode(in.readAllBytes()), report);
		}
		catch (IOException ex) {
			report.sourceProblem("cannot read: " + describe(ex), SourcePosition.UNKNOWN);
		}
		catch (Utf8.MalformedException ex) {
			report.sourceProblem(ex.getMessage(), ex.position());
		}
		return report.build();
	}

	/**
	 * Validates an already parsed guides array element by element, e.g. the body of an import
	 * request. Problems have no line and column.
	 *
	 * @param sourceName names the source in problems, e.g. "import request"
	 * @param guides the array; anything else is one source problem
	 * @return the outcome of every element, and the problems of the source as a whole
	 */
	public static ValidationReport validate(String sourceName, JsonNode guides) {
		ReportBuilder report = new ReportBuilder(sourceName);
		if (guides == null || !guides.isArray()) {
			report.sourceProblem("expected a JSON array of guides, found " + Describe.kind(guides),
					SourcePosition.UNKNOWN);
		}
		else {
			for (JsonNode element : guides.values()) {
				report.add(GuideValidator.validate(sourceName, report.nextIndex(), element, FieldPositions.NONE),
						FieldPositions.NONE);
			}
		}
		return report.build();
	}

	/**
	 * Validates one already parsed guide object, e.g. the body of a request that saves one guide,
	 * or one element of an array an importer walks itself. Ids are not compared with other
	 * elements; {@link #validate(String, JsonNode)} does that for a whole array.
	 *
	 * @param sourceName names the source in problems
	 * @param index the element's position in its array, or -1 when it stands alone
	 * @param element the guide object
	 * @return the guide, or every problem of the element
	 */
	public static ValidatedGuide validate(String sourceName, int index, JsonNode element) {
		Objects.requireNonNull(sourceName, "sourceName");
		if (index < -1) {
			throw new IllegalArgumentException("index must be -1 or more, not " + index);
		}
		return GuideValidator.validate(sourceName, index, element, FieldPositions.NONE);
	}

	/** Reads the elements of a guides array from JSON text into a report, noting what is wrong. */
	private static void readArray(String json, ReportBuilder report) {
		try (JsonParser parser = GuideFormat.JSON.createParser(json)) {
			try {
				readArray(parser, report);
			}
			catch (JacksonException ex) {
				TokenStreamLocation at = ex.getLocation() != null ? ex.getLocation() : parser.currentLocation();
				report.sourceProblem(describe(ex), SourcePosition.of(at));
			}
		}
	}

	private static void readArray(JsonParser parser, ReportBuilder report) {
		JsonToken first = parser.nextToken();
		if (first == null) {
			report.sourceProblem("no content; expected a JSON array of guides", SourcePosition.UNKNOWN);
			return;
		}
		if (first != JsonToken.START_ARRAY) {
			report.sourceProblem("expected a JSON array of guides, found " + Describe.kind(first)
					+ (first == JsonToken.START_OBJECT ? "; put even a single guide in [ ]" : ""),
					SourcePosition.of(parser.currentTokenLocation()));
			return;
		}
		ElementReader elements = new ElementReader(parser);
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			ElementReader.PositionedElement element = elements.read();
			report.add(GuideValidator.validate(report.source(), report.nextIndex(), element.node(), element.positions()),
					element.positions());
		}
		if (parser.nextToken() != null) {
			report.sourceProblem("unexpected content after the array of guides",
					SourcePosition.of(parser.currentTokenLocation()));
		}
	}

	private static String describe(JacksonException ex) {
		String detail = JACKSON_DETAILS.matcher(String.valueOf(ex.getOriginalMessage())).replaceAll("");
		if (ex instanceof StreamConstraintsException) {
			return "the JSON exceeds a limit: " + detail;
		}
		return "malformed JSON: " + detail;
	}

	private static String describe(IOException ex) {
		if (ex instanceof NoSuchFileException) {
			return "no such file";
		}
		if (ex instanceof AccessDeniedException) {
			return "access denied";
		}
		return ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
	}

}
