package org.govassist.kb.guide;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A service guide (办事指南): what a matter is, who may apply, what to bring, how long it takes,
 * what it costs, where and when, and the online channel.
 *
 * <p>Immutable. Text fields that a guide file leaves out are {@code null}; list fields are never
 * {@code null} (absent means empty). Field names and meanings are those of the guide file format
 * in the project's docs. Structural validity (id syntax, required fields) is checked by
 * {@link GuideReader}, not here, so that a reader can report every problem of a file at once.
 */
public record Guide(
		String id,
		String title,
		List<String> aliases,
		String department,
		String category,
		List<String> audience,
		String summary,
		String conditions,
		List<String> materials,
		List<String> process,
		String timeLimit,
		String fee,
		String location,
		String hours,
		String phone,
		String legalBasis,
		String onlineUrl,
		List<Faq> faqs,
		LocalDate updatedAt) {

	public Guide {
		Objects.requireNonNull(id, "id");
		aliases = aliases == null ? List.of() : List.copyOf(aliases);
		audience = audience == null ? List.of() : List.copyOf(audience);
		materials = materials == null ? List.of() : List.copyOf(materials);
		process = process == null ? List.of() : List.copyOf(process);
		faqs = faqs == null ? List.of() : List.copyOf(faqs);
	}

	/**
	 * The guide's sections that have content, in reading order.
	 *
	 * @return the non-empty sections, summary first
	 */
	public List<Section> sections() {
		List<Section> sections = new ArrayList<>();
		for (SectionKind kind : SectionKind.values()) {
			String text = kind.textOf(this);
			if (text != null && !text.isBlank()) {
				sections.add(new Section(kind, text));
			}
		}
		return List.copyOf(sections);
	}

	/**
	 * One section of a guide, by kind.
	 *
	 * @param kind the kind of section
	 * @return the section, or {@code null} when the guide has nothing for it
	 */
	public Section section(SectionKind kind) {
		String text = kind.textOf(this);
		return text == null || text.isBlank() ? null : new Section(kind, text);
	}

}
