package org.govassist.kb.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.govassist.kb.analysis.ChineseNormalizer;
import org.govassist.kb.analysis.GovernmentAnalyzer;
import org.govassist.kb.analysis.Lexicon;

/**
 * Turns text into what matching compares: normalised text, the content terms that name a matter
 * (each mapped to its synonym group's canonical term), and character bigrams for typos.
 *
 * <p>Thread-safe.
 */
final class TextAnalysis {

	/**
	 * Words every question uses whatever the matter: they say nothing about which guide is meant.
	 */
	private static final Set<String> GENERIC = Set.of("怎么", "怎样", "如何", "什么", "哪些", "哪个", "哪里", "哪儿", "多少",
			"办", "办理", "申请", "需要", "要", "可以", "能", "能不能", "可不可以", "吗", "呢", "吧", "啊", "请问", "我", "我的", "你",
			"你们", "现在", "还", "了", "想", "去", "给", "在", "有", "没有", "是", "不", "都", "也", "就", "一下", "一个", "这个",
			"那个", "那", "这", "怎么办", "咋办", "问", "问一下", "咨询", "知道", "告诉", "帮", "帮我", "谢谢", "你好", "您好", "该",
			"应该", "得", "的", "地", "和", "跟", "与", "或", "还是", "如果", "但是", "因为", "所以", "么", "么样", "自己", "他", "她",
			"他们", "一", "个", "些", "会", "让", "被", "把", "对", "从", "到", "时候", "已经", "刚", "刚刚", "又", "再", "才", "只", "很",
			"太", "最", "弄", "搞", "整", "想问", "问问", "请", "麻烦", "您", "吗?", "哪", "那里", "这里", "怎么样", "是不是", "能否");

	private static final String QUESTION_CHARS = "的了吗呢吧啊呀哦嘛我你您他她它们怎么什啥哪吗请问想要能可以是在有个一这那该会把被给和与或就都也还";

	private final Analyzer indexing;

	private final Lexicon lexicon;

	/** Analysis with the bundled lexicon. */
	TextAnalysis() {
		this(Lexicon.bundled());
	}

	/** Analysis with a lexicon of its own, e.g. the bundled one with editors' additions. */
	TextAnalysis(Lexicon lexicon) {
		this.lexicon = lexicon;
		this.indexing = GovernmentAnalyzer.forIndexing(lexicon);
	}

	String normalize(String text) {
		return ChineseNormalizer.normalize(text == null ? "" : text);
	}

	/**
	 * The content terms of normalised text, canonical and in order of first appearance.
	 */
	List<String> contentTerms(String normalizedText) {
		Set<String> terms = new LinkedHashSet<>();
		for (String token : tokens(normalizedText)) {
			if (!GENERIC.contains(token) && hasLetterOrDigit(token)) {
				terms.add(lexicon.canonical(token));
			}
		}
		return List.copyOf(terms);
	}

	/**
	 * The character bigrams of the Han, letter and digit runs of normalised text; a lone character
	 * counts as its own gram.
	 */
	static Set<String> grams(String normalizedText) {
		Set<String> grams = new LinkedHashSet<>();
		StringBuilder run = new StringBuilder();
		for (int i = 0; i <= normalizedText.length(); i++) {
			char c = i < normalizedText.length() ? normalizedText.charAt(i) : ' ';
			if (Character.isLetterOrDigit(c)) {
				run.append(c);
				continue;
			}
			if (run.length() == 1) {
				grams.add(run.toString());
			}
			for (int j = 0; j + 1 < run.length(); j++) {
				grams.add(run.substring(j, j + 2));
			}
			run.setLength(0);
		}
		return grams;
	}

	/**
	 * The Han characters, letters and digits of normalised text, less the ones that only make a
	 * question a question (吗, 怎, 么 …).
	 */
	static Set<String> chars(String normalizedText) {
		Set<String> chars = new LinkedHashSet<>();
		normalizedText.codePoints()
			.filter(Character::isLetterOrDigit)
			.mapToObj(Character::toString)
			.filter(c -> QUESTION_CHARS.indexOf(c) < 0)
			.forEach(chars::add);
		return chars;
	}

	private List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = indexing.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	private static boolean hasLetterOrDigit(String token) {
		return token.codePoints().anyMatch(Character::isLetterOrDigit);
	}

}
