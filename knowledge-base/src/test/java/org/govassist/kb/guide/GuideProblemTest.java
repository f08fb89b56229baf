package org.govassist.kb.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

class GuideProblemTest {

	@Test
	void describesAProblemOfAFieldOnOneLine() {
		GuideProblem problem = new GuideProblem("guides.json", 3, "foo-bar", "fee", "expected a string", 41, 12);

		assertThat(problem.describe()).isEqualTo("guides.json:41:12 [3] id=foo-bar field=fee: expected a string");
		assertThat(problem).hasToString(problem.describe());
	}

	@Test
	void leavesOutWhatIsNotKnown() {
		assertThat(new GuideProblem("guides.json", 3, "foo-bar", "fee", "expected a string", -1, -1).describe())
			.isEqualTo("guides.json [3] id=foo-bar field=fee: expected a string");
		assertThat(new GuideProblem("guides.json", -1, null, null, "no content", -1, -1).describe())
			.isEqualTo("guides.json: no content");
	}

	@Test
	void rejectsPositionsBelowUnknown() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new GuideProblem("guides.json", -2, null, null, "x", -1, -1));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new GuideProblem("guides.json", 0, null, null, "x", 0, -5));
	}

	@Test
	void fileExceptionNeedsAtLeastOneProblem() {
		assertThatIllegalArgumentException().isThrownBy(() -> new GuideFileException("guides.json", List.of()));
	}

	@Test
	void fileExceptionWithOneProblemSaysSo() {
		GuideProblem problem = new GuideProblem("guides.json", -1, null, null, "no content", -1, -1);

		assertThat(new GuideFileException("guides.json", List.of(problem)))
			.hasMessage("1 problem in guide file guides.json:\nguides.json: no content");
	}

}
