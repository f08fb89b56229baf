package org.govassist.kb.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of validating one element of a guides array: either the guide it describes, or the
 * problems that keep it from being one. An importer keeps the accepted guides and reports the
 * rejected ones by {@link #index()}, {@link #guideId()} and {@link #problems()}.
 *
 * @param index the element's 0-based position in its array, or -1 when it stands alone (e.g. the
 * body of a request that saves one guide)
 * @param guideId the id as written, when the element has one that is a non-blank string (even if
 * that id is invalid); otherwise {@code null}
 * @param guide the guide, or {@code null} when the element is rejected
 * @param problems why the element is rejected; empty when it is accepted
 */
public record ValidatedGuide(int index, String guideId, Guide guide, List<GuideProblem> problems) {

	public ValidatedGuide {
		problems = List.copyOf(problems);
		if ((guide == null) == problems.isEmpty()) {
			throw new IllegalArgumentException("a validated guide has either a guide or problems, not both or neither");
		}
		if (guide != null && !guide.id().equals(guideId)) {
			throw new IllegalArgumentException("guideId " + guideId + " is not the guide's id " + guide.id());
		}
	}

	static ValidatedGuide accepted(int index, Guide guide) {
		return new ValidatedGuide(index, guide.id(), guide, List.of());
	}

	static ValidatedGuide rejected(int index, String guideId, List<GuideProblem> problems) {
		return new ValidatedGuide(index, guideId, null, problems);
	}

	/** Whether the element is a valid guide, available from {@link #guide()}. */
	public boolean isValid() {
		return guide != null;
	}

	/** This outcome rejected for one more problem, e.g. an id that another element repeats. */
	ValidatedGuide rejectedFor(GuideProblem problem) {
		List<GuideProblem> more = new ArrayList<>(problems);
		more.add(Objects.requireNonNull(problem, "problem"));
		more.sort(GuideProblem.SOURCE_ORDER);
		return rejected(index, guideId, more);
	}

}
