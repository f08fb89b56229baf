package org.govassist.kb.guide;

import java.util.List;
import java.util.function.Function;

/**
 * The parts of a guide a citizen can ask about, each with the heading shown in answers.
 *
 * <p>The order of the constants is the reading order of a whole guide.
 */
public enum SectionKind {

	SUMMARY("事项简介", Guide::summary),
	CONDITIONS("办理条件", Guide::conditions),
	MATERIALS("申请材料", guide -> numbered(guide.materials())),
	PROCESS("办理流程", guide -> numbered(guide.process())),
	TIME_LIMIT("办理时限", Guide::timeLimit),
	FEE("收费标准", Guide::fee),
	LOCATION("地点与时间", SectionKind::placeAndHours),
	ONLINE("网上办理", Guide::onlineUrl),
	PHONE("咨询电话", Guide::phone),
	LEGAL_BASIS("设定依据", Guide::legalBasis),
	FAQS("常见问题", SectionKind::faqs);

	private final String displayName;

	private final Function<Guide, String> text;

	SectionKind(String displayName, Function<Guide, String> text) {
		this.displayName = displayName;
		this.text = text;
	}

	/** The Chinese heading, e.g. 申请材料. */
	public String displayName() {
		return displayName;
	}

	String textOf(Guide guide) {
		return text.apply(guide);
	}

	private static String numbered(List<String> items) {
		if (items.isEmpty()) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < items.size(); i++) {
			if (i > 0) {
				text.append('\n');
			}
			text.append(i + 1).append(". ").append(items.get(i));
		}
		return text.toString();
	}

	private static String placeAndHours(Guide guide) {
		boolean hasLocation = guide.location() != null && !guide.location().isBlank();
		boolean hasHours = guide.hours() != null && !guide.hours().isBlank();
		if (hasLocation && hasHours) {
			return "地点：" + guide.location() + "\n时间：" + guide.hours();
		}
		if (hasLocation) {
			return "地点：" + guide.location();
		}
		return hasHours ? "时间：" + guide.hours() : null;
	}

	private static String faqs(Guide guide) {
		if (guide.faqs().isEmpty()) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		for (Faq faq : guide.faqs()) {
			if (!text.isEmpty()) {
				text.append("\n\n");
			}
			text.append("问：").append(faq.q()).append("\n答：").append(faq.a());
		}
		return text.toString();
	}

}
