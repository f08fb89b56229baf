package org.govassist.server.editor;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SQL of the gap inbox's questions. Runs in the caller's transaction.
 *
 * <p>Thread-safe.
 */
@Component
@DependsOnDatabaseInitialization
final class GapStore {

	static final String OPEN = "open";

	static final String DISMISSED = "dismissed";

	static final String ASSIGNED = "assigned";

	private final JdbcClient jdbc;

	GapStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(OffsetDateTime asked, GapKind kind, String text, String groupKey, String guideId) {
		jdbc.sql("""
				INSERT INTO gap_question (asked, kind, text, group_key, guide_id, status)
				VALUES (:asked, :kind, :text, :groupKey, :guideId, 'open')""")
			.param("asked", asked)
			.param("kind", kind.column())
			.param("text", text)
			.param("groupKey", groupKey)
			.param("guideId", guideId)
			.update();
	}

	/** The open questions asked in a time range, newest first. */
	List<GapQuestion> open(OffsetDateTime from, OffsetDateTime until) {
		return jdbc.sql("""
				SELECT asked, kind, text, group_key, guide_id FROM gap_question
				WHERE status = 'open' AND asked >= :from AND asked < :until
				ORDER BY asked DESC, id DESC""")
			.param("from", from)
			.param("until", until)
			.query((row, n) -> new GapQuestion(row.getObject("asked", OffsetDateTime.class),
					GapKind.ofColumn(row.getString("kind")), row.getString("text"), row.getString("group_key"),
					row.getString("guide_id")))
			.list();
	}

	/** The texts of a group's open questions, newest first, locked until the end of the transaction. */
	List<String> lockOpenTexts(String groupKey) {
		return jdbc.sql("""
				SELECT text FROM gap_question
				WHERE group_key = :groupKey AND status = 'open'
				ORDER BY asked DESC, id DESC
				FOR UPDATE""")
			.param("groupKey", groupKey)
			.query(String.class)
			.list();
	}

	/**
	 * Closes a group's open questions.
	 *
	 * @return how many were open
	 */
	int close(String groupKey, String status, String guideId) {
		return jdbc.sql("""
				UPDATE gap_question SET status = :status, guide_id = COALESCE(:guideId, guide_id)
				WHERE group_key = :groupKey AND status = 'open'""")
			.param("status", status)
			.param("guideId", guideId)
			.param("groupKey", groupKey)
			.update();
	}

	/**
	 * One question of the inbox.
	 *
	 * @param asked when it was asked
	 * @param kind how it came to be a gap
	 * @param text the citizen's words, masked
	 * @param groupKey its group's id
	 * @param guideId the guide of a badly rated answer, or {@code null}
	 */
	record GapQuestion(OffsetDateTime asked, GapKind kind, String text, String groupKey, String guideId) {
	}

}
