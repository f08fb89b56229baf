package org.govassist.server.editor;

import java.util.List;

import org.govassist.server.api.FieldProblem;

/**
 * The answer to an import: how many guides were created, updated and left unchanged, and each
 * element that was rejected, with its problems.
 *
 * @param created guides that were new
 * @param updated guides that got a new version, or were published again after a withdrawal
 * @param unchanged guides already published with the same content
 * @param rejected the elements that are not valid guides, in the order of the array
 */
record ImportReport(int created, int updated, int unchanged, List<Rejected> rejected) {

	ImportReport {
		rejected = List.copyOf(rejected);
	}

	/**
	 * One element of the array that was not imported.
	 *
	 * @param index its 0-based position in the array
	 * @param id its id as written, or {@code null} when it has none
	 * @param errors each field at fault
	 */
	record Rejected(int index, String id, List<FieldProblem> errors) {

		Rejected {
			errors = List.copyOf(errors);
		}

	}

}
