package org.govassist.server.editor;

import java.util.List;

import org.govassist.kb.guide.Guide;
import org.govassist.kb.guide.GuideReader;
import org.govassist.kb.guide.ValidationReport;
import org.govassist.server.api.InvalidRequestException;
import org.govassist.server.audit.AuditLog;
import org.govassist.server.audit.AuditOutcome;
import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;

/**
 * Imports a guides array sent by an editor: every valid element is created, updated as a new
 * version, or left alone when it is published with the same content; every invalid one is
 * rejected with its problems and changes nothing. The valid ones are applied in one transaction
 * and published together once it commits. Unlike the seed import, nothing absent from the array
 * is withdrawn.
 *
 * <p>Thread-safe.
 */
@Service
final class GuideImport {

	static final String IMPORT = "guide.import";

	static final String IMPORT_SUMMARY = "kb.import";

	private final GuideEditor editor;

	private final ChangeRunner runner;

	private final AuditLog audit;

	GuideImport(GuideEditor editor, ChangeRunner runner, AuditLog audit) {
		this.editor = editor;
		this.runner = runner;
		this.audit = audit;
	}

	/**
	 * @param body the request body, a JSON array of guides
	 * @param by who imports
	 * @return what the import did
	 * @throws InvalidRequestException when the body is not an array
	 */
	ImportReport importGuides(JsonNode body, Editor by) {
		if (body == null || !body.isArray()) {
			audit.record(by.audit(IMPORT_SUMMARY, null, AuditOutcome.REFUSED, "not an array"));
			throw new InvalidRequestException("guides", "must be a JSON array of guides");
		}
		ValidationReport report = GuideReader.validate("import", body);
		List<ImportReport.Rejected> rejected = report.rejected()
			.stream()
			.map(element -> new ImportReport.Rejected(element.index(), element.guideId(),
					GuideProblems.fields(element.problems())))
			.toList();
		ImportReport result = runner.run(changes -> {
			int created = 0;
			int updated = 0;
			int unchanged = 0;
			for (Guide guide : report.guides()) {
				switch (editor.publish(guide, null, by, IMPORT, null, changes).change()) {
					case CREATED -> created++;
					case UPDATED -> updated++;
					case UNCHANGED -> unchanged++;
				}
			}
			return new ImportReport(created, updated, unchanged, rejected);
		});
		audit.record(by.audit(IMPORT_SUMMARY, null, AuditOutcome.SUCCESS,
				"created " + result.created() + ", updated " + result.updated() + ", unchanged " + result.unchanged()
						+ ", rejected " + rejected.size()));
		return result;
	}

}
