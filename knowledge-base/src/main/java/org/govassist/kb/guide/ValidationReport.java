package org.govassist.kb.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything validation found in a guides array: the outcome of each element, in order, and the
 * problems of the source as a whole (not an array, malformed JSON, content after the array).
 *
 * <p>{@link GuideReader#read} accepts a source only when it has no problem at all; an importer
 * may instead take the {@link #guides() valid guides} and report the {@link #rejected() rejected
 * elements} one by one. When the source has problems of its own, {@link #elements()} holds the
 * elements read before them, possibly none, and should not be imported.
 *
 * @param source the name of the file or other source
 * @param elements the outcome of each element read, by index
 * @param sourceProblems the problems of the source as a whole, with index -1
 */
public record ValidationReport(String source, List<ValidatedGuide> elements, List<GuideProblem> sourceProblems) {

	public ValidationReport {
		Objects.requireNonNull(source, "source");
		elements = List.copyOf(elements);
		sourceProblems = List.copyOf(sourceProblems);
	}

	/** Whether the source is a valid guides array: no element and no source problem. */
	public boolean isValid() {
		return sourceProblems.isEmpty() && elements.stream().allMatch(ValidatedGuide::isValid);
	}

	/** The guides of the valid elements, in the order of the source. */
	public List<Guide> guides() {
		return elements.stream().filter(ValidatedGuide::isValid).map(ValidatedGuide::guide).toList();
	}

	/** The elements that are not valid guides, in the order of the source. */
	public List<ValidatedGuide> rejected() {
		return elements.stream().filter(element -> !element.isValid()).toList();
	}

	/** Every problem: each element's in order of index, then the source's own. */
	public List<GuideProblem> problems() {
		List<GuideProblem> problems = new ArrayList<>();
		elements.forEach(element -> problems.addAll(element.problems()));
		problems.addAll(sourceProblems);
		return List.copyOf(problems);
	}

	/**
	 * The guides, provided the source is valid.
	 *
	 * @return every guide, in the order of the source
	 * @throws GuideFileException listing every problem, when there is any
	 */
	public List<Guide> requireValid() throws GuideFileException {
		if (!isValid()) {
			throw new GuideFileException(source, problems());
		}
		return guides();
	}

}
