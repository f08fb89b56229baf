package org.govassist.kb.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.VectorUtil;
import org.govassist.kb.guide.Guide;

/**
 * The Lucene index of guides that yields candidates for a question by BM25 over the guide's
 * fields: title, aliases and FAQ questions weigh most, then the summary and the other sections;
 * character-bigram and single-character fields of the question-like texts catch typos and words
 * the segmenter split differently. With semantic search on, each key phrase's sentence vector is
 * a document of its own beside the guide's, found by nearest-neighbour search. Fields hold canonical content terms (synonyms already
 * folded by {@link TextAnalysis}), so index and query agree term for term.
 *
 * <p>Thread-safe; a change is searchable when the changing method returns.
 */
final class GuideIndex implements AutoCloseable {

	/** Queries keep at most this many terms and grams, far below Lucene's clause limit. */
	static final int MAX_QUERY_TERMS = 32;

	static final int MAX_QUERY_GRAMS = 64;

	private static final Map<String, Float> TERM_FIELDS = Map.of("title", 3.0f, "alias", 2.5f, "faq", 2.0f,
			"summary", 1.0f, "sections", 0.5f);

	private static final float GRAM_BOOST = 0.3f;

	private static final float CHAR_BOOST = 0.2f;

	private final ByteBuffersDirectory directory = new ByteBuffersDirectory();

	private final IndexWriter writer;

	private final SearcherManager searchers;

