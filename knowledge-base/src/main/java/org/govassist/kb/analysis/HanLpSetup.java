package org.govassist.kb.analysis;

import java.util.Collection;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;

/**
 * The one place that talks to HanLP's configuration and dictionaries.
 *
 * <p>HanLP keeps its dictionaries in static state. This class never changes that state: each
 * {@link Lexicon} gets its own custom dictionary that shares HanLP's read-only built-in custom
 * dictionary (loaded once per JVM, from the HanLP jar) and adds the lexicon's words in a trie of
 * its own. Two lexicons therefore never see each other's words, and a lexicon an editor supplies
 * at run time cannot disturb the analyzers already serving.
 *
 * <p>The project ships no {@code hanlp.properties}: with one on the class path HanLP reads its
 * data from the file system instead of from its own jar.
 *
 * <p>Thread-safe: the built-in dictionary is loaded by the JVM's class initialisation, and a
 * dictionary built here is only read once published.
 */
final class HanLpSetup {

	private HanLpSetup() {
	}

	/**
	 * Builds a custom dictionary holding HanLP's built-in custom words plus the given ones.
	 *
	 * @param words the words to add; later entries of the same word win
	 * @return a new dictionary, not shared with HanLP's global state
	 */
	static DynamicCustomDictionary dictionaryWith(Collection<LexiconWord> words) {
		// DynamicCustomDictionary.insert would overwrite, in the shared built-in trie, a word it
		// already holds, so one lexicon's natures would leak into every other; and a dictionary
		// given the built-in one's path reloads that shared trie while others may be reading it.
		// So: no path, and the words in this dictionary's own trie, which the segmenter consults
		// after the built-in one, so they still win.
		BinTrie<CoreDictionary.Attribute> own = new BinTrie<>();
		for (LexiconWord word : words) {
			CoreDictionary.Attribute attribute = CoreDictionary.Attribute.create(word.nature() + " " + word.frequency());
			if (attribute == null) {
				throw new IllegalArgumentException("HanLP cannot read the nature '" + word.nature() + "' of " + word.word());
			}
			own.put(word.word(), attribute);
		}
		return new DynamicCustomDictionary(Base.DICTIONARY.dat, own, null);
	}

	/**
	 * A new segmenter: HanLP's Viterbi (shortest path over the core dictionary's bigrams), the
	 * given custom dictionary, term offsets on, and the recognisers off that tend to glue ordinary
	 * words into false names in short questions.
	 *
	 * @param dictionary the custom dictionary from {@link #dictionaryWith(Collection)}
	 * @return a segmenter for one thread
	 */
	static Segment newSegment(DynamicCustomDictionary dictionary) {
		return HanLP.newSegment("viterbi")
			.enableCustomDictionary(dictionary)
			.enableOffset(true)
			.enablePartOfSpeechTagging(true)
			.enableTranslatedNameRecognize(false)
			.enableJapaneseNameRecognize(false)
			.enablePlaceRecognize(false)
			.enableOrganizationRecognize(false)
			.enableNumberQuantifierRecognize(false);
	}

	/** HanLP's built-in custom dictionary, loaded on first use by the JVM's class initialisation. */
	private static final class Base {

		static final DynamicCustomDictionary DICTIONARY = CustomDictionary.DEFAULT;

	}

}
