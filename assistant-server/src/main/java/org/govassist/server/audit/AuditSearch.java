package org.govassist.server.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the audit log, newest first, a page at a time.
 *
 * <p>Thread-safe.
 */
@Component
@DependsOnDatabaseInitialization
final class AuditSearch {

	private final JdbcClient jdbc;

	AuditSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The entries that match every criterion given.
	 *
	 * @param criteria what to look for
	 * @return at most {@code criteria.limit()} entries, newest first
	 */
	List<AuditEntry> find(Criteria criteria) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> parameters = new HashMap<>();
		if (criteria.from() != null) {
			conditions.add("occurred >= :from");
			parameters.put("from", criteria.from());
		}
		if (criteria.to() != null) {
			conditions.add("occurred < :to");
			parameters.put("to", criteria.to());
		}
		if (criteria.actor() != null) {
			conditions.add("actor = :actor");
			parameters.put("actor", criteria.actor());
		}
		if (criteria.action() != null) {
			// "login" also finds "login.lockout": an action names its family too.
			conditions.add("(action = :action OR action LIKE :family)");
			parameters.put("action", criteria.action());
			parameters.put("family", criteria.action().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
					+ ".%");
		}
		if (criteria.before() != null) {
			conditions.add("id < :before");
			parameters.put("before", criteria.before());
		}
		parameters.put("limit", criteria.limit());
		String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
		return jdbc.sql("SELECT id, occurred, actor, action, target, client_address, outcome, detail FROM audit_event"
				+ where + " ORDER BY id DESC LIMIT :limit")
			.params(parameters)
			.query((row, n) -> new AuditEntry(row.getLong("id"), row.getObject("occurred", OffsetDateTime.class),
					row.getString("actor"), row.getString("action"), row.getString("target"),
					row.getString("client_address"), row.getString("outcome"), row.getString("detail")))
			.list();
	}

	/**
	 * What to look for; {@code null} for any.
	 *
	 * @param from the earliest time, included
	 * @param to the latest time, excluded
	 * @param actor the exact actor
	 * @param action the exact action, or the family of actions it starts ({@code login} finds
	 * {@code login.lockout} too)
	 * @param before only entries with smaller ids: the id of the last entry of the page before
	 * @param limit the most entries to return
	 */
	record Criteria(OffsetDateTime from, OffsetDateTime to, String actor, String action, Long before, int limit) {
	}

}
