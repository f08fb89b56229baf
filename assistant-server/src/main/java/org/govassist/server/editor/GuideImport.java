package org.govassist.server.editor;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.govassist.kb.guide.Guide;
import org.govassist.kb.guide.GuideProblem;
import org.govassist.kb.guide.GuideReader;
import org.govassist.kb.guide.ValidatedGuide;
import org.govassist.kb.guide.ValidationReport;
import org.govassist.server.api.FieldProblem;
import org.govassist.server.api.InvalidRequestException;
import org.govassist.server.audit.AuditLog;
import org.govassist.server.audit.AuditOutcome;
import org.springframework.stereotype.Service;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Imports guides sent by an editor, as a guides array (the guide file format) or as CSV
 * ({@link GuideCsv}): every valid guide is created, updated as a new version, or left alone when
 * it is published with the same content; every invalid one is rejected with its problems and
 * changes nothing. The valid ones are applied in one transaction and published together once it
 * commits. Unlike the seed import, nothing absent from the import is withdrawn.
 *
 * <p>Thread-safe.
 */
@Service
final class GuideImport {

	static final String IMPORT = "guide.import";

	static final String IMPORT_SUMMARY = "kb.import";

	/** The field that names the request's body as a whole in a JSON import's problems. */
	static final String GUIDES = "guides";

	/** The field that names the request's body as a whole in a CSV import's problems. */
	static final String CSV = "csv";

	private static final String SOURCE = "import";

	private final GuideEditor editor;

	private final ChangeRunner runner;

	private final AuditLog audit;

	GuideImport(GuideEditor editor, ChangeRunner runner, AuditLog audit) {
		this.editor = editor;
		this.runner = runner;
		this.audit = audit;
	}

	/**
	 * @param body the request body, a JSON array of guides in UTF-8
	 * @param by who imports
	 * @return what the import did
	 * @throws InvalidRequestException when the body is not JSON, not an array, or holds too many
	 *         guides; the problem says where
	 */
	ImportReport importJson(byte[] body, Editor by) {
		ValidationReport report = GuideReader.validate(SOURCE, new ByteArrayInputStream(body));
		if (!report.sourceProblems().isEmpty()) {
			refuse(by, "not a guides array");
			throw new InvalidRequestException(report.sourceProblems()
				.stream()
				.map(problem -> new FieldProblem(GUIDES, where(problem) + problem.message()))
				.toList());
		}
		limitCount(report.elements().size(), GUIDES, by);
		List<ImportReport.Rejected> rejected = report.rejected()
			.stream()
			.map(element -> new ImportReport.Rejected(element.index(), firstLine(element.problems()), element.guideId(),
					element.problems().stream().map(problem -> problem(problem, null)).toList()))
			.toList();
		return apply(report.guides(), rejected, by);
	}

