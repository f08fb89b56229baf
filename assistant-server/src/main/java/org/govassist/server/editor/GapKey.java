package org.govassist.server.editor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.govassist.kb.analysis.ChineseNormalizer;
import org.govassist.kb.analysis.ColloquialRewrites;

/**
 * The group of the gap inbox a question belongs to. Questions are grouped when their normalised
 * texts are equal: full-width forms, traditional characters and upper case folded, colloquial
 * words rewritten (咋 → 怎么, 啥 → 什么), and every punctuation mark and space dropped. So
 * "身份证丢了咋补办？" and "身份证丢了怎么补办" are one group; different wordings of one need stay
 * apart, which keeps the grouping predictable.
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
	 * @return the id of its group: 16 hex digits of the SHA-256 of the normalised text
	 */
	static String of(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(normalize(text).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash).substring(0, LENGTH);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

}
