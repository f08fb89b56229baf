package org.govassist.server.api;

import java.util.List;

/**
 * A request whose fields cannot be used: answered with 400 and the fields at fault.
 */
public final class InvalidRequestException extends RuntimeException {

	private final transient List<FieldProblem> problems;

	/**
	 * @param problems every field at fault, at least one
	 */
	public InvalidRequestException(List<FieldProblem> problems) {
		super("invalid request: " + problems, null, false, false);
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("an invalid request names at least one field");
		}
		this.problems = List.copyOf(problems);
	}

	/**
	 * @param field the field at fault
	 * @param message what is wrong with it, in Chinese
	 */
	public InvalidRequestException(String field, String message) {
		this(List.of(new FieldProblem(field, message)));
	}

	/** The fields at fault. */
	public List<FieldProblem> problems() {
		return problems;
	}

}
