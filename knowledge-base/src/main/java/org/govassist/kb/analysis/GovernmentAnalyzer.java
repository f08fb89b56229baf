package org.govassist.kb.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The Chinese analyzer of the government-service knowledge base.
 *
 * <p>The chain: {@link ChineseNormalizer} (full width, traditional characters, case, punctuation),
 * {@link ColloquialRewrites} (咋→怎么, 啥→什么, 身分证→身份证 …), the {@link HanLpTokenizer} with
 * the {@link Lexicon}'s domain dictionary, removal of the few {@linkplain #STOP_WORDS stop words},
 * then, depending on the use, nothing more ({@link #forWords()}), the parts of compound words
 * ({@link #forIndexing()}) or synonyms ({@link #forQuery()}).
 *
 * <p>Index documents with {@link #forIndexing()} and analyse questions with {@link #forQuery()}: a
 * question's word then also matches the guides that use one of its synonyms (驾照 finds 驾驶证) or
 * contain it inside a compound (公积金 finds 住房公积金). Both produce token graphs (a compound or a
 * multi-word synonym spans several positions); Lucene's {@link org.apache.lucene.util.QueryBuilder}
 * turns the query graph into the right query. Offsets always point into the text as typed.
 *
 * <p>Thread-safe: share one instance of each; Lucene's standard reuse strategy keeps one token
 * stream per thread.
 */
public final class GovernmentAnalyzer extends Analyzer {

	/**
	 * The words removed from every text: sentence particles, greetings and the first person. Kept
	 * short on purpose: question words (怎么, 多少, 哪里, 什么) and intent verbs (换, 补, 办, 取) tell
	 * which matter and which part of it a citizen asks about, so they stay.
	 */
	public static final CharArraySet STOP_WORDS = CharArraySet.unmodifiableSet(new CharArraySet(List.of("的", "了", "吗", "呢",
			"啊", "吧", "呀", "哦", "嘛", "哈", "么", "啦", "呐", "请问", "你好", "您好", "麻烦", "谢谢", "我", "我们"), false));

	/** What the analyzer adds to the words of a text. */
	private enum Mode {

		/** The words alone. */
		WORDS,

		/** The words and the parts of compound words. */
		INDEXING,

		/** The words and their synonyms. */
		QUERY

	}

	private final Lexicon lexicon;

	private final ColloquialRewrites rewrites;

	private final Mode mode;

	private final SynonymMap synonyms;

	private GovernmentAnalyzer(Lexicon lexicon, ColloquialRewrites rewrites, Mode mode, SynonymMap synonyms) {
		this.lexicon = lexicon;
		this.rewrites = rewrites;
		this.mode = mode;
		this.synonyms = synonyms;
	}

	/** @return an analyzer for indexing with the bundled lexicon and rewrites */
	public static GovernmentAnalyzer forIndexing() {
		return forIndexing(Lexicon.bundled());
	}

	/**
	 * An analyzer for indexing: the words of the text and, after each compound word, its parts
	 * (住房公积金, then 住房 and 公积金), so that a question using a part still finds the document.
	 * No synonyms.
	 *
	 * @param lexicon the vocabulary to segment with
	 * @return the analyzer, with the bundled rewrites
	 */
	public static GovernmentAnalyzer forIndexing(Lexicon lexicon) {
		return new GovernmentAnalyzer(lexicon, ColloquialRewrites.bundled(), Mode.INDEXING, null);
	}

	/** @return an analyzer for questions with the bundled lexicon and rewrites */
	public static GovernmentAnalyzer forQuery() {
		return new GovernmentAnalyzer(Lexicon.bundled(), ColloquialRewrites.bundled(), Mode.QUERY, BundledQuery.SYNONYMS);
	}

	/**
	 * An analyzer for questions: the words of the text, each also as its synonyms and, for a
	 * compound of the lexicon, as the sequence of its parts (see {@link Lexicon#synonymMap(Analyzer)}).
	 *
	 * @param lexicon the vocabulary to segment with and whose synonym groups expand the question
	 * @return the analyzer, with the bundled rewrites
	 */
	public static GovernmentAnalyzer forQuery(Lexicon lexicon) {
		try (GovernmentAnalyzer words = forWords(lexicon)) {
			return new GovernmentAnalyzer(lexicon, ColloquialRewrites.bundled(), Mode.QUERY, lexicon.synonymMap(words));
		}
	}

	/** @return an analyzer of the plain words with the bundled lexicon and rewrites */
	public static GovernmentAnalyzer forWords() {
		return forWords(Lexicon.bundled());
	}

	/**
	 * An analyzer of the plain words of a text, one token per position: no compound parts, no
	 * synonyms. For features that compare a question's words with a document's, and for building
	 * synonym maps.
	 *
	 * @param lexicon the vocabulary to segment with
	 * @return the analyzer, with the bundled rewrites
	 */
	public static GovernmentAnalyzer forWords(Lexicon lexicon) {
		return new GovernmentAnalyzer(lexicon, ColloquialRewrites.bundled(), Mode.WORDS, null);
	}

	/** @return the stop words as plain strings */
	public static Set<String> stopWords() {
		Set<String> words = new HashSet<>();
		for (Object word : STOP_WORDS) {
			words.add(new String((char[]) word));
		}
		return Set.copyOf(words);
	}

	/** @return the lexicon this analyzer segments with */
	public Lexicon lexicon() {
		return lexicon;
	}

	/**
	 * The terms an analyzer makes of a text, in order, synonyms included; a convenience for
	 * features and tests.
	 *
	 * @param analyzer any analyzer
	 * @param text the text
	 * @return the token texts
	 */
	public static List<String> terms(Analyzer analyzer, String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return terms;
	}

	@Override
	protected Reader initReader(String fieldName, Reader reader) {
		return rewrites.filter(ChineseNormalizer.filter(reader));
	}

	@Override
	protected Reader initReaderForNormalization(String fieldName, Reader reader) {
		return initReader(fieldName, reader);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer tokenizer = new HanLpTokenizer(lexicon);
		TokenStream stream = new StopFilter(tokenizer, STOP_WORDS);
		stream = switch (mode) {
			case WORDS -> stream;
			case INDEXING -> new CompoundPartsFilter(stream);
			case QUERY -> synonyms.fst == null ? stream : new SynonymGraphFilter(stream, synonyms, false);
		};
		return new TokenStreamComponents(tokenizer, stream);
	}

	/** The synonym map of the bundled lexicon, built once. */
	private static final class BundledQuery {

		static final SynonymMap SYNONYMS = build();

		private static SynonymMap build() {
			try (GovernmentAnalyzer words = forWords()) {
				return Lexicon.bundled().synonymMap(words);
			}
		}

	}

}
