package org.govassist.kb.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.govassist.kb.guide.Faq;
import org.govassist.kb.guide.Guide;
import org.govassist.kb.guide.Section;
import org.govassist.kb.guide.SectionKind;

/**
 * Plain Lucene BM25 over a guide's fields with an off-the-shelf analyzer, the yardstick the
 * engine is measured against. It always answers with its best hit, however weak, and falls back
 * only when nothing matches at all, which is what shows how much a decision step is worth.
 *
 * <p>Every guide is one document with the text fields {@code title}, {@code aliases},
 * {@code summary}, {@code faqs} (the FAQ questions) and {@code sections} (every other section),
 * equally weighted; a question is parsed by a {@link MultiFieldQueryParser} over all of them.
 *
 * <p>Thread-safe: the index is built once and only read afterwards.
 */
final class LuceneBaseline implements Responder {

	static final int RANKED = 5;

	private static final String ID = "id";

	private static final String[] FIELDS = { "title", "aliases", "summary", "faqs", "sections" };

	private final String name;

	private final Analyzer analyzer;

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	private LuceneBaseline(String name, Analyzer analyzer, DirectoryReader reader) {
		this.name = name;
		this.analyzer = analyzer;
		this.reader = reader;
		this.searcher = new IndexSearcher(reader);
	}

	static LuceneBaseline smartChinese(Collection<Guide> guides) {
		return build("bm25-smartcn", new SmartChineseAnalyzer(), guides);
	}

	static LuceneBaseline cjkBigrams(Collection<Guide> guides) {
		return build("bm25-cjk", new CJKAnalyzer(), guides);
	}

	static LuceneBaseline singleCharacters(Collection<Guide> guides) {
		return build("bm25-standard", new StandardAnalyzer(), guides);
	}

	private static LuceneBaseline build(String name, Analyzer analyzer, Collection<Guide> guides) {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
			for (Guide guide : guides) {
				writer.addDocument(document(guide));
			}
			writer.commit();
			return new LuceneBaseline(name, analyzer, DirectoryReader.open(directory));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Document document(Guide guide) {
		Document doc = new Document();
		doc.add(new StoredField(ID, guide.id()));
		addText(doc, "title", guide.title());
		addText(doc, "aliases", String.join("\n", guide.aliases()));
		addText(doc, "summary", guide.summary());
		addText(doc, "faqs", String.join("\n", guide.faqs().stream().map(Faq::q).toList()));
		List<String> sections = new ArrayList<>();
		for (Section section : guide.sections()) {
			if (section.kind() != SectionKind.SUMMARY && section.kind() != SectionKind.FAQS) {
				sections.add(section.text());
			}
		}
		addText(doc, "sections", String.join("\n", sections));
		return doc;
	}

	private static void addText(Document doc, String field, String text) {
		if (text != null && !text.isBlank()) {
			doc.add(new TextField(field, text, Field.Store.NO));
		}
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public Response respond(String question) {
		Query query = parse(question);
		if (query == null) {
			return new Response(Response.Kind.FALLBACK, List.of(), "fallback: no searchable words");
		}
		try {
			ScoreDoc[] hits = searcher.search(query, RANKED).scoreDocs;
			if (hits.length == 0) {
				return new Response(Response.Kind.FALLBACK, List.of(), "fallback: no hit");
			}
			StoredFields stored = searcher.storedFields();
			List<String> ranked = new ArrayList<>(hits.length);
			for (ScoreDoc hit : hits) {
				ranked.add(stored.document(hit.doc).get(ID));
			}
			return new Response(Response.Kind.ANSWER, ranked,
					String.format(Locale.ROOT, "answer %s (score %.2f)", ranked.getFirst(), hits[0].score));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Query parse(String question) {
		// A parser is cheap and not thread-safe, so every question gets its own; the analyzer is shared.
		MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, analyzer);
		try {
			return parser.parse(QueryParser.escape(question));
		}
		catch (ParseException ex) {
			return null;
		}
	}

	@Override
	public void close() {
		try (analyzer) {
			reader.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
