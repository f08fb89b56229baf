package org.govassist.server.editor;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.govassist.kb.guide.Guide;
import org.govassist.kb.guide.GuideWriter;
import org.govassist.server.account.Account;
import org.govassist.server.api.InvalidRequestException;
import org.govassist.server.knowledge.GuideJson;
import org.govassist.server.knowledge.GuideStore;
import org.govassist.server.knowledge.GuideStore.GuideRow;
import org.govassist.server.system.ReportProperties;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The editors' guide API under {@code /api/kb} (roles EDITOR or ADMIN): list, read, save and
 * publish, withdraw, versions, their differences and restore, import and export as JSON or CSV.
 * A guide's current version travels as its {@code ETag}; a save may send it back as
 * {@code If-Match} to be refused with 409 when someone else saved in between.
 *
 * <p>Thread-safe.
 */
@RestController
@RequestMapping("/api/kb")
final class GuideController {

	private static final String TEXT_CSV = "text/csv";

	private final GuideStore store;

	private final GuideJson json;

	private final GuideEditor editor;

	private final GuideImport importer;

	private final JsonMapper mapper;

	private final ReportProperties reports;

	GuideController(GuideStore store, GuideJson json, GuideEditor editor, GuideImport importer, JsonMapper mapper,
			ReportProperties reports) {
		this.store = store;
		this.json = json;
		this.editor = editor;
		this.importer = importer;
		this.mapper = mapper;
		this.reports = reports;
	}

	/** Every guide, published or withdrawn, that passes the filters, by id. */
	@GetMapping("/guides")
	List<GuideSummary> list(@RequestParam(required = false) String query,
			@RequestParam(required = false) String category, @RequestParam(required = false) String department,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate updatedBefore) {
		GuideSearch search = new GuideSearch(query, category, department, updatedBefore, reports.zone());
		return store.rows().stream().map(row -> matching(row, search)).flatMap(Optional::stream).toList();
	}

