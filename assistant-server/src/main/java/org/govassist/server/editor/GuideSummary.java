package org.govassist.server.editor;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One guide in the editors' list.
 *
 * @param id the guide's id
 * @param title its title
 * @param department the department in charge
 * @param category its category, or {@code null}
 * @param version its current version
 * @param withdrawn whether it is withdrawn from answers
 * @param origin {@code seed} while the seed import owns it, {@code editor} once an editor changed it
 * @param updatedAt the guide's own date of last revision ({@code updatedAt} of the file format), or
 * {@code null}
 * @param changed when it last changed in the knowledge base
 */
record GuideSummary(String id, String title, String department, String category, int version, boolean withdrawn,
		String origin, LocalDate updatedAt, OffsetDateTime changed) {
}
