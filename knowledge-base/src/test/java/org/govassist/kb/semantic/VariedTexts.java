package org.govassist.kb.semantic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Texts that exercise every step of a BERT tokenizer: simplified and traditional Chinese,
 * full-width forms, digits, Latin words that split into several pieces, accents, emoji, rare CJK
 * extension ideographs, control and format characters, all kinds of whitespace and punctuation,
 * literally typed special tokens, and text far longer than the model takes.
 */
final class VariedTexts {

	private static final String[] FRAGMENTS = {
			"身份证丢了怎么补办", "居民身份证挂失补领", "我爸走了他的房子咋过户", "住房公积金提取需要什么材料？",
			"臺灣居民來往大陸通行證換發", "戶籍謄本申請", "護照遺失補發", "營業執照變更登記",
			"ＡＢＣ１２３", "ｗｗｗ．ｇｏｖ．ｃｎ", "（全角括号）", "，。！？、；：", "１０：３０—１７：００",
			"2024年3月15日", "3.14", "10,000元", "0755-12345678", "第１２３号", "½ ¼ ²³ ⅷ ①②③",
			"tokenization", "unbelievable", "WeChat", "Alipay", "PDF", "APP", "iPhone15Pro", "COVID-19",
			"https://www.gov.cn/zhengce/content?id=123&type=a", "user@example.com", "e-mail", "don't", "O'Brien",
			"supercalifragilisticexpialidocious", "pneumonoultramicroscopicsilicovolcanoconiosis",
			"a".repeat(101), "测".repeat(3) + "x".repeat(150),
			"café naïve Ångström résumé", "Ｃａｆé", "ﬁle ﬂow", "İstanbul ΣΊΣΥΦΟΣ", "Ελληνικά русский язык", "العربية", "हिन्दी",
			"😀👍🏻🇨🇳", "👨‍👩‍👧‍👦", "❤️", "☎ ✔ ★", "🫠🪿", "©®™",
			"𠀀𠀁𪚥", "𫝀𫠝", "𬺰𬺱", "𰀀𱍊", "\uF900\uFA0E", "\u2F800\u2FA1D", "〇", "㐀㐁䶵", "⺀⿰", "ㄅㄆㄇ", "ぁあアｱ", "한국어",
			"\u0000", "\u0001\u0002", "\u007F", "\u0085", "\u00AD", "\u200B", "\u200D", "\uFEFF", "\uFFFD", "\uE000", "\uDB80\uDC00",
			"\t", "\n", "\r\n", "\u000B\u000C", "\u00A0", "\u1680", "\u2002\u2003", "\u2028\u2029", "\u202F", "\u205F", "\u3000", "\u001C\u001F",
			"【】《》“”‘’、…—～·", "「」『』〔〕〖〗", "$+<=>^`|~", "!\"#%&'()*,-./:;?@[\\]_{}", "¿¡§¶†‡•‰′″", "﹏﹐﹑", "→←↑↓",
			"[CLS]", "[SEP]", "[MASK]", "[UNK]", "[PAD]", "[unk]", "[CLS][SEP]", "x[MASK]y", "[ CLS ]", "##", "##ing",
			"\u0378", "\uFFFF", "\u0870", "\u1E030",
	};

	private VariedTexts() {
	}

	/** Each fragment alone, then {@code count} random mixtures of fragments, ideographs and code points. */
	static List<String> generate(long seed, int count) {
		Random random = new Random(seed);
		List<String> texts = new ArrayList<>(List.of(FRAGMENTS));
		texts.add("");
		texts.add("   ");
		for (int i = 0; i < count; i++) {
			texts.add(mixture(random, 1 + random.nextInt(i % 10 == 0 ? 200 : 12)));
		}
		texts.add("申请人应当提交身份证明。".repeat(100));
		texts.add("The applicant shall submit the documents listed below ".repeat(40));
		texts.add("甲".repeat(509));
		texts.add("甲".repeat(510));
		texts.add("甲".repeat(511));
		texts.add("甲".repeat(509) + "tokenization");
		texts.add("甲".repeat(505) + "[MASK]" + "乙".repeat(10));
		return texts;
	}

	private static String mixture(Random random, int parts) {
		StringBuilder text = new StringBuilder();
		for (int part = 0; part < parts; part++) {
			switch (random.nextInt(8)) {
				case 0, 1 -> text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
				case 2 -> text.appendCodePoint(0x4E00 + random.nextInt(0x9FFF - 0x4E00 + 1));
				case 3 -> text.append(" \t\n\u3000".charAt(random.nextInt(4)));
				case 4 -> text.appendCodePoint(' ' + random.nextInt(95));
				case 5 -> text.appendCodePoint(random.nextBoolean() ? 0x1F300 + random.nextInt(0x300) : 0x20000 + random.nextInt(0xD000));
				case 6 -> text.appendCodePoint(0xFF01 + random.nextInt(0x5E));
				default -> text.appendCodePoint(anyCodePoint(random));
			}
		}
		return text.toString();
	}

	/** Any code point but an unpaired surrogate, which no real text sent to the model contains. */
	private static int anyCodePoint(Random random) {
		while (true) {
			int c = random.nextInt(Character.MAX_CODE_POINT + 1);
			if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
				return c;
			}
		}
	}

}
