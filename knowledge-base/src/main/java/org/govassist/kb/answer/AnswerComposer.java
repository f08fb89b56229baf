package org.govassist.kb.answer;

import java.util.ArrayList;
import java.util.List;

import org.govassist.kb.guide.Guide;
import org.govassist.kb.guide.Section;
import org.govassist.kb.guide.SectionKind;

/**
 * Writes the reply for an answer: the section the citizen asked about first, then a pointer to
 * the rest of the guide. When nothing in particular was asked, the guide's summary leads, or the
 * answer of the FAQ whose question matched.
 *
 * <p>Stateless and thread-safe.
 */
public final class AnswerComposer {

	private AnswerComposer() {
	}

	/**
	 * The guide's sections with the asked ones first, in the order asked; the others keep their
	 * reading order.
	 *
	 * @param guide the guide
	 * @param asked the sections asked about
	 * @return every non-empty section, asked ones first
	 */
	public static List<Section> orderedSections(Guide guide, List<SectionKind> asked) {
		List<Section> ordered = new ArrayList<>();
		for (SectionKind kind : asked) {
			Section section = guide.section(kind);
			if (section != null) {
				ordered.add(section);
			}
		}
		for (Section section : guide.sections()) {
			if (!asked.contains(section.kind())) {
				ordered.add(section);
			}
		}
		return List.copyOf(ordered);
	}

	/**
	 * How many of the leading sections of {@link #orderedSections} were asked about and exist.
	 */
	public static int askedPresent(Guide guide, List<SectionKind> asked) {
		return (int) asked.stream().filter(kind -> guide.section(kind) != null).count();
	}

	/**
	 * The reply text.
	 *
	 * @param guide the guide answered from
	 * @param asked the sections asked about
	 * @param matchedFaq the index of the FAQ whose question matched best, or -1
	 * @return the reply, leading with what was asked
	 */
	public static String compose(Guide guide, List<SectionKind> asked, int matchedFaq) {
		StringBuilder text = new StringBuilder("关于「").append(guide.title()).append("」");
		List<Section> present = asked.stream().map(guide::section).filter(section -> section != null).toList();
		if (!present.isEmpty()) {
			for (Section section : present) {
				text.append("\n【").append(section.name()).append("】\n").append(section.text());
			}
		}
		else if (matchedFaq >= 0 && matchedFaq < guide.faqs().size()) {
			text.append("：\n").append(guide.faqs().get(matchedFaq).a());
		}
		else if (!asked.isEmpty()) {
			text.append("，办事指南中暂无").append(asked.get(0).displayName()).append("的说明，请拨打咨询电话确认。");
			if (guide.phone() != null) {
				text.append("电话：").append(guide.phone());
			}
		}
		else if (guide.summary() != null) {
			text.append("：\n").append(guide.summary());
		}
		text.append("\n您还可以问：需要什么材料、要多少钱、多久办好、在哪里办、能不能网上办。");
		return text.toString();
	}

}
