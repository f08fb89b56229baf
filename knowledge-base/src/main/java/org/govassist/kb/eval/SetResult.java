package org.govassist.kb.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govassist.kb.guide.Guide;

/**
 * Every system's result on one question set.
 *
 * @param questions the question set
 * @param guideFile the knowledge base's file
 * @param guides the knowledge base's guides by id, for titles in the error listing
 * @param trials one result per system, the engine first
 */
record SetResult(QuestionSet questions, Path guideFile, Map<String, Guide> guides, List<TrialResult> trials) {

	SetResult {
		guides = Map.copyOf(guides);
		trials = List.copyOf(trials);
	}

	/** The engine's result, whose misses the error listing shows. */
	Optional<TrialResult> engine() {
		return trials.stream().findFirst();
	}

	/** A guide's title, or its id alone when the knowledge base does not have it. */
	String describe(String guideId) {
		Guide guide = guides.get(guideId);
		return guide == null ? guideId : guideId + " " + guide.title();
	}

}
