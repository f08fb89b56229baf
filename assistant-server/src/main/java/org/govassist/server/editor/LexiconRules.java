package org.govassist.server.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govassist.kb.analysis.ChineseNormalizer;
import org.govassist.kb.analysis.Lexicon;
import org.govassist.kb.analysis.LexiconAdditions;
import org.govassist.kb.analysis.LexiconWord;
import org.govassist.server.api.FieldProblem;
import org.govassist.server.api.InvalidRequestException;

import tools.jackson.databind.JsonNode;

/**
 * Checks the editors' lexicon as sent in {@code PUT /api/kb/lexicon} against the built-in
 * lexicon, naming every item at fault by its path ({@code words[2]}, {@code synonyms[3][1]}).
 *
 * <p>Rules: at most {@value #MAX_WORDS} words and {@value #MAX_GROUPS} groups; a word or term has
 * {@value #MIN_TERM_LENGTH} to {@value #MAX_TERM_LENGTH} characters, each a letter (a Chinese
 * character counts as one), a digit, {@code ·} or {@code -}; a group has 2 to
 * {@value #MAX_GROUP_SIZE} terms. Compared after the engine's normalisation (full width,
 * traditional characters, case): a word may be listed once and not be a word of the built-in
 * dictionary; a term may be in one group only, and a group may extend one built-in group but not
 * join two, nor add nothing to one.
 *
 * <p>Thread-safe.
 */
final class LexiconRules {

	static final int MAX_WORDS = 2000;

	static final int MAX_GROUPS = 1000;

	static final int MAX_GROUP_SIZE = 20;

	static final int MIN_TERM_LENGTH = 2;

	static final int MAX_TERM_LENGTH = 20;

	private static final String WORDS = "words";

	private static final String SYNONYMS = "synonyms";

	private final Lexicon builtIn;

	private final Set<String> builtInWords = new HashSet<>();

	private final Map<String, Integer> builtInGroupOf = new HashMap<>();

	LexiconRules(Lexicon builtIn) {
		this.builtIn = builtIn;
		builtIn.words().stream().map(LexiconWord::word).forEach(builtInWords::add);
		List<List<String>> groups = builtIn.synonymGroups();
		for (int i = 0; i < groups.size(); i++) {
			for (String term : groups.get(i)) {
				builtInGroupOf.put(term, i);
			}
		}
	}

	/**
	 * @param body the request body
	 * @return the additions, each text stripped of surrounding white space
	 * @throws InvalidRequestException naming every item at fault
	 */
	LexiconAdditions check(JsonNode body) {
		List<FieldProblem> problems = new ArrayList<>();
		if (body == null || !body.isObject()) {
			throw new InvalidRequestException("lexicon", "应为对象 {\"words\": [...], \"synonyms\": [[...], ...]}");
		}
		for (String key : body.propertyNames()) {
			if (!key.equals(WORDS) && !key.equals(SYNONYMS)) {
				problems.add(new FieldProblem(key, "未知字段；只有 words 和 synonyms"));
			}
		}
		List<String> words = words(body.get(WORDS), problems);
		List<List<String>> groups = groups(body.get(SYNONYMS), problems);
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		return new LexiconAdditions(words, groups);
	}

