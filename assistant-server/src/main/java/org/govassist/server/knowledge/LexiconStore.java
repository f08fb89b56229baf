package org.govassist.server.knowledge;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.govassist.kb.analysis.LexiconAdditions;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SQL for the editors' additions to the bundled lexicon and their versions: every save adds a
 * version, nothing is deleted, the newest is in force. Runs in the caller's transaction. Used at
 * start-up to build the engine and by the editors' API.
 *
 * <p>Thread-safe.
 */
@Component
@DependsOnDatabaseInitialization
public final class LexiconStore {

	private final JdbcClient jdbc;

	private final JsonMapper mapper;

	LexiconStore(JdbcClient jdbc, JsonMapper mapper) {
		this.jdbc = jdbc;
		this.mapper = mapper;
	}

	/**
	 * The additions in force.
	 *
	 * @return the newest version, or version 0 with nothing added when none was ever saved
	 */
	public StoredLexicon current() {
		return jdbc.sql("""
				SELECT v.version, v.content FROM lexicon_version v
				JOIN lexicon_head h ON v.version = h.current_version""")
			.query((row, n) -> new StoredLexicon(row.getInt("version"), read(row.getString("content"))))
			.optional()
			.orElse(new StoredLexicon(0, LexiconAdditions.NONE));
	}

	/**
	 * The number of the version in force, read without a lock: a cheap look whether another node
	 * saved a newer one.
	 *
	 * @return the version in force, 0 before the first save
	 */
	public int currentVersion() {
		return jdbc.sql("SELECT current_version FROM lexicon_head WHERE id = 1").query(Integer.class).single();
	}

	/**
	 * The current version number, locked until the end of the transaction, so that saves take
	 * turns on every node.
	 *
	 * @return the version in force, 0 before the first save
	 */
	public int lockCurrentVersion() {
		return jdbc.sql("SELECT current_version FROM lexicon_head WHERE id = 1 FOR UPDATE").query(Integer.class).single();
	}

	/**
	 * Saves additions as the next version and puts it in force; call with the lock of
	 * {@link #lockCurrentVersion()} held.
	 *
	 * @param version the new version's number, one more than the current
	 * @param additions what editors add
	 * @param author who saved it
	 * @param created when
	 */
	public void save(int version, LexiconAdditions additions, String author, OffsetDateTime created) {
		jdbc.sql("INSERT INTO lexicon_version (version, content, author, created) VALUES (:version, :content, :author, :created)")
			.param("version", version)
			.param("content", write(additions))
			.param("author", author)
			.param("created", created)
			.update();
		jdbc.sql("UPDATE lexicon_head SET current_version = :version WHERE id = 1").param("version", version).update();
	}

	/** Every saved version, oldest first. */
	public List<LexiconVersion> versions() {
		return jdbc.sql("SELECT version, author, created FROM lexicon_version ORDER BY version")
			.query((row, n) -> new LexiconVersion(row.getInt("version"), row.getString("author"),
					row.getObject("created", OffsetDateTime.class)))
			.list();
	}

	/**
	 * One saved version's additions.
	 *
	 * @param version its number
	 * @return the additions, or empty when there is no such version
	 */
	public Optional<LexiconAdditions> version(int version) {
		return jdbc.sql("SELECT content FROM lexicon_version WHERE version = :version")
			.param("version", version)
			.query((row, n) -> read(row.getString("content")))
			.optional();
	}

	private String write(LexiconAdditions additions) {
		ObjectNode content = mapper.createObjectNode();
		ArrayNode words = content.putArray("words");
		additions.words().forEach(words::add);
		ArrayNode synonyms = content.putArray("synonyms");
		additions.synonymGroups().forEach(group -> {
			ArrayNode terms = synonyms.addArray();
			group.forEach(terms::add);
		});
		return mapper.writeValueAsString(content);
	}

	private LexiconAdditions read(String content) {
		JsonNode tree = mapper.readTree(content);
		List<String> words = tree.get("words").valueStream().map(JsonNode::asString).toList();
		List<List<String>> synonyms = tree.get("synonyms")
			.valueStream()
			.map(group -> group.valueStream().map(JsonNode::asString).toList())
			.toList();
		return new LexiconAdditions(words, synonyms);
	}

	/**
	 * The additions in force and their version.
	 *
	 * @param version the version number, 0 when nothing was ever saved
	 * @param additions the words and synonym groups added
	 */
	public record StoredLexicon(int version, LexiconAdditions additions) {
	}

	/**
	 * One version of the lexicon additions.
	 *
	 * @param version its number, from 1
	 * @param author who saved it
	 * @param created when
	 */
	public record LexiconVersion(int version, String author, OffsetDateTime created) {
	}

}
