package org.govassist.kb.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Small guide files for tests, and the problems they give. */
final class GuideFiles {

	static final String SOURCE = "guides.json";

	private GuideFiles() {
	}

	/**
	 * A file of one guide with the required fields and some more.
	 *
	 * @param moreProperties JSON properties to add after the required ones, e.g.
	 * {@code "fee": "免费"}, or an empty string
	 */
	static String oneGuide(String moreProperties) {
		return "[" + guide("test-guide", moreProperties) + "]";
	}

	/** A guide object with the required fields and more properties, as in {@link #oneGuide}. */
	static String guide(String id, String moreProperties) {
		return """
				{"id": "%s", "title": "测试事项", "department": "临江市测试局", "summary": "用于测试的事项。"%s}"""
			.formatted(id, moreProperties.isEmpty() ? "" : ", " + moreProperties);
	}

	/** The guides of a file that must be valid. */
	static List<Guide> guidesOf(String json) {
		try {
			return GuideReader.parse(SOURCE, json);
		}
		catch (GuideFileException ex) {
			throw new AssertionError("expected a valid file, got " + ex.getMessage(), ex);
		}
	}

	/** The problems of a file that must be invalid. */
	static List<GuideProblem> problemsOf(String json) {
		GuideFileException thrown = catchThrowableOfType(GuideFileException.class,
				() -> GuideReader.parse(SOURCE, json));
		assertThat(thrown).as("problems of %s", json).isNotNull();
		return thrown.problems();
	}

	/** The only problem of a file that must have exactly one. */
	static GuideProblem onlyProblemOf(String json) {
		List<GuideProblem> problems = problemsOf(json);
		assertThat(problems).as("problems of %s", json).hasSize(1);
		return problems.get(0);
	}

	/** A test resource of this package as text. */
	static String resource(String name) {
		try (InputStream in = GuideFiles.class.getResourceAsStream(name)) {
			assertThat(in).as("test resource %s", name).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
