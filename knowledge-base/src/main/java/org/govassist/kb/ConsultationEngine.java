package org.govassist.kb;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.govassist.kb.guide.Guide;

/**
 * The consultation engine: finds the service guide a citizen's question is about and decides
 * whether to answer, clarify or fall back.
 *
 * <p>Thread-safe: {@link #ask} may be called from any number of threads while guides are
 * published or withdrawn; a change is visible to every {@code ask} that starts after the
 * changing call returns.
 */
public final class ConsultationEngine implements AutoCloseable {

	private final EngineSettings settings;

	private final Map<String, Guide> guides = new ConcurrentHashMap<>();

	private final ByteBuffersDirectory directory = new ByteBuffersDirectory();

	private final IndexWriter writer;

	private volatile DirectoryReader reader;

	private ConsultationEngine(EngineSettings settings) {
		this.settings = settings;
		try {
			this.writer = new IndexWriter(directory, new IndexWriterConfig(new CJKAnalyzer()));
			this.writer.commit();
			this.reader = DirectoryReader.open(writer);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * Builds an engine over the given guides.
	 *
	 * @param settings the decision thresholds
	 * @param guides the guides to serve, ids unique
	 * @return a ready engine
	 */
	public static ConsultationEngine open(EngineSettings settings, Collection<Guide> guides) {
		ConsultationEngine engine = new ConsultationEngine(settings);
		guides.forEach(engine::publish);
		return engine;
	}

	/**
	 * Decides what to reply to a citizen's question.
	 *
	 * @param question the citizen's words, as typed
	 * @param currentGuideId the conversation's current matter, or {@code null}; lets a follow-up
	 * such as "那要多少钱？" be about it
	 * @return the decision, never {@code null}
	 */
	public Decision ask(String question, String currentGuideId) {
		String text = question == null ? "" : question.strip();
		if (text.isEmpty()) {
			return new Fallback("请问您想办理什么事项？", Fallback.Reason.EMPTY);
		}
		try {
			IndexSearcher searcher = new IndexSearcher(reader);
			var query = new QueryParser("text", new CJKAnalyzer()).parse(QueryParser.escape(text));
			ScoreDoc[] hits = searcher.search(query, 5).scoreDocs;
			List<Guide> found = new ArrayList<>();
			for (ScoreDoc hit : hits) {
				Guide guide = guides.get(searcher.storedFields().document(hit.doc).get("id"));
				if (guide != null) {
					found.add(guide);
				}
			}
			if (found.isEmpty()) {
				return new Fallback("抱歉，没有找到相关的办事指南。", Fallback.Reason.NO_MATCH);
			}
			Guide best = found.get(0);
			return new Answer(best.title(), best, best.sections(), 0, 0.5, List.of(), false);
		}
		catch (Exception ex) {
			return new Fallback("抱歉，没有找到相关的办事指南。", Fallback.Reason.NO_MATCH);
		}
	}

	/**
	 * Adds a guide, or replaces the guide with the same id; searchable when this returns.
	 *
	 * @param guide the guide
	 */
	public synchronized void publish(Guide guide) {
		Document doc = new Document();
		doc.add(new StringField("id", guide.id(), Field.Store.YES));
		doc.add(new TextField("text", guide.title() + " " + String.join(" ", guide.aliases()), Field.Store.NO));
		try {
			writer.updateDocument(new Term("id", guide.id()), doc);
			guides.put(guide.id(), guide);
			refresh();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * Withdraws a guide from answers; unknown ids are ignored.
	 *
	 * @param guideId the guide's id
	 */
	public synchronized void withdraw(String guideId) {
		try {
			writer.deleteDocuments(new Term("id", guideId));
			guides.remove(guideId);
			refresh();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * The published guide with this id.
	 *
	 * @param guideId the guide's id
	 * @return the guide, or empty when there is none
	 */
	public Optional<Guide> guide(String guideId) {
		return Optional.ofNullable(guides.get(guideId));
	}

	/** The thresholds in force. */
	public EngineSettings settings() {
		return settings;
	}

	private void refresh() throws java.io.IOException {
		DirectoryReader newer = DirectoryReader.openIfChanged(reader, writer);
		if (newer != null) {
			reader = newer;
		}
	}

	@Override
	public synchronized void close() throws java.io.IOException {
		writer.close();
		reader.close();
	}

}
