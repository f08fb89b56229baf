package org.govassist.kb.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ImportValidationTest {

	private static final String SOURCE = "import request";

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void validGuidesAreAcceptedAndInvalidOnesRejectedByIndex() {
		JsonNode body = json.readTree("[" + GuideFiles.guide("first-guide", "") + ", "
				+ GuideFiles.guide("second-guide", "\"fee\": 20") + ", " + GuideFiles.guide("third-guide", "") + "]");

		ValidationReport report = GuideReader.validate(SOURCE, body);

		assertThat(report.isValid()).isFalse();
		assertThat(report.guides()).extracting(Guide::id).containsExactly("first-guide", "third-guide");
		assertThat(report.rejected()).singleElement().satisfies(rejected -> {
			assertThat(rejected.index()).isEqualTo(1);
			assertThat(rejected.guideId()).isEqualTo("second-guide");
			assertThat(rejected.guide()).isNull();
			assertThat(rejected.problems()).extracting(GuideProblem::describe)
				.containsExactly("import request [1] id=second-guide field=fee: expected a string, found a number");
		});
	}

	@Test
	void everyElementSharingAnIdIsRejected() {
		JsonNode body = json.readTree("[" + GuideFiles.guide("same-id", "") + ", " + GuideFiles.guide("same-id", "")
				+ ", " + GuideFiles.guide("own-id", "") + "]");

		ValidationReport report = GuideReader.validate(SOURCE, body);

		assertThat(report.guides()).extracting(Guide::id).containsExactly("own-id");
		assertThat(report.rejected()).extracting(ValidatedGuide::index).containsExactly(0, 1);
		assertThat(report.problems()).extracting(GuideProblem::message)
			.containsExactly("duplicate id: also the id of the guide at [1]", "duplicate id: also the id of the guide at [0]");
	}

	@Test
	void bodyThatIsNotAnArrayIsASourceProblem() {
		ValidationReport report = GuideReader.validate(SOURCE, json.readTree(GuideFiles.guide("test-guide", "")));

		assertThat(report.elements()).isEmpty();
		assertThat(report.sourceProblems()).extracting(GuideProblem::describe)
			.containsExactly("import request: expected a JSON array of guides, found an object");
	}

	@Test
	void oneGuideOnItsOwnIsValidatedWithoutAnIndex() {
		ValidatedGuide validated = GuideReader.validate("PUT /api/kb/guides/test-guide", -1,
				json.readTree(GuideFiles.guide("test-guide", "\"feee\": \"免费\"")));

		assertThat(validated.isValid()).isFalse();
		assertThat(validated.problems()).extracting(GuideProblem::describe).containsExactly(
				"PUT /api/kb/guides/test-guide id=test-guide field=feee: unknown key \"feee\" (did you mean \"fee\"?)");
	}

	@Test
	void oneValidGuideOnItsOwnIsAccepted() {
		ValidatedGuide validated = GuideReader.validate(SOURCE, 4, json.readTree(GuideFiles.guide("test-guide", "")));

		assertThat(validated.isValid()).isTrue();
		assertThat(validated.index()).isEqualTo(4);
		assertThat(validated.guideId()).isEqualTo("test-guide");
		assertThat(validated.guide().title()).isEqualTo("测试事项");
		assertThat(validated.problems()).isEmpty();
	}

	@Test
	void reportOfAValidArrayGivesItsGuides() throws Exception {
		ValidationReport report = GuideReader.validate(SOURCE,
				json.readTree("[" + GuideFiles.guide("test-guide", "") + "]"));

		assertThat(report.isValid()).isTrue();
		assertThat(report.requireValid()).extracting(Guide::id).containsExactly("test-guide");
	}

	@Test
	void reportWithProblemsRefusesToGiveAllGuides() {
		ValidationReport report = GuideReader.validate(SOURCE, json.readTree("[1, 2]"));

		GuideFileException thrown = catchThrowableOfType(GuideFileException.class, report::requireValid);

		assertThat(thrown.source()).isEqualTo(SOURCE);
		assertThat(thrown.problems()).extracting(GuideProblem::index).containsExactly(0, 1);
	}

}
