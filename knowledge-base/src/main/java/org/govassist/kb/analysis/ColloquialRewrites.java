package org.govassist.kb.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * Rewrites of colloquial and misspelt Chinese into the words the service guides use: 咋→怎么,
 * 啥→什么, 身分证→身份证, 怎么弄→怎么办 and so on.
 *
 * <p>The rules are applied in one pass, longest match first, by a Lucene {@link MappingCharFilter},
 * so offsets of the rewritten text map back to the text the citizen typed. A rule may rewrite a
 * phrase to itself: such a rule protects a phrase from shorter rules (弄堂 stays 弄堂). Rules are
 * written in normalised form (see {@link ChineseNormalizer}) because they run after it; keys are
 * normalised when loaded so a traditional or full-width rule still works.
 *
 * <p>Immutable and thread-safe; {@link #filter(Reader)} returns a new reader on every call.
 */
public final class ColloquialRewrites {

	private static final String RESOURCE = "colloquial-rewrites.txt";

	private final Map<String, String> rules;

	private final NormalizeCharMap charMap;

	private ColloquialRewrites(Map<String, String> rules) {
		Map<String, String> normalised = new LinkedHashMap<>();
		rules.forEach((from, to) -> {
			if (from.isEmpty()) {
				throw new IllegalArgumentException("a rewrite needs a non-empty phrase to replace");
			}
			normalised.put(ChineseNormalizer.normalize(from), ChineseNormalizer.normalize(to));
		});
		this.rules = Collections.unmodifiableMap(normalised);
		NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
		this.rules.forEach(builder::add);
		this.charMap = builder.build();
	}

	/**
	 * The rules bundled with the project, from {@code colloquial-rewrites.txt}.
	 *
	 * @return the shared bundled rules
	 */
	public static ColloquialRewrites bundled() {
		return Bundled.INSTANCE;
	}

	/**
	 * Rules supplied at run time, for example by an editor.
	 *
	 * @param rules phrase to replacement, in any order; longest match wins when applied
	 * @return the rules
	 */
	public static ColloquialRewrites of(Map<String, String> rules) {
		return new ColloquialRewrites(rules);
	}

	/** @return phrase to replacement, normalised, in the order given */
	public Map<String, String> rules() {
		return rules;
	}

	/**
	 * Wraps a reader of normalised text in the rewriting char filter.
	 *
	 * @param input normalised text
	 * @return a reader of the rewritten text that corrects offsets back to {@code input}
	 */
	public Reader filter(Reader input) {
		return rules.isEmpty() ? input : new MappingCharFilter(charMap, input);
	}

	/**
	 * Rewrites plain normalised text exactly as {@link #filter(Reader)} does.
	 *
	 * @param text normalised text
	 * @return the rewritten text
	 */
	public String rewrite(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		char[] buffer = new char[256];
		try (Reader reader = filter(new StringReader(text))) {
			for (int n = reader.read(buffer); n != -1; n = reader.read(buffer)) {
				out.append(buffer, 0, n);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	/**
	 * Parses the rule format: one {@code phrase => replacement} per line, {@code #} starts a comment
	 * line, blank lines are ignored.
	 */
	static Map<String, String> parse(Reader source) throws IOException {
		Map<String, String> rules = new LinkedHashMap<>();
		BufferedReader lines = new BufferedReader(source);
		int number = 0;
		for (String line = lines.readLine(); line != null; line = lines.readLine()) {
			number++;
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				continue;
			}
			int arrow = trimmed.indexOf("=>");
			if (arrow <= 0) {
				throw new IllegalArgumentException("line " + number + " is not 'phrase => replacement': " + line);
			}
			String from = trimmed.substring(0, arrow).strip();
			String to = trimmed.substring(arrow + 2).strip();
			if (rules.putIfAbsent(from, to) != null) {
				throw new IllegalArgumentException("line " + number + " repeats the phrase " + from);
			}
		}
		return rules;
	}

	private static final class Bundled {

		static final ColloquialRewrites INSTANCE = load();

		private static ColloquialRewrites load() {
			try (InputStream in = ColloquialRewrites.class.getResourceAsStream(RESOURCE)) {
				if (in == null) {
					throw new IllegalStateException("missing resource " + RESOURCE);
				}
				return new ColloquialRewrites(parse(new InputStreamReader(in, StandardCharsets.UTF_8)));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

	}

}