	/** The published guide, in the guide file format, with its version as {@code ETag}. */
	@GetMapping("/guides/{id}")
	ResponseEntity<String> guide(@PathVariable String id) {
		GuideRow row = store.row(id).filter(known -> !known.withdrawn()).orElseThrow(() -> GuideEditor.notFound(id));
		return ResponseEntity.ok()
			.eTag(VersionTags.etag(row.currentVersion()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(row.content());
	}

	/** Saves and publishes a guide: 201 when it is new, 200 otherwise. */
	@PutMapping("/guides/{id}")
	ResponseEntity<SaveOutcome> save(@PathVariable String id, @RequestBody JsonNode body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal Account account, HttpServletRequest request) {
		SaveOutcome outcome = editor.save(id, body, VersionTags.fromIfMatch(ifMatch, 1), editor(account, request));
		return ResponseEntity.status(outcome.change() == SaveOutcome.Change.CREATED ? HttpStatus.CREATED : HttpStatus.OK)
			.eTag(VersionTags.etag(outcome.version()))
			.body(outcome);
	}

	/** Withdraws a guide from answers: 204. */
	@DeleteMapping("/guides/{id}")
	ResponseEntity<Void> withdraw(@PathVariable String id, @AuthenticationPrincipal Account account,
			HttpServletRequest request) {
		editor.withdraw(id, editor(account, request));
		return ResponseEntity.noContent().build();
	}

	/** Every version of a guide, oldest first; 404 for an unknown guide. */
	@GetMapping("/guides/{id}/versions")
	List<GuideStore.GuideVersion> versions(@PathVariable String id) {
		List<GuideStore.GuideVersion> versions = store.versions(id);
		if (versions.isEmpty()) {
			throw GuideEditor.notFound(id);
		}
		return versions;
	}

	/** One version of a guide, with its content. */
	@GetMapping("/guides/{id}/versions/{version}")
	VersionContent version(@PathVariable String id, @PathVariable int version) {
		GuideStore.GuideVersion found = store.versions(id)
			.stream()
			.filter(known -> known.version() == version)
			.findFirst()
			.orElseThrow(() -> GuideEditor.problem(HttpStatus.NOT_FOUND, "办事指南 " + id + " 没有第 " + version + " 版"));
		String content = store.versionContent(id, version).orElseThrow();
		return new VersionContent(found.version(), found.author(), found.created(), mapper.readTree(content));
	}

	/**
	 * What changed between two versions of a guide, field by field.
	 *
	 * @param from the earlier version
	 * @param to the later version; {@code from} after {@code to} shows the changes undone
	 */
	@GetMapping("/guides/{id}/diff")
	GuideDiff diff(@PathVariable String id, @RequestParam int from, @RequestParam int to) {
		if (store.versions(id).isEmpty()) {
			throw GuideEditor.notFound(id);
		}
		JsonNode before = mapper.readTree(store.versionContent(id, from)
			.orElseThrow(() -> GuideEditor.problem(HttpStatus.NOT_FOUND, "办事指南 " + id + " 没有第 " + from + " 版")));
		JsonNode after = mapper.readTree(store.versionContent(id, to)
			.orElseThrow(() -> GuideEditor.problem(HttpStatus.NOT_FOUND, "办事指南 " + id + " 没有第 " + to + " 版")));
		return GuideDiff.of(id, from, before, to, after);
	}

	/** Publishes an earlier version's content as a new version. */
	@PostMapping("/guides/{id}/versions/{version}/restore")
	ResponseEntity<SaveOutcome> restore(@PathVariable String id, @PathVariable int version,
			@AuthenticationPrincipal Account account, HttpServletRequest request) {
		SaveOutcome outcome = editor.restore(id, version, editor(account, request));
		return ResponseEntity.ok().eTag(VersionTags.etag(outcome.version())).body(outcome);
	}

	/** Imports a guides array; the valid guides are applied, the others reported. */
	@PostMapping("/import")
	ImportReport importGuides(@AuthenticationPrincipal Account account, HttpServletRequest request) {
		return importer.importJson(ImportLimits.body(request), editor(account, request));
	}

	/** Imports guides as CSV, one row per guide; the valid rows are applied, the others reported. */
	@PostMapping(path = "/import", consumes = TEXT_CSV)
	ImportReport importCsv(@AuthenticationPrincipal Account account, HttpServletRequest request) {
		return importer.importCsv(ImportLimits.body(request), editor(account, request));
	}

	/** Every published guide, as a guide file, or with {@code format=csv} as CSV. */
	@GetMapping("/export")
	ResponseEntity<String> export(@RequestParam(defaultValue = "json") String format) {
		List<String> contents = store.publishedContents();
		if ("csv".equals(format)) {
			List<List<String>> rows = new ArrayList<>();
			rows.add(GuideFields.ALL);
			contents.forEach(content -> rows.add(GuideCsv.row(mapper.readTree(content))));
			return ResponseEntity.ok()
				.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"guides.csv\"")
				.body("\uFEFF" + CsvTable.write(rows));
		}
		if (!"json".equals(format)) {
			throw new InvalidRequestException("format", "应为 json 或 csv");
		}
		List<Guide> guides = contents.stream().map(json::read).toList();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"guides.json\"")
			.body(GuideWriter.toJson(guides));
	}

	static Editor editor(Account account, HttpServletRequest request) {
		return new Editor(account.username(), request.getRemoteAddr());
	}

	private Optional<GuideSummary> matching(GuideRow row, GuideSearch search) {
		Guide guide = json.read(row.content());
		if (!search.matches(row, guide)) {
			return Optional.empty();
		}
		return Optional.of(new GuideSummary(row.id(), guide.title(), guide.department(), guide.category(),
				row.currentVersion(), row.withdrawn(), row.origin().column(), guide.updatedAt(), row.updated()));
	}

	/**
	 * One version of a guide.
	 *
	 * @param version its number
	 * @param author who saved it
	 * @param created when
	 * @param guide its content, in the guide file format
	 */
	record VersionContent(int version, String author, OffsetDateTime created, JsonNode guide) {
	}

}
