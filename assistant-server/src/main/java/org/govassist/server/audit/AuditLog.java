package org.govassist.server.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only audit log. An entry is written in the caller's transaction when there is one,
 * so a change and its entry are committed together or not at all; without one it is committed at
 * once. Nothing here changes or deletes an entry.
 *
 * <p>Thread-safe.
 */
@Component
@DependsOnDatabaseInitialization
public final class AuditLog {

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds an entry, timed now.
	 *
	 * @param event what happened
	 */
	public void record(AuditEvent event) {
		jdbc.sql("""
				INSERT INTO audit_event (occurred, actor, action, target, client_address, outcome, detail)
				VALUES (:occurred, :actor, :action, :target, :address, :outcome, :detail)""")
			.param("occurred", OffsetDateTime.now(ZoneOffset.UTC))
			.param("actor", event.actor())
			.param("action", event.action())
			.param("target", event.target())
			.param("address", event.clientAddress())
			.param("outcome", event.outcome().column())
			.param("detail", event.detail())
			.update();
	}

}
