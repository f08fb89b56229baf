package org.govassist.server.chat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a citizen's words ask of the conversation itself, before any question is searched for: a
 * human agent (转人工), or the end of the conversation (谢谢, 再见), or neither.
 *
 * <p>Stateless and thread-safe.
 */
enum CitizenIntent {

	/** The citizen asks for a human agent, e.g. 转人工, 我要找真人. */
	HANDOFF,
	/** The citizen only thanks the bot or says goodbye, e.g. 好的谢谢！, 没有了，再见. */
	GOODBYE,
	/** Anything else: a question for the bot. */
	QUESTION;

	private static final List<String> HANDOFF_WORDS = List.of("转人工", "人工客服", "找真人", "人工服务", "真人客服",
			"人工坐席", "找人工", "接人工");

	/** Words that end a conversation; a goodbye has at least one. */
	private static final Set<String> CLOSING = Set.of("谢谢", "谢啦", "谢了", "多谢", "感谢", "感谢你", "感谢您", "非常感谢",
			"谢谢你", "谢谢您", "谢谢啦", "再见", "拜拜", "没有了", "没了", "没有别的了", "不用了", "bye", "byebye", "thanks",
			"thankyou", "thx");

	/** Words that may stand beside a closing word without making a question of it. */
	private static final Set<String> COURTESY = Set.of("好的", "好", "嗯", "嗯嗯", "哦", "噢", "知道了", "明白了", "清楚了",
			"了解了", "懂了", "行", "可以", "可以了", "ok", "okay", "好滴", "好嘞", "那", "就这样", "啦", "了", "呀", "哈", "啊",
			"吧", "的");

	private static final int LONGEST_WORD = Stream.concat(CLOSING.stream(), COURTESY.stream())
		.mapToInt(String::length)
		.max()
		.orElseThrow();

	/**
	 * Reads a citizen's words.
	 *
	 * @param text the words, as recorded
	 * @return what they ask for
	 */
	static CitizenIntent of(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		if (HANDOFF_WORDS.stream().anyMatch(lower::contains)) {
			return HANDOFF;
		}
		return isGoodbye(lower) ? GOODBYE : QUESTION;
	}

	/** Whether the words, without punctuation, spaces and emoji, are courtesy words with a closing word among them. */
	private static boolean isGoodbye(String text) {
		String words = text.codePoints()
			.filter(Character::isLetter)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		boolean closing = false;
		int at = 0;
		while (at < words.length()) {
			String word = longestWordAt(words, at);
			if (word == null) {
				return false;
			}
			closing |= CLOSING.contains(word);
			at += word.length();
		}
		return closing;
	}

	private static String longestWordAt(String words, int at) {
		for (int length = Math.min(LONGEST_WORD, words.length() - at); length > 0; length--) {
			String word = words.substring(at, at + length);
			if (CLOSING.contains(word) || COURTESY.contains(word)) {
				return word;
			}
		}
		return null;
	}

}
