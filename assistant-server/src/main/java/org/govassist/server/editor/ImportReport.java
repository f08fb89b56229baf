package org.govassist.server.editor;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer to an import: how many guides were created, updated and left unchanged, and each
 * element or row that was rejected, with its problems.
 *
 * @param created guides that were new
 * @param updated guides that got a new version, or were published again after a withdrawal
 * @param unchanged guides already published with the same content
 * @param rejected the elements or rows that are not valid guides, in the order of the source
 */
record ImportReport(int created, int updated, int unchanged, List<Rejected> rejected) {

	ImportReport {
		rejected = List.copyOf(rejected);
	}

	/**
	 * One element of the array, or one row of a CSV file, that was not imported.
	 *
	 * @param index its 0-based position in the array, or among the CSV file's data rows
	 * @param line the line of the source where it begins (a CSV row), or where its first problem
	 *        is (JSON); {@code null} when not known
	 * @param id its id as written, or {@code null} when it has none
	 * @param errors each field at fault
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Rejected(int index, Integer line, String id, List<Problem> errors) {

		Rejected {
			errors = List.copyOf(errors);
		}

	}

	/**
	 * One problem of a rejected guide.
	 *
	 * @param field the field's path in the guide ({@code fee}, {@code materials[2]}, {@code faqs[0].q};
	 *        {@code guide} for the guide as a whole, {@code csv} for the row's CSV form)
	 * @param column the CSV column at fault, as a spreadsheet names it ({@code A}, {@code B} …);
	 *        {@code null} for JSON or when no column is at fault
	 * @param message what is wrong
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Problem(String field, String column, String message) {
	}

}
