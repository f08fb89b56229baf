package org.govassist.kb.analysis;

import java.util.Random;

/** Random texts for consistency checks: Chinese, ASCII, spaces, punctuation, emoji, supplementary ideographs. */
final class RandomText {

	private static final String[] WORDS = { "身份证", "公积金", "社保卡", "换领", "补办", "居住证", "怎么", "多少钱", "咋", "啥", "弄堂", "護照",
			"ＡＢＣ", "１２３", "2024年", "abc123", "弄", "娃", "哪儿弄", "要带啥" };

	private static final String PUNCTUATION = "，。！？、；：“”‘’（）《》【】…—·,.!?;:'\"()[]{}<>-_/\\@#%&*+=~";

	private RandomText() {
	}

	static String of(Random random, int length) {
		StringBuilder text = new StringBuilder(length + 8);
		while (text.length() < length) {
			switch (random.nextInt(10)) {
				case 0, 1, 2 -> text.append((char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00)));
				case 3 -> text.append(WORDS[random.nextInt(WORDS.length)]);
				case 4 -> text.append((char) (' ' + random.nextInt(95)));
				case 5 -> text.append(" \t\n\u3000\u00a0".charAt(random.nextInt(5)));
				case 6 -> text.append(PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length())));
				case 7 -> text.appendCodePoint(random.nextBoolean() ? 0x1F600 + random.nextInt(80) : 0x20000 + random.nextInt(0xA6D6));
				case 8 -> text.append((char) ('0' + random.nextInt(10)));
				default -> text.appendCodePoint(anyCodePoint(random));
			}
		}
		return text.toString();
	}

	/** Any assigned-or-not code point except unpaired surrogates. */
	private static int anyCodePoint(Random random) {
		while (true) {
			int c = random.nextInt(Character.MAX_CODE_POINT + 1);
			if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
				return c;
			}
		}
	}

}