	GuideIndex() {
		try {
			writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()));
			searchers = new SearcherManager(writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Adds or replaces guides, each with the vectors of its key phrases when semantic search is on.
	 *
	 * @param phraseVectors guide id to one vector per key phrase; empty without semantic search
	 */
	void putAll(Collection<GuideProfile> profiles, Map<String, List<float[]>> phraseVectors) {
		try {
			for (GuideProfile profile : profiles) {
				List<Document> documents = new ArrayList<>();
				documents.add(document(profile));
				for (float[] vector : phraseVectors.getOrDefault(profile.guide().id(), List.of())) {
					Document phrase = new Document();
					phrase.add(new StringField("id", profile.guide().id(), Field.Store.NO));
					phrase.add(new SortedDocValuesField("id", new BytesRef(profile.guide().id())));
					phrase.add(new KnnFloatVectorField("vector", vector, VectorSimilarityFunction.DOT_PRODUCT));
					documents.add(phrase);
				}
				writer.updateDocuments(new Term("id", profile.guide().id()), documents);
			}
			searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void remove(String guideId) {
		try {
			writer.deleteDocuments(new Term("id", guideId));
			searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The best-scoring guides for a question's terms and grams.
	 *
	 * @return guide id to BM25 score, best first
	 */
	Map<String, Float> search(List<String> terms, Set<String> grams, Set<String> chars, int limit) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		terms.stream().limit(MAX_QUERY_TERMS).forEach(term -> query.add(termQuery(term), BooleanClause.Occur.SHOULD));
		grams.stream().limit(MAX_QUERY_GRAMS).forEach(gram -> query
			.add(new BoostQuery(new TermQuery(new Term("grams", gram)), GRAM_BOOST), BooleanClause.Occur.SHOULD));
		chars.stream().limit(MAX_QUERY_GRAMS).forEach(character -> query
			.add(new BoostQuery(new TermQuery(new Term("chars", character)), CHAR_BOOST), BooleanClause.Occur.SHOULD));
		Map<String, Float> found = new LinkedHashMap<>();
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				for (ScoreDoc hit : searcher.search(query.build(), limit).scoreDocs) {
					found.put(guideId(searcher, hit.doc), hit.score);
				}
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return found;
	}

	/**
	 * The guides whose key phrases are nearest a question's vector.
	 *
	 * @param phrases how many nearest key phrases to look at
	 * @return guide id to the dot product of its nearest key phrase, nearest first
	 */
	Map<String, Float> nearest(float[] question, int phrases) {
		Map<String, Float> found = new LinkedHashMap<>();
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				for (ScoreDoc hit : searcher.search(new KnnFloatVectorQuery("vector", question, phrases), phrases).scoreDocs) {
					// Lucene scores a dot product d of unit vectors as (1 + d) / 2.
					found.putIfAbsent(guideId(searcher, hit.doc), 2 * hit.score - 1);
				}
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return found;
	}

	/**
	 * The exact similarity of a question's vector with each of some guides: the dot product of its
	 * nearest key phrase. Reads the stored phrase vectors of just those guides, so that every
	 * candidate, not only the ones the approximate search returned, is measured in meaning.
	 *
	 * @return guide id to the dot product of its nearest key phrase; guides without vectors are left out
	 */
	Map<String, Double> similarities(float[] question, Collection<String> guideIds) {
		Map<String, Double> found = new LinkedHashMap<>();
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
					FloatVectorValues vectors = leaf.reader().getFloatVectorValues("vector");
					if (vectors != null) {
						measure(leaf.reader(), vectors, question, guideIds, found);
					}
				}
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return found;
	}

	private static void measure(LeafReader reader, FloatVectorValues vectors, float[] question,
			Collection<String> guideIds, Map<String, Double> found) throws IOException {
		Bits live = reader.getLiveDocs();
		TreeMap<Integer, String> owners = new TreeMap<>();
		Terms ids = reader.terms("id");
		if (ids == null) {
			return;
		}
		// One terms enumeration and one postings enumeration for all the guides: a fresh one per
		// guide and segment would cost more than the vectors themselves.
		TermsEnum terms = ids.iterator();
		PostingsEnum docs = null;
		for (String id : guideIds) {
			if (terms.seekExact(new BytesRef(id))) {
				docs = terms.postings(docs, PostingsEnum.NONE);
				for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
					if (live == null || live.get(doc)) {
						owners.put(doc, id);
					}
				}
			}
		}
		// One pass in document order: a vector iterator only moves forward.
		KnnVectorValues.DocIndexIterator withVector = vectors.iterator();
		for (Map.Entry<Integer, String> owner : owners.entrySet()) {
			int doc = owner.getKey();
			int at = withVector.docID() < doc ? withVector.advance(doc) : withVector.docID();
			if (at == DocIdSetIterator.NO_MORE_DOCS) {
				return;
			}
			if (at == doc) {
				double dot = VectorUtil.dotProduct(question, vectors.vectorValue(withVector.index()));
				found.merge(owner.getValue(), dot, Math::max);
			}
		}
	}

	/**
	 * The guide id of a hit, from doc values: reading the stored document instead would decompress
	 * a whole block for every hit.
	 */
	private static String guideId(IndexSearcher searcher, int doc) throws IOException {
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
		SortedDocValues ids = DocValues.getSorted(leaf.reader(), "id");
		if (!ids.advanceExact(doc - leaf.docBase)) {
			throw new IllegalStateException("a guide document without an id");
		}
		return ids.lookupOrd(ids.ordValue()).utf8ToString();
	}

	private static Query termQuery(String term) {
		List<Query> perField = new ArrayList<>();
		TERM_FIELDS.forEach((field, boost) -> perField.add(new BoostQuery(new TermQuery(new Term(field, term)), boost)));
		return new DisjunctionMaxQuery(perField, 0.2f);
	}

	private static Document document(GuideProfile profile) {
		Guide guide = profile.guide();
		Document doc = new Document();
		doc.add(new StringField("id", guide.id(), Field.Store.NO));
		doc.add(new SortedDocValuesField("id", new BytesRef(guide.id())));
		StringBuilder grams = new StringBuilder();
		StringBuilder chars = new StringBuilder();
		for (KeyPhrase phrase : profile.phrases()) {
			String field = switch (phrase.kind()) {
				case TITLE -> "title";
				case ALIAS -> "alias";
				case FAQ -> "faq";
			};
			doc.add(new TextField(field, String.join(" ", phrase.terms()), Field.Store.NO));
			phrase.grams().forEach(gram -> grams.append(gram).append(' '));
			phrase.chars().forEach(character -> chars.append(character).append(' '));
		}
		doc.add(new TextField("grams", grams.toString(), Field.Store.NO));
		doc.add(new TextField("chars", chars.toString(), Field.Store.NO));
		doc.add(new TextField("summary", String.join(" ", profile.summaryTerms()), Field.Store.NO));
		doc.add(new TextField("sections", String.join(" ", profile.bodyTerms()), Field.Store.NO));
		return doc;
	}

	@Override
	public void close() throws IOException {
		searchers.close();
		writer.close();
	}

}
