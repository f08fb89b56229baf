package org.govassist.server.editor;

import java.util.ArrayList;
import java.util.List;

import org.govassist.server.api.FieldProblem;
import org.govassist.server.api.InvalidRequestException;

/**
 * The body of {@code POST /api/kb/gaps/{groupId}/assign}: which guide the group's question belongs
 * to, and how to add it.
 *
 * @param guideId the guide
 * @param as {@code alias}: the question becomes an alias of the guide; {@code faq}: a frequently
 * asked question with {@code answer}
 * @param answer the answer of the FAQ; only with {@code faq}
 * @param question the wording to add; absent: the group's newest example
 */
record GapAssignment(String guideId, String as, String answer, String question) {

	static final String ALIAS = "alias";

	static final String FAQ = "faq";

	/**
	 * @throws InvalidRequestException naming each field at fault
	 */
	void check() {
		List<FieldProblem> problems = new ArrayList<>();
		if (guideId == null || guideId.isBlank()) {
			problems.add(new FieldProblem("guideId", "必填"));
		}
		if (!ALIAS.equals(as) && !FAQ.equals(as)) {
			problems.add(new FieldProblem("as", "应为 alias 或 faq"));
		}
		if (FAQ.equals(as) && (answer == null || answer.isBlank())) {
			problems.add(new FieldProblem("answer", "添加为常见问题时必填"));
		}
		if (ALIAS.equals(as) && answer != null) {
			problems.add(new FieldProblem("answer", "只用于常见问题"));
		}
		if (question != null && question.isBlank()) {
			problems.add(new FieldProblem("question", "不能为空白"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
	}

}