	private List<String> words(JsonNode value, List<FieldProblem> problems) {
		List<String> words = new ArrayList<>();
		if (value == null || value.isNull()) {
			return words;
		}
		if (!value.isArray()) {
			problems.add(new FieldProblem(WORDS, "应为字符串数组"));
			return words;
		}
		if (value.size() > MAX_WORDS) {
			problems.add(new FieldProblem(WORDS, "最多 " + MAX_WORDS + " 个词，现有 " + value.size() + " 个"));
			return words;
		}
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < value.size(); i++) {
			String path = WORDS + "[" + i + "]";
			String word = term(value.get(i), path, problems);
			if (word == null) {
				continue;
			}
			String normalised = ChineseNormalizer.normalize(word);
			Integer earlier = seen.putIfAbsent(normalised, i);
			if (earlier != null) {
				problems.add(new FieldProblem(path, "与 words[" + earlier + "] 重复"));
			}
			else if (builtInWords.contains(normalised)) {
				problems.add(new FieldProblem(path, "内置词典已收录“" + word + "”，无需添加"));
			}
			else {
				words.add(word);
			}
		}
		return words;
	}

	private List<List<String>> groups(JsonNode value, List<FieldProblem> problems) {
		List<List<String>> groups = new ArrayList<>();
		if (value == null || value.isNull()) {
			return groups;
		}
		if (!value.isArray()) {
			problems.add(new FieldProblem(SYNONYMS, "应为数组，每项是一组同义词（字符串数组）"));
			return groups;
		}
		if (value.size() > MAX_GROUPS) {
			problems.add(new FieldProblem(SYNONYMS, "最多 " + MAX_GROUPS + " 组，现有 " + value.size() + " 组"));
			return groups;
		}
		Map<String, Integer> groupOfTerm = new HashMap<>();
		for (int g = 0; g < value.size(); g++) {
			String groupPath = SYNONYMS + "[" + g + "]";
			JsonNode group = value.get(g);
			if (!group.isArray()) {
				problems.add(new FieldProblem(groupPath, "应为字符串数组"));
				continue;
			}
			if (group.size() < 2 || group.size() > MAX_GROUP_SIZE) {
				problems.add(new FieldProblem(groupPath, "一组应有 2 到 " + MAX_GROUP_SIZE + " 个词，现有 " + group.size() + " 个"));
				continue;
			}
			List<String> terms = new ArrayList<>();
			Map<String, Integer> inGroup = new HashMap<>();
			Set<Integer> builtInGroups = new LinkedHashSet<>();
			boolean addsSomething = false;
			boolean valid = true;
			for (int t = 0; t < group.size(); t++) {
				String path = groupPath + "[" + t + "]";
				String term = term(group.get(t), path, problems);
				if (term == null) {
					valid = false;
					continue;
				}
				String normalised = ChineseNormalizer.normalize(term);
				Integer twin = inGroup.putIfAbsent(normalised, t);
				Integer other = groupOfTerm.get(normalised);
				if (twin != null) {
					problems.add(new FieldProblem(path, "与本组第 " + (twin + 1) + " 个词重复"));
					valid = false;
				}
				else if (other != null) {
					problems.add(new FieldProblem(path, "已在 synonyms[" + other + "] 中；一个词只能属于一组"));
					valid = false;
				}
				Integer builtInGroup = builtInGroupOf.get(normalised);
				if (builtInGroup != null) {
					builtInGroups.add(builtInGroup);
				}
				else {
					addsSomething = true;
				}
				terms.add(term);
			}
			if (builtInGroups.size() > 1) {
				problems.add(new FieldProblem(groupPath, "会把内置的两组同义词连成一组（" + String.join("；", builtInGroups.stream()
					.map(index -> String.join("、", builtIn.synonymGroups().get(index)))
					.toList()) + "）；请分开填写"));
				valid = false;
			}
			else if (!builtInGroups.isEmpty() && !addsSomething) {
				problems.add(new FieldProblem(groupPath, "这些词都已在内置同义词组（"
						+ String.join("、", builtIn.synonymGroups().get(builtInGroups.iterator().next())) + "）中，无需添加"));
				valid = false;
			}
			if (valid) {
				int index = g;
				inGroup.keySet().forEach(term -> groupOfTerm.put(term, index));
				groups.add(List.copyOf(terms));
			}
		}
		return groups;
	}

	/** One word or synonym term, stripped; {@code null} when it is at fault. */
	private static String term(JsonNode value, String path, List<FieldProblem> problems) {
		if (value == null || !value.isString()) {
			problems.add(new FieldProblem(path, "应为字符串"));
			return null;
		}
		String term = value.stringValue().strip();
		int length = term.codePointCount(0, term.length());
		if (length < MIN_TERM_LENGTH || length > MAX_TERM_LENGTH) {
			problems.add(new FieldProblem(path, "应为 " + MIN_TERM_LENGTH + " 到 " + MAX_TERM_LENGTH + " 个字，现有 " + length + " 个"));
			return null;
		}
		if (!term.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '·' || c == '-')) {
			problems.add(new FieldProblem(path, "只能包含汉字、字母、数字、“·”和“-”，不能有空格或标点"));
			return null;
		}
		return term;
	}

}
