package org.govassist.server.editor;

import java.util.List;
import java.util.Set;

/**
 * The fields of a guide in the guide file format, in the order the format lists them: the order
 * of a diff's changes and of the CSV columns.
 */
final class GuideFields {

	/** Every field of the guide file format, in its order. */
	static final List<String> ALL = List.of("id", "title", "aliases", "department", "category", "audience", "summary",
			"conditions", "materials", "process", "timeLimit", "fee", "location", "hours", "phone", "legalBasis",
			"onlineUrl", "faqs", "updatedAt");

	/** The fields that are lists of texts. */
	static final Set<String> TEXT_LISTS = Set.of("aliases", "audience", "materials", "process");

	/** The list of questions and answers. */
	static final String FAQS = "faqs";

	/** The fields a guide must have. */
	static final Set<String> REQUIRED = Set.of("id", "title", "department", "summary");

	private GuideFields() {
	}

}
