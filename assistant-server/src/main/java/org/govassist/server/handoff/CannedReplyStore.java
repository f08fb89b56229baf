package org.govassist.server.handoff;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * SQL for canned replies.
 *
 * <p>Thread-safe.
 */
@Component
@DependsOnDatabaseInitialization
final class CannedReplyStore {

	private final JdbcClient jdbc;

	CannedReplyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The shared replies and an agent's own, shared first, each group by title. */
	List<CannedReply> visibleTo(String username) {
		return jdbc.sql("""
				SELECT id, title, text, shared, owner FROM canned_reply
				WHERE shared = TRUE OR owner = :owner
				ORDER BY shared DESC, title, id""")
			.param("owner", username)
			.query(CannedReply.class)
			.list();
	}

	Optional<CannedReply> find(long id) {
		return jdbc.sql("SELECT id, title, text, shared, owner FROM canned_reply WHERE id = :id")
			.param("id", id)
			.query(CannedReply.class)
			.optional();
	}

	CannedReply create(String owner, String title, String text, boolean shared, OffsetDateTime now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO canned_reply (owner, title, text, shared, created)
				VALUES (:owner, :title, :text, :shared, :now)""")
			.param("owner", owner)
			.param("title", title)
			.param("text", text)
			.param("shared", shared)
			.param("now", now)
			.update(keys, "id");
		return new CannedReply(keys.getKey().longValue(), title, text, shared, owner);
	}

	void delete(long id) {
		jdbc.sql("DELETE FROM canned_reply WHERE id = :id").param("id", id).update();
	}

}
