package org.govassist.server.knowledge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SQL for guides and their versions, the knowledge base's source of truth. Every change of
 * content adds a version; nothing is ever deleted. Runs in the caller's transaction. Used by the
 * seed import and by the editors' API.
 *
 * <p>Thread-safe.
 */
@Component
@DependsOnDatabaseInitialization
public final class GuideStore {

	private final JdbcClient jdbc;

	GuideStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every guide ever stored, published or withdrawn, by id. */
	public Map<String, StoredGuide> all() {
		return jdbc.sql("SELECT id, current_version, fingerprint, withdrawn, origin FROM guide")
			.query((row, n) -> storedGuide(row))
			.list()
			.stream()
			.collect(Collectors.toMap(StoredGuide::id, Function.identity()));
	}

	/**
	 * One guide's row, locked until the end of the transaction, so that concurrent changes of the
	 * same guide take turns, on every node.
	 *
	 * @param id the guide's id
	 * @return the row, or empty when no guide has the id
	 */
	public Optional<StoredGuide> lock(String id) {
		return jdbc.sql("SELECT id, current_version, fingerprint, withdrawn, origin FROM guide WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query((row, n) -> storedGuide(row))
			.optional();
	}

	/**
	 * The version and state of the guides changed since a time, without their content: what a node
	 * of a cluster compares with its engine to catch up with changes made on the other nodes.
	 *
	 * @param since the earliest last change to include, or {@code null} for every guide
	 * @return the guides' states, in no particular order
	 */
	public List<GuideState> states(OffsetDateTime since) {
		String sql = "SELECT id, current_version, withdrawn, updated FROM guide"
				+ (since == null ? "" : " WHERE updated >= :since");
		JdbcClient.StatementSpec statement = jdbc.sql(sql);
		if (since != null) {
			statement = statement.param("since", since);
		}
		return statement.query((row, n) -> new GuideState(row.getString("id"), row.getInt("current_version"),
				row.getBoolean("withdrawn"), row.getObject("updated", OffsetDateTime.class)))
			.list();
	}

	/** The content (guide JSON) of every published guide, by id. */
	public List<String> publishedContents() {
		return jdbc.sql("SELECT content FROM guide WHERE withdrawn = FALSE ORDER BY id").query(String.class).list();
	}

	/** Every guide ever stored with its current content, by id. */
	public List<GuideRow> rows() {
		return jdbc.sql("SELECT id, current_version, content, withdrawn, origin, updated FROM guide ORDER BY id")
			.query((row, n) -> guideRow(row))
			.list();
	}

	/**
	 * One guide with its current content.
	 *
	 * @param id the guide's id
	 * @return the guide, published or withdrawn, or empty when no guide has the id
	 */
	public Optional<GuideRow> row(String id) {
		return jdbc.sql("SELECT id, current_version, content, withdrawn, origin, updated FROM guide WHERE id = :id")
			.param("id", id)
			.query((row, n) -> guideRow(row))
			.optional();
	}

	/**
	 * Every version of a guide, oldest first.
	 *
	 * @param id the guide's id
	 * @return the versions, none when no guide has the id
	 */
	public List<GuideVersion> versions(String id) {
		return jdbc.sql("SELECT version, author, created FROM guide_version WHERE guide_id = :id ORDER BY version")
			.param("id", id)
			.query((row, n) -> new GuideVersion(row.getInt("version"), row.getString("author"),
					row.getObject("created", OffsetDateTime.class)))
			.list();
	}

	/**
	 * The content (guide JSON) of one version of a guide.
	 *
	 * @param id the guide's id
	 * @param version the version's number
	 * @return the content, or empty when there is no such version
	 */
	public Optional<String> versionContent(String id, int version) {
		return jdbc.sql("SELECT content FROM guide_version WHERE guide_id = :id AND version = :version")
			.param("id", id)
			.param("version", version)
			.query(String.class)
			.optional();
	}

	/** Stores a new guide as its version 1. */
	public void create(String id, String content, String fingerprint, GuideOrigin origin, String author, OffsetDateTime now) {
		jdbc.sql("""
				INSERT INTO guide (id, current_version, content, fingerprint, withdrawn, origin, updated)
				VALUES (:id, 1, :content, :fingerprint, FALSE, :origin, :now)""")
			.param("id", id)
			.param("content", content)
			.param("fingerprint", fingerprint)
			.param("origin", origin.column())
			.param("now", now)
			.update();
		addVersion(id, 1, content, author, now);
	}

	/** Publishes new content of a known guide as its next version. */
	public void publishVersion(StoredGuide guide, String content, String fingerprint, GuideOrigin origin, String author,
			OffsetDateTime now) {
		int version = guide.currentVersion() + 1;
		jdbc.sql("""
				UPDATE guide
				SET current_version = :version, content = :content, fingerprint = :fingerprint,
					withdrawn = FALSE, origin = :origin, updated = :now
				WHERE id = :id""")
			.param("version", version)
			.param("content", content)
			.param("fingerprint", fingerprint)
			.param("origin", origin.column())
			.param("now", now)
			.param("id", guide.id())
			.update();
		addVersion(guide.id(), version, content, author, now);
	}

	/** Withdraws a guide from answers, or publishes its current version again. */
	public void setWithdrawn(String id, boolean withdrawn, OffsetDateTime now) {
		jdbc.sql("UPDATE guide SET withdrawn = :withdrawn, updated = :now WHERE id = :id")
			.param("withdrawn", withdrawn)
			.param("now", now)
			.param("id", id)
			.update();
	}

	private void addVersion(String id, int version, String content, String author, OffsetDateTime now) {
		jdbc.sql("""
				INSERT INTO guide_version (guide_id, version, content, author, created)
				VALUES (:id, :version, :content, :author, :now)""")
			.param("id", id)
			.param("version", version)
			.param("content", content)
			.param("author", author)
			.param("now", now)
			.update();
	}

	private static StoredGuide storedGuide(ResultSet row) throws SQLException {
		return new StoredGuide(row.getString("id"), row.getInt("current_version"), row.getString("fingerprint"),
				row.getBoolean("withdrawn"), GuideOrigin.ofColumn(row.getString("origin")));
	}

	private static GuideRow guideRow(ResultSet row) throws SQLException {
		return new GuideRow(row.getString("id"), row.getInt("current_version"), row.getString("content"),
				row.getBoolean("withdrawn"), GuideOrigin.ofColumn(row.getString("origin")),
				row.getObject("updated", OffsetDateTime.class));
	}

	/**
	 * A guide's row, without its content.
	 *
	 * @param id the guide's id
	 * @param currentVersion the version published
	 * @param fingerprint the content hash of that version
	 * @param withdrawn whether it is withdrawn from answers
	 * @param origin who owns its content
	 */
	public record StoredGuide(String id, int currentVersion, String fingerprint, boolean withdrawn,
			GuideOrigin origin) {
	}

	/**
	 * Where a guide stands, without its content.
	 *
	 * @param id the guide's id
	 * @param currentVersion the current version's number
	 * @param withdrawn whether it is withdrawn from answers
	 * @param updated when it last changed
	 */
	public record GuideState(String id, int currentVersion, boolean withdrawn, OffsetDateTime updated) {
	}

	/**
	 * A guide's row with its current content.
	 *
	 * @param id the guide's id
	 * @param currentVersion the current version's number
	 * @param content that version's guide JSON
	 * @param withdrawn whether it is withdrawn from answers
	 * @param origin who owns its content
	 * @param updated when it last changed
	 */
	public record GuideRow(String id, int currentVersion, String content, boolean withdrawn, GuideOrigin origin,
			OffsetDateTime updated) {
	}

	/**
	 * One version of a guide, without its content.
	 *
	 * @param version its number, from 1
	 * @param author who saved it: an account's username, or {@code seed} for the seed import
	 * @param created when it was saved
	 */
	public record GuideVersion(int version, String author, OffsetDateTime created) {
	}

}
