package org.govassist.server.handoff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SQL for tickets: the rows of {@code left_message}. Runs in the caller's transaction, if any.
 *
 * <p>Thread-safe.
 */
@Component
@DependsOnDatabaseInitialization
final class TicketStore {

	/** The most tickets one list returns. */
	static final int MOST_LISTED = 500;

	private static final String COLUMNS = "id, conversation_id, text, contact, created, status, handled_by, note, closed";

	private final JdbcClient jdbc;

	TicketStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The tickets with a status: open ones oldest first, closed ones most recently closed first. */
	List<Ticket> list(String status) {
		String order = Ticket.OPEN.equals(status) ? "created, id" : "closed DESC, id DESC";
		return jdbc.sql("SELECT " + COLUMNS + " FROM left_message WHERE status = :status ORDER BY " + order
				+ " LIMIT :limit")
			.param("status", status)
			.param("limit", MOST_LISTED)
			.query((row, n) -> ticket(row))
			.list();
	}

	Optional<Ticket> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM left_message WHERE id = :id")
			.param("id", id)
			.query((row, n) -> ticket(row))
			.optional();
	}

	/**
	 * Closes an open ticket.
	 *
	 * @return whether it was open and is closed now
	 */
	boolean close(long id, String agent, String note, OffsetDateTime now) {
		return jdbc.sql("""
				UPDATE left_message SET status = :closed, handled_by = :agent, note = :note, closed = :now
				WHERE id = :id AND status = :open""")
			.param("closed", Ticket.CLOSED)
			.param("agent", agent)
			.param("note", note)
			.param("now", now)
			.param("id", id)
			.param("open", Ticket.OPEN)
			.update() == 1;
	}

	private static Ticket ticket(ResultSet row) throws SQLException {
		return new Ticket(row.getLong("id"), row.getObject("conversation_id", UUID.class), row.getString("text"),
				row.getString("contact"), row.getObject("created", OffsetDateTime.class), row.getString("status"),
				row.getString("handled_by"), row.getString("note"), row.getObject("closed", OffsetDateTime.class));
	}

}
