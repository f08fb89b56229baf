package org.govassist.server.editor;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.govassist.server.editor.GapStore.GapQuestion;

/**
 * One group of the gap inbox: questions with the same normalised text (see {@link GapKey}).
 *
 * @param groupId the group's id, for its actions
 * @param count how many times it was asked
 * @param lastAsked when it was last asked
 * @param examples up to three different wordings as asked, newest first, personal data masked
 * @param kinds how many came from each source: {@code fallback}, {@code bad_rating}, {@code clarify_unchosen}
 * @param ratedGuides the guides whose answers to it were rated badly, if any
 */
record GapGroup(String groupId, int count, OffsetDateTime lastAsked, List<String> examples,
		Map<String, Integer> kinds, List<String> ratedGuides) {

	/** The most examples a group shows. */
	static final int MAX_EXAMPLES = 3;

	/** Most asked first; among equals, the most recently asked first. */
	static final Comparator<GapGroup> MOST_ASKED_FIRST = Comparator.comparingInt(GapGroup::count)
		.reversed()
		.thenComparing(GapGroup::lastAsked, Comparator.reverseOrder());

	/**
	 * Groups questions.
	 *
	 * @param questions questions, newest first
	 * @return their groups, most asked first
	 */
	static List<GapGroup> of(List<GapQuestion> questions) {
		Map<String, List<GapQuestion>> byGroup = new LinkedHashMap<>();
		questions.forEach(question -> byGroup.computeIfAbsent(question.groupKey(), key -> new ArrayList<>()).add(question));
		return byGroup.entrySet().stream().map(entry -> group(entry.getKey(), entry.getValue())).sorted(MOST_ASKED_FIRST).toList();
	}

	private static GapGroup group(String groupId, List<GapQuestion> newestFirst) {
		Set<String> examples = new LinkedHashSet<>();
		Map<String, Integer> kinds = new TreeMap<>();
		Set<String> guides = new LinkedHashSet<>();
		for (GapQuestion question : newestFirst) {
			if (examples.size() < MAX_EXAMPLES) {
				examples.add(question.text());
			}
			kinds.merge(question.kind().column(), 1, Integer::sum);
			if (question.guideId() != null) {
				guides.add(question.guideId());
			}
		}
		return new GapGroup(groupId, newestFirst.size(), newestFirst.getFirst().asked(), List.copyOf(examples), kinds,
				List.copyOf(guides));
	}

}
