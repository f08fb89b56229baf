package org.govassist.kb.guide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Collects the outcomes of a guides array element by element, then applies the one rule that
 * spans elements, unique ids, and yields the {@link ValidationReport}.
 *
 * <p>Not thread-safe: one instance collects one source.
 */
final class ReportBuilder {

	private final String source;

	private final List<ValidatedGuide> elements = new ArrayList<>();

	private final List<SourcePosition> idPositions = new ArrayList<>();

	private final List<GuideProblem> sourceProblems = new ArrayList<>();

	ReportBuilder(String source) {
		this.source = Objects.requireNonNull(source, "source");
	}

	/** The name of the source, for its problems. */
	String source() {
		return source;
	}

	/** The index the next element will have. */
	int nextIndex() {
		return elements.size();
	}

	void add(ValidatedGuide element, FieldPositions positions) {
		elements.add(element);
		idPositions.add(positions.of(GuideFormat.ID));
	}

	void sourceProblem(String message, SourcePosition at) {
		sourceProblems.add(new GuideProblem(source, -1, null, null, message, at.line(), at.column()));
	}

	/**
	 * The report, every element whose id another element repeats rejected: an importer cannot
	 * know which of them is meant, so none of them is taken.
	 */
	ValidationReport build() {
		Map<String, List<Integer>> indexesById = new LinkedHashMap<>();
		for (int index = 0; index < elements.size(); index++) {
			String id = elements.get(index).guideId();
			if (GuideValidator.isValidId(id)) {
				indexesById.computeIfAbsent(id, key -> new ArrayList<>()).add(index);
			}
		}
		for (List<Integer> indexes : indexesById.values()) {
			if (indexes.size() > 1) {
				indexes.forEach(index -> rejectRepeatedId(index, indexes));
			}
		}
		return new ValidationReport(source, elements, sourceProblems);
	}

	private void rejectRepeatedId(int index, List<Integer> sameId) {
		List<String> others = new ArrayList<>();
		for (int other : sameId) {
			if (other != index) {
				others.add("[" + other + "]" + idPositions.get(other).inParentheses());
			}
		}
		ValidatedGuide element = elements.get(index);
		SourcePosition at = idPositions.get(index);
		String message = "duplicate id: also the id of the " + (others.size() == 1 ? "guide at " : "guides at ")
				+ String.join(", ", others);
		elements.set(index, element.rejectedFor(new GuideProblem(source, index, element.guideId(), GuideFormat.ID,
				message, at.line(), at.column())));
	}

}
