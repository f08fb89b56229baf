package org.govassist.server.editor;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.govassist.kb.analysis.Lexicon;
import org.govassist.kb.analysis.LexiconAdditions;
import org.govassist.server.api.InvalidRequestException;
import org.govassist.server.audit.AuditLog;
import org.govassist.server.audit.AuditOutcome;
import org.govassist.server.knowledge.LexiconStore;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

import tools.jackson.databind.JsonNode;

/**
 * Editors' changes of the lexicon: the words and synonym groups added to the bundled lexicon.
 * Each save is checked ({@link LexiconRules}), stored as a new version with its author and time
 * (unless it is what is in force already), written to the audit log in the same transaction,
 * and announced through {@link LexiconChanges} once committed, so that answers use it when the
 * save returns. Refused saves are audited too.
 *
 * <p>Saves take turns on a row lock; one that names the version it was based on ({@code If-Match})
 * is refused with 409 when the lexicon has moved on since.
 *
 * <p>Thread-safe.
 */
@Service
final class LexiconEditor {

	static final String SAVE = "lexicon.save";

	/** The audit log's target of lexicon changes. */
	static final String TARGET = "lexicon";

	private final LexiconStore store;

	private final LexiconChanges changes;

	private final TransactionTemplate transaction;

	private final AuditLog audit;

	private final LexiconRules rules = new LexiconRules(Lexicon.bundled());

	LexiconEditor(LexiconStore store, LexiconChanges changes, TransactionTemplate transaction, AuditLog audit) {
		this.store = store;
		this.changes = changes;
		this.transaction = transaction;
		this.audit = audit;
	}

	/**
	 * Saves the editors' additions and puts them in force.
	 *
	 * @param body {@code {words, synonyms}}
	 * @param basedOn the version the editor started from, or {@code null} to save regardless
	 * @param editor who saves
	 * @return the version in force afterwards and its additions
	 * @throws InvalidRequestException naming every item at fault
	 * @throws ErrorResponseException 409 when {@code basedOn} is not the current version
	 */
	LexiconStore.StoredLexicon save(JsonNode body, Integer basedOn, Editor editor) {
		try {
			LexiconAdditions additions = rules.check(body);
			Saved saved = transaction.execute(status -> {
				int current = store.lockCurrentVersion();
				if (basedOn != null && basedOn != current) {
					throw stale(basedOn, current);
				}
				if (store.current().additions().equals(additions)) {
					return new Saved(new LexiconStore.StoredLexicon(current, additions), false);
				}
				int version = current + 1;
				store.save(version, additions, editor.username(), OffsetDateTime.now(ZoneOffset.UTC));
				audit.record(editor.audit(SAVE, TARGET, AuditOutcome.SUCCESS, "version " + version + ", "
						+ additions.words().size() + " words, " + additions.synonymGroups().size() + " synonym groups"));
				return new Saved(new LexiconStore.StoredLexicon(version, additions), true);
			});
			if (saved.changed()) {
				changes.changed(saved.lexicon().version(), additions);
			}
			return saved.lexicon();
		}
		catch (InvalidRequestException ex) {
			audit.record(editor.audit(SAVE, TARGET, AuditOutcome.REFUSED, ex.problems().toString()));
			throw ex;
		}
		catch (ErrorResponseException ex) {
			audit.record(editor.audit(SAVE, TARGET, AuditOutcome.REFUSED, ex.getBody().getDetail()));
			throw ex;
		}
	}

	private static ErrorResponseException stale(int basedOn, int current) {
		ErrorResponseException conflict = GuideEditor.problem(HttpStatus.CONFLICT,
				"词库已被他人修改：您基于第 " + basedOn + " 版，当前为第 " + current + " 版。请重新打开后再保存。");
		conflict.getBody().setProperty("currentVersion", current);
		return conflict;
	}

	private record Saved(LexiconStore.StoredLexicon lexicon, boolean changed) {
	}

}
