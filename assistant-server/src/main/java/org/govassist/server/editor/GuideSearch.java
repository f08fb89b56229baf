package org.govassist.server.editor;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.stream.Stream;

import org.govassist.kb.analysis.ChineseNormalizer;
import org.govassist.kb.guide.Guide;
import org.govassist.server.knowledge.GuideStore.GuideRow;

/**
 * The filters of the editors' guide list; each one left out lets every guide through.
 *
 * @param query text that the id, the title or an alias contains, compared after normalisation
 * (width, traditional characters, case)
 * @param category the category, exactly
 * @param department the department, exactly
 * @param updatedBefore only guides last revised before this day: the guide's own {@code updatedAt},
 * or, when it has none, the day it last changed in the knowledge base
 * @param zone the time zone of that day
 */
record GuideSearch(String query, String category, String department, LocalDate updatedBefore, ZoneId zone) {

	boolean matches(GuideRow row, Guide guide) {
		return (query == null || query.isBlank() || containsQuery(guide))
				&& (category == null || category.isBlank() || category.equals(guide.category()))
				&& (department == null || department.isBlank() || department.equals(guide.department()))
				&& (updatedBefore == null || revised(row, guide).isBefore(updatedBefore));
	}

	private boolean containsQuery(Guide guide) {
		String wanted = normalize(query.strip());
		return Stream.concat(Stream.of(guide.id(), guide.title()), guide.aliases().stream())
			.anyMatch(text -> text != null && normalize(text).contains(wanted));
	}

	private LocalDate revised(GuideRow row, Guide guide) {
		return guide.updatedAt() != null ? guide.updatedAt() : row.updated().atZoneSameInstant(zone).toLocalDate();
	}

	private static String normalize(String text) {
		return ChineseNormalizer.normalize(text).toLowerCase(Locale.ROOT);
	}

}
