package org.govassist.kb.guide;

import java.util.List;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The guide file format's vocabulary and its JSON codec, shared by {@link GuideReader},
 * {@link GuideValidator} and {@link GuideWriter} so that the three agree on every key.
 */
final class GuideFormat {

	static final String ID = "id";
	static final String TITLE = "title";
	static final String ALIASES = "aliases";
	static final String DEPARTMENT = "department";
	static final String CATEGORY = "category";
	static final String AUDIENCE = "audience";
	static final String SUMMARY = "summary";
	static final String CONDITIONS = "conditions";
	static final String MATERIALS = "materials";
	static final String PROCESS = "process";
	static final String TIME_LIMIT = "timeLimit";
	static final String FEE = "fee";
	static final String LOCATION = "location";
	static final String HOURS = "hours";
	static final String PHONE = "phone";
	static final String LEGAL_BASIS = "legalBasis";
	static final String ONLINE_URL = "onlineUrl";
	static final String FAQS = "faqs";
	static final String UPDATED_AT = "updatedAt";

	/** Every key of a guide object, in the order files are written. */
	static final List<String> KEYS = List.of(ID, TITLE, ALIASES, DEPARTMENT, CATEGORY, AUDIENCE, SUMMARY,
			CONDITIONS, MATERIALS, PROCESS, TIME_LIMIT, FEE, LOCATION, HOURS, PHONE, LEGAL_BASIS, ONLINE_URL, FAQS,
			UPDATED_AT);

	static final String FAQ_QUESTION = "q";
	static final String FAQ_ANSWER = "a";

	/** Every key of a FAQ object, in the order files are written. */
	static final List<String> FAQ_KEYS = List.of(FAQ_QUESTION, FAQ_ANSWER);

	/**
	 * Deepest nesting a guide file may have. A valid file needs four levels (file array, guide,
	 * FAQ list, FAQ); the margin lets a wrongly nested value be reported as a type problem, while
	 * the bound keeps a hostile file from exhausting the stack of the element reader.
	 */
	static final int MAX_NESTING_DEPTH = 16;

	/**
	 * The mapper for guide files: strict JSON, bounded nesting, and streams left open for their
	 * owner to close.
	 */
	static final JsonMapper JSON = JsonMapper
		.builder(JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
			.disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
			.disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
			.build())
		.build();

	/**
	 * Writes the layout of guide files: two-space indentation, one array item per line,
	 * {@code "key": value}, and {@code \n} line ends on every platform.
	 */
	static final ObjectWriter PRETTY_WRITER = JSON.writer().with(new DefaultPrettyPrinter()
		.withSeparators(Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
		.withObjectIndenter(new DefaultIndenter("  ", "\n"))
		.withArrayIndenter(new DefaultIndenter("  ", "\n")));

	/** Writes the compact form, the basis of fingerprints. */
	static final ObjectWriter COMPACT_WRITER = JSON.writer();

	private GuideFormat() {
	}

}
