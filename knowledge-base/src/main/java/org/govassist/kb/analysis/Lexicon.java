package org.govassist.kb.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;

/**
 * The government-service vocabulary the analyzers work with: the domain dictionary (words the
 * segmenter keeps whole) and the synonym groups (words a query may match each other by).
 *
 * <p>{@link #bundled()} reads the project's curated {@code domain-dictionary.txt} and
 * {@code synonyms.txt}; {@link #of(List, List)} takes another vocabulary, for example one an
 * editor maintains, and is used with {@link GovernmentAnalyzer#forIndexing(Lexicon)} and
 * {@link GovernmentAnalyzer#forQuery(Lexicon)}. A synonym term is segmented like any text, so it
 * may be a phrase of several words; list it in the dictionary too where it should stay one token.
 *
 * <p>All text is normalised with {@link ChineseNormalizer} when the lexicon is built, since the
 * analyzers only ever see normalised text.
 *
 * <p>Immutable and thread-safe. Building one loads HanLP's built-in dictionaries on first use
 * (well under a second) and copies the words into a segmentation trie of its own.
 */
public final class Lexicon {

	private static final String DICTIONARY_RESOURCE = "domain-dictionary.txt";

	private static final String SYNONYMS_RESOURCE = "synonyms.txt";

	private final List<LexiconWord> words;

	private final Map<String, LexiconWord> wordsByText;

	private final List<List<String>> synonymGroups;

	private final Map<String, String> canonicalByTerm;

	private final DynamicCustomDictionary segmenterDictionary;

	private Lexicon(List<LexiconWord> words, List<List<String>> groups) {
		Map<String, LexiconWord> byWord = new LinkedHashMap<>();
		for (LexiconWord word : words) {
			String normalised = ChineseNormalizer.normalize(word.word());
			byWord.put(normalised, new LexiconWord(normalised, word.nature(), word.frequency()));
		}
		List<List<String>> normalisedGroups = new ArrayList<>();
		Map<String, String> canonical = new HashMap<>();
		for (List<String> group : groups) {
			List<String> terms = group.stream().map(ChineseNormalizer::normalize).map(String::strip).distinct().toList();
			if (terms.size() < 2 || terms.stream().anyMatch(String::isEmpty)) {
				throw new IllegalArgumentException("a synonym group needs two or more non-empty terms: " + group);
			}
			normalisedGroups.add(terms);
			for (String term : terms) {
				String earlier = canonical.put(term, terms.getFirst());
				if (earlier != null) {
					throw new IllegalArgumentException(
							"the synonym term " + term + " is in two groups, of " + earlier + " and of " + terms.getFirst());
				}
			}
		}
		this.words = List.copyOf(byWord.values());
		this.wordsByText = Map.copyOf(byWord);
		this.synonymGroups = List.copyOf(normalisedGroups);
		this.canonicalByTerm = Map.copyOf(canonical);
		this.segmenterDictionary = HanLpSetup.dictionaryWith(this.words);
	}

	/**
	 * The project's curated vocabulary, read once per JVM from the bundled resources.
	 *
	 * @return the shared bundled lexicon
	 */
	public static Lexicon bundled() {
		return Bundled.INSTANCE;
	}

	/**
	 * A vocabulary supplied at run time.
	 *
	 * @param words dictionary words; a later entry of the same word replaces an earlier one
	 * @param synonymGroups groups of interchangeable terms, each with its canonical term first; a
	 *        term may belong to one group only
	 * @return the lexicon
	 * @throws IllegalArgumentException if a group has fewer than two terms or a term is in two groups
	 */
	public static Lexicon of(List<LexiconWord> words, List<List<String>> synonymGroups) {
		return new Lexicon(words, synonymGroups);
	}

	/**
	 * A vocabulary read from text in the formats of the bundled files: the dictionary as
	 * {@code word nature frequency} lines, the synonyms as comma-separated groups, one per line,
	 * canonical term first; {@code #} starts a comment line in both.
	 *
	 * @param dictionary the dictionary text
	 * @param synonyms the synonym text
	 * @return the lexicon
	 * @throws IOException if a reader fails
	 * @throws IllegalArgumentException naming the line of the first malformed entry
	 */
	public static Lexicon parse(Reader dictionary, Reader synonyms) throws IOException {
		return new Lexicon(parseWords(dictionary), parseGroups(synonyms));
	}

	/** @return the dictionary words, normalised, in file order, each word once */
	public List<LexiconWord> words() {
		return words;
	}

	/** @return the synonym groups, normalised, each with its canonical term first */
	public List<List<String>> synonymGroups() {
		return synonymGroups;
	}

	/**
	 * The canonical form of a term: the first term of the synonym group it belongs to, or the term
	 * itself.
	 *
	 * @param term a term, normalised or not
	 * @return the canonical term, normalised
	 */
	public String canonical(String term) {
		String normalised = ChineseNormalizer.normalize(term);
		return canonicalByTerm.getOrDefault(normalised, normalised);
	}

