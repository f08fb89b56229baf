package org.govassist.server.editor;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.govassist.kb.guide.Guide;
import org.govassist.kb.guide.GuideReader;
import org.govassist.kb.guide.ValidatedGuide;
import org.govassist.server.api.FieldProblem;
import org.govassist.server.api.InvalidRequestException;
import org.govassist.server.audit.AuditLog;
import org.govassist.server.audit.AuditOutcome;
import org.govassist.server.knowledge.GuideJson;
import org.govassist.server.knowledge.GuideOrigin;
import org.govassist.server.knowledge.GuideStore;
import org.govassist.server.knowledge.GuideStore.StoredGuide;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

import tools.jackson.databind.JsonNode;

/**
 * Editors' changes of single guides: save and publish, withdraw, restore a version. Each change
 * is a new version with its author and time (unless the content is already published as it is),
 * marks the guide as the editors' (origin {@code editor}, which the seed import leaves alone), is
 * written to the audit log in the same transaction, and reaches answers through
 * {@link GuideChanges} once committed. Refused changes are audited too.
 *
 * <p>Concurrent saves of one guide take turns on the guide's row lock. A save that names the
 * version it was based on ({@code If-Match}) is refused with 409 when the guide has moved on
 * since; a save without one is applied after the other, both kept as versions in order.
 *
 * <p>Thread-safe.
 */
@Service
final class GuideEditor {

	static final String SAVE = "guide.save";

	static final String WITHDRAW = "guide.withdraw";

	static final String RESTORE = "guide.restore";

	private final GuideStore store;

	private final GuideJson json;

	private final ChangeRunner runner;

	private final AuditLog audit;

	GuideEditor(GuideStore store, GuideJson json, ChangeRunner runner, AuditLog audit) {
		this.store = store;
		this.json = json;
		this.runner = runner;
		this.audit = audit;
	}

	/**
	 * Saves a guide as given in a request and publishes it.
	 *
	 * @param id the guide's id, from the path
	 * @param body the guide, in the guide file format
	 * @param basedOn the version the editor started from, or {@code null} to save regardless
	 * @param editor who saves it
	 * @return what the save did
	 * @throws InvalidRequestException listing each field at fault, when the guide is invalid or its
	 * id is not {@code id}
	 * @throws ErrorResponseException 409 when {@code basedOn} is not the current version
	 */
	SaveOutcome save(String id, JsonNode body, Integer basedOn, Editor editor) {
		return refusalsAudited(SAVE, id, editor, () -> {
			Guide guide = validate(id, body);
			return runner.run(changes -> publish(guide, basedOn, editor, SAVE, null, changes));
		});
	}

	/**
	 * Withdraws a guide from answers; its versions stay. Withdrawing a withdrawn guide changes
	 * nothing.
	 *
	 * @param id the guide's id
	 * @param editor who withdraws it
	 * @throws ErrorResponseException 404 when no guide has the id
	 */
	void withdraw(String id, Editor editor) {
		refusalsAudited(WITHDRAW, id, editor, () -> runner.run(changes -> {
			StoredGuide known = store.lock(id).orElseThrow(() -> notFound(id));
			if (!known.withdrawn()) {
				store.setWithdrawn(id, true, now());
				audit.record(editor.audit(WITHDRAW, id, AuditOutcome.SUCCESS, "version " + known.currentVersion()));
				changes.withdrawn(id);
			}
			return null;
		}));
	}

	/**
	 * Publishes the content of an earlier version as a new version.
	 *
	 * @param id the guide's id
	 * @param version the version to restore
	 * @param editor who restores it
	 * @return what the restore did
	 * @throws ErrorResponseException 404 when there is no such guide or version
	 */
	SaveOutcome restore(String id, int version, Editor editor) {
		return refusalsAudited(RESTORE, id, editor, () -> runner.run(changes -> {
			String content = store.versionContent(id, version).orElseThrow(() -> versionNotFound(id, version));
			return publish(json.read(content), null, editor, RESTORE, "from version " + version, changes);
		}));
	}

