package org.govassist.server.editor;

import java.util.List;

import org.govassist.kb.guide.GuideProblem;
import org.govassist.server.api.FieldProblem;

/**
 * The guide reader's problems as the fields at fault of a REST answer.
 */
final class GuideProblems {

	/** The field named by a problem about the guide as a whole, e.g. a body that is not an object. */
	static final String WHOLE_GUIDE = "guide";

	private GuideProblems() {
	}

	/**
	 * @param problems the problems of one guide
	 * @return each as {@code {field, message}}: the path within the guide, such as {@code fee} or
	 * {@code faqs[0].q}, and the reader's message
	 */
	static List<FieldProblem> fields(List<GuideProblem> problems) {
		return problems.stream()
			.map(problem -> new FieldProblem(problem.field() == null ? WHOLE_GUIDE : problem.field(), problem.message()))
			.toList();
	}

}