	/**
	 * Builds the synonym map for a {@link org.apache.lucene.analysis.synonym.SynonymGraphFilter}:
	 * every term of a group maps to every other term of it, and every compound word of the
	 * dictionary to the sequence of its parts (住房公积金 to 住房 公积金), keeping the original. Each
	 * term is analysed with the given analyzer, so a phrase that segments into several tokens
	 * becomes a multi-token synonym.
	 *
	 * @param analyzer an analyzer of plain words whose tokens the map must match, normally
	 *        {@link GovernmentAnalyzer#forWords(Lexicon)} of this lexicon
	 * @return the synonym map
	 */
	public SynonymMap synonymMap(Analyzer analyzer) {
		SynonymMap.Builder builder = new SynonymMap.Builder(true);
		CompoundSplitter splitter = new CompoundSplitter();
		CharsRefBuilder scratch = new CharsRefBuilder();
		for (LexiconWord word : words) {
			CompoundSplitter.Split split = splitter.split(word.word());
			CharsRef whole = analyse(analyzer, word.word());
			if (split != null && whole != null && whole.toString().equals(word.word())) {
				String[] parts = split.parts().stream().map(CompoundSplitter.Part::word).toArray(String[]::new);
				builder.add(whole, SynonymMap.Builder.join(parts, scratch), true);
			}
		}
		for (List<String> group : synonymGroups) {
			List<CharsRef> analysed = new ArrayList<>();
			for (String term : group) {
				CharsRef tokens = analyse(analyzer, term);
				if (tokens != null) {
					analysed.add(tokens);
				}
			}
			for (CharsRef input : analysed) {
				for (CharsRef output : analysed) {
					if (!input.equals(output)) {
						builder.add(input, output, true);
					}
				}
			}
		}
		try {
			return builder.build();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** @return the dictionary entry of a normalised word, or {@code null} */
	LexiconWord word(String text) {
		return wordsByText.get(text);
	}

	/** The segmenter dictionary: HanLP's built-in custom words plus this lexicon's. */
	DynamicCustomDictionary segmenterDictionary() {
		return segmenterDictionary;
	}

	/**
	 * The analysed tokens of a term joined with the synonym word separator, or {@code null} when
	 * the term leaves no token (it consists of stop words only).
	 */
	private static CharsRef analyse(Analyzer analyzer, String term) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("", term)) {
			CharTermAttribute text = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(text.toString());
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return tokens.isEmpty() ? null : SynonymMap.Builder.join(tokens.toArray(String[]::new), new CharsRefBuilder());
	}

	/**
	 * Parses the dictionary format: {@code word nature frequency} per line, separated by spaces or
	 * tabs; {@code #} starts a comment line.
	 */
	static List<LexiconWord> parseWords(Reader source) throws IOException {
		List<LexiconWord> words = new ArrayList<>();
		forEachLine(source, (number, line) -> {
			String[] fields = line.split("\\s+");
			if (fields.length != 3) {
				throw new IllegalArgumentException("line " + number + " is not 'word nature frequency': " + line);
			}
			try {
				words.add(new LexiconWord(fields[0], fields[1], Integer.parseInt(fields[2])));
			}
			catch (NumberFormatException e) {
				throw new IllegalArgumentException("line " + number + " has a bad frequency: " + line, e);
			}
		});
		return words;
	}

	/**
	 * Parses the synonym format: one group per line, terms separated by commas (ASCII or Chinese),
	 * canonical term first; {@code #} starts a comment line.
	 */
	static List<List<String>> parseGroups(Reader source) throws IOException {
		List<List<String>> groups = new ArrayList<>();
		forEachLine(source, (number, line) -> {
			List<String> terms = List.of(line.split("\\s*[,，]\\s*"));
			if (terms.size() < 2 || terms.stream().anyMatch(String::isBlank)) {
				throw new IllegalArgumentException("line " + number + " is not a group of two or more terms: " + line);
			}
			groups.add(terms);
		});
		return groups;
	}

	private interface LineHandler {

		void accept(int number, String line);

	}

	private static void forEachLine(Reader source, LineHandler handler) throws IOException {
		BufferedReader lines = new BufferedReader(source);
		int number = 0;
		for (String line = lines.readLine(); line != null; line = lines.readLine()) {
			number++;
			String trimmed = line.strip();
			if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
				handler.accept(number, trimmed);
			}
		}
	}

	private static final class Bundled {

		static final Lexicon INSTANCE = load();

		private static Lexicon load() {
			try {
				return parse(resource(DICTIONARY_RESOURCE), resource(SYNONYMS_RESOURCE));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		private static Reader resource(String name) throws IOException {
			InputStream in = Lexicon.class.getResourceAsStream(name);
			if (in == null) {
				throw new IllegalStateException("missing resource " + name);
			}
			try (in) {
				return new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}

	}

}
