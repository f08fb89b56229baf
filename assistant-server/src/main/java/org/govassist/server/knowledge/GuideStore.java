package org.govassist.server.knowledge;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SQL for guides and their versions, the knowledge base's source of truth. Every change of
 * content adds a version; nothing is ever deleted. Runs in the caller's transaction.
 *
 * <p>Thread-safe.
 */
@Component
@DependsOnDatabaseInitialization
final class GuideStore {

	private final JdbcClient jdbc;

	GuideStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every guide ever stored, published or withdrawn, by id. */
	Map<String, StoredGuide> all() {
		return jdbc.sql("SELECT id, current_version, fingerprint, withdrawn, origin FROM guide")
			.query((row, n) -> new StoredGuide(row.getString("id"), row.getInt("current_version"),
					row.getString("fingerprint"), row.getBoolean("withdrawn"),
					GuideOrigin.ofColumn(row.getString("origin"))))
			.list()
			.stream()
			.collect(Collectors.toMap(StoredGuide::id, Function.identity()));
	}

	/** The content (guide JSON) of every published guide, by id. */
	List<String> publishedContents() {
		return jdbc.sql("SELECT content FROM guide WHERE withdrawn = FALSE ORDER BY id").query(String.class).list();
	}

	/** Stores a new guide as its version 1. */
	void create(String id, String content, String fingerprint, GuideOrigin origin, String author, OffsetDateTime now) {
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
	void publishVersion(StoredGuide guide, String content, String fingerprint, GuideOrigin origin, String author,
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
	void setWithdrawn(String id, boolean withdrawn, OffsetDateTime now) {
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

	/**
	 * A guide's row, without its content.
	 *
	 * @param id the guide's id
	 * @param currentVersion the version published
	 * @param fingerprint the content hash of that version
	 * @param withdrawn whether it is withdrawn from answers
	 * @param origin who owns its content
	 */
	record StoredGuide(String id, int currentVersion, String fingerprint, boolean withdrawn, GuideOrigin origin) {
	}

}
