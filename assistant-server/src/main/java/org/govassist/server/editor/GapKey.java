package org.govassist.server.editor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

import org.govassist.kb.analysis.ChineseNormalizer;
import org.govassist.kb.analysis.ColloquialRewrites;

/**
 * The group of the gap inbox a question belongs to. Questions are grouped when they name the same
 * things: the same set of content terms as the engine matches them (normalised, synonyms folded
 * to one term, section cues and question words left out), in any order. So "身份证丢了咋补办？",
 * "身份证丢了 怎么补办" and "补办丢了的身份证" are one group. A question without content terms
 * is grouped by its normalised text: full-width forms, traditional characters and upper case
 * folded, colloquial words rewritten (咋 → 怎么, 啥 → 什么), and every punctuation mark and space
 * dropped.
 *
 * <p>Thread-safe.
 */
final class GapKey {

	private static final ColloquialRewrites REWRITES = ColloquialRewrites.bundled();

	/** Hex digits of a group's id: 64 bits of the hash, enough to keep groups apart. */
	private static final int LENGTH = 16;

	private GapKey() {
	}

	/**
	 * @param text a question, masked
	 * @return the normalised text, empty when nothing is left
	 */
	static String normalize(String text) {
		return REWRITES.rewrite(ChineseNormalizer.normalize(text)).replaceAll("\\s+", "");
	}

	/**
	 * @param text a question, masked
	 * @param terms its content terms, as {@link org.govassist.kb.ConsultationEngine#terms} gives them
	 * @return the id of its group: 16 hex digits of the SHA-256 of the sorted distinct terms, or of
	 *         the normalised text when there are none
	 */
	static String of(String text, List<String> terms) {
		String key = terms.isEmpty() ? normalize(text) : "terms:" + String.join(" ", new TreeSet<>(terms));
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash).substring(0, LENGTH);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

}