	/**
	 * @param body the request body, CSV in UTF-8 (a byte order mark is skipped)
	 * @param by who imports
	 * @return what the import did; a rejected row names its line, and each problem its column
	 * @throws InvalidRequestException when the body is not UTF-8, has no valid header row, or holds
	 *         too many rows
	 */
	ImportReport importCsv(byte[] body, Editor by) {
		List<CsvTable.Row> rows = CsvTable.read(utf8(body, by));
		if (rows.isEmpty()) {
			refuse(by, "empty CSV");
			throw new InvalidRequestException(CSV, "没有内容；第一行应为标题行，列出办事指南的字段名");
		}
		List<String> columns;
		try {
			columns = GuideCsv.columns(rows.getFirst());
		}
		catch (InvalidRequestException ex) {
			refuse(by, "bad CSV header");
			throw ex;
		}
		List<CsvTable.Row> data = rows.subList(1, rows.size());
		limitCount(data.size(), CSV, by);
		List<ImportReport.Rejected> rejected = new ArrayList<>();
		ArrayNode candidates = JsonNodeFactory.instance.arrayNode();
		List<Integer> rowOfCandidate = new ArrayList<>();
		for (int i = 0; i < data.size(); i++) {
			CsvTable.Row row = data.get(i);
			String id = cell(columns, row, "id");
			if (row.isBroken()) {
				rejected.add(new ImportReport.Rejected(i, row.line(), id, List.of(new ImportReport.Problem(CSV,
						CsvTable.columnName(row.errorColumn()), row.error()))));
				continue;
			}
			List<FieldProblem> encoding = new ArrayList<>();
			ObjectNode guide = GuideCsv.guide(columns, row, encoding);
			if (encoding.isEmpty()) {
				candidates.add(guide);
				rowOfCandidate.add(i);
				continue;
			}
			List<ImportReport.Problem> problems = new ArrayList<>();
			encoding.forEach(problem -> problems.add(new ImportReport.Problem(problem.field(),
					column(columns, problem.field()), problem.message())));
			GuideReader.validate(SOURCE, i, guide)
				.problems()
				.forEach(problem -> problems.add(problem(problem, columns)));
			rejected.add(new ImportReport.Rejected(i, row.line(), id, problems));
		}
		ValidationReport report = GuideReader.validate(SOURCE, candidates);
		for (ValidatedGuide element : report.rejected()) {
			int index = rowOfCandidate.get(element.index());
			rejected.add(new ImportReport.Rejected(index, data.get(index).line(), element.guideId(),
					element.problems().stream().map(problem -> problem(problem, columns)).toList()));
		}
		rejected.sort(Comparator.comparingInt(ImportReport.Rejected::index));
		return apply(report.guides(), rejected, by);
	}

	private ImportReport apply(List<Guide> guides, List<ImportReport.Rejected> rejected, Editor by) {
		ImportReport result = runner.run(changes -> {
			int created = 0;
			int updated = 0;
			int unchanged = 0;
			for (Guide guide : guides) {
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

	private void limitCount(int count, String field, Editor by) {
		if (count > ImportLimits.MAX_GUIDES) {
			refuse(by, "too many guides: " + count);
			throw new InvalidRequestException(field,
					"一次最多导入 " + ImportLimits.MAX_GUIDES + " 个办事指南，这里有 " + count + " 个；请分成几次导入");
		}
	}

	private String utf8(byte[] body, Editor by) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(body))
				.toString();
		}
		catch (CharacterCodingException ex) {
			refuse(by, "CSV not in UTF-8");
			throw new InvalidRequestException(CSV,
					"不是 UTF-8 编码。在 Excel 中请“另存为”选择“CSV UTF-8（逗号分隔）”，或在 WPS 中选择 UTF-8 编码后再导入");
		}
	}

	private void refuse(Editor by, String why) {
		audit.record(by.audit(IMPORT_SUMMARY, null, AuditOutcome.REFUSED, why));
	}

	private static ImportReport.Problem problem(GuideProblem problem, List<String> columns) {
		String field = problem.field() == null ? GuideProblems.WHOLE_GUIDE : problem.field();
		return new ImportReport.Problem(field, columns == null ? null : column(columns, field), problem.message());
	}

	/** The spreadsheet name of the column holding a field path's top field, or {@code null}. */
	private static String column(List<String> columns, String path) {
		String field = path.split("[\\[.]", 2)[0];
		int index = columns.indexOf(field);
		return index < 0 ? null : CsvTable.columnName(index);
	}

	private static String cell(List<String> columns, CsvTable.Row row, String field) {
		int index = columns.indexOf(field);
		if (index < 0 || index >= row.cells().size() || row.cells().get(index).isBlank()) {
			return null;
		}
		return row.cells().get(index).strip();
	}

	private static Integer firstLine(List<GuideProblem> problems) {
		return problems.stream()
			.mapToInt(GuideProblem::line)
			.filter(line -> line != GuideProblem.UNKNOWN)
			.min()
			.stream()
			.boxed()
			.findFirst()
			.orElse(null);
	}

	private static String where(GuideProblem problem) {
		if (problem.line() == GuideProblem.UNKNOWN) {
			return "";
		}
		return "第 " + problem.line() + " 行" + (problem.column() == GuideProblem.UNKNOWN ? "" : "第 " + problem.column() + " 列")
				+ "：";
	}

}
