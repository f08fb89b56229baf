package org.govassist.kb;

import java.util.List;
import java.util.Objects;

import org.govassist.kb.guide.Guide;
import org.govassist.kb.guide.Section;

/**
 * A direct answer from one guide.
 *
 * @param text the reply, leading with the section asked about
 * @param guide the whole guide the answer comes from
 * @param sections every non-empty section of the guide, the ones asked about first
 * @param askedSections how many of the leading {@code sections} were asked about (0: none in particular)
 * @param confidence calibrated probability that {@code guide} is the matter meant, 0..1
 * @param related other matters the citizen may want next
 * @param followUp whether the question was read as a follow-up about the conversation's current matter
 */
public record Answer(String text, Guide guide, List<Section> sections, int askedSections, double confidence,
		List<GuideRef> related, boolean followUp) implements Decision {

	public Answer {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(guide, "guide");
		sections = List.copyOf(sections);
		related = List.copyOf(related);
	}

}