	/**
	 * Publishes a valid guide within a running change: a new guide, a new version, or nothing
	 * when the same content is published already.
	 *
	 * @param guide the guide
	 * @param basedOn the version the editor started from, or {@code null}
	 * @param editor the author
	 * @param action the audit log's action, e.g. {@code guide.save}
	 * @param note more for the audit entry's detail, or {@code null}
	 * @param changes where to note the publication
	 * @return what it did
	 */
	SaveOutcome publish(Guide guide, Integer basedOn, Editor editor, String action, String note,
			PendingChanges changes) {
		Optional<StoredGuide> known = store.lock(guide.id());
		int current = known.map(StoredGuide::currentVersion).orElse(0);
		if (basedOn != null && basedOn != current) {
			throw stale(guide.id(), basedOn, current);
		}
		String fingerprint = json.fingerprint(guide);
		OffsetDateTime now = now();
		SaveOutcome outcome;
		if (known.isEmpty()) {
			store.create(guide.id(), json.write(guide), fingerprint, GuideOrigin.EDITOR, editor.username(), now);
			outcome = new SaveOutcome(guide.id(), 1, SaveOutcome.Change.CREATED);
		}
		else if (known.get().fingerprint().equals(fingerprint) && !known.get().withdrawn()) {
			return new SaveOutcome(guide.id(), current, SaveOutcome.Change.UNCHANGED);
		}
		else {
			store.publishVersion(known.get(), json.write(guide), fingerprint, GuideOrigin.EDITOR, editor.username(), now);
			outcome = new SaveOutcome(guide.id(), current + 1, SaveOutcome.Change.UPDATED);
		}
		String detail = (note == null ? "" : note + ", ") + "version " + outcome.version();
		audit.record(editor.audit(action, guide.id(), AuditOutcome.SUCCESS, detail));
		changes.published(guide);
		return outcome;
	}

	/**
	 * Validates a guide given in a request for the guide with an id.
	 *
	 * @throws InvalidRequestException listing each field at fault
	 */
	static Guide validate(String id, JsonNode body) {
		ValidatedGuide validated = GuideReader.validate("request", -1, body);
		List<FieldProblem> problems = new ArrayList<>(GuideProblems.fields(validated.problems()));
		if (validated.guideId() != null && !validated.guideId().equals(id)) {
			problems.add(new FieldProblem("id", "must be the id in the path, " + id));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		return validated.guide();
	}

	private <T> T refusalsAudited(String action, String target, Editor editor, Supplier<T> change) {
		try {
			return change.get();
		}
		catch (InvalidRequestException ex) {
			audit.record(editor.audit(action, target, AuditOutcome.REFUSED, ex.problems().toString()));
			throw ex;
		}
		catch (ErrorResponseException ex) {
			audit.record(editor.audit(action, target, AuditOutcome.REFUSED, ex.getBody().getDetail()));
			throw ex;
		}
	}

	static ErrorResponseException notFound(String id) {
		return problem(HttpStatus.NOT_FOUND, "没有这个办事指南：" + id);
	}

	private static ErrorResponseException versionNotFound(String id, int version) {
		return problem(HttpStatus.NOT_FOUND, "办事指南 " + id + " 没有第 " + version + " 版");
	}

	private static ErrorResponseException stale(String id, int basedOn, int current) {
		ErrorResponseException conflict = problem(HttpStatus.CONFLICT,
				"办事指南 " + id + " 已被他人修改：您基于第 " + basedOn + " 版，当前为第 " + current + " 版。请重新打开后再保存。");
		conflict.getBody().setProperty("currentVersion", current);
		return conflict;
	}

	static ErrorResponseException problem(HttpStatus status, String detail) {
		return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC);
	}

}
