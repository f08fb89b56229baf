package org.govassist.server.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A bearer secret, such as the token that resumes a conversation or the one a login issues: 32
 * random bytes, base64url without padding. Only its SHA-256 hash is stored, so that a leaked
 * database lets no one act with the tokens it lists.
 *
 * <p>Thread-safe.
 */
public final class BearerToken {

	private static final SecureRandom RANDOM = new SecureRandom();

	private BearerToken() {
	}

	/**
	 * A new random token.
	 *
	 * @return 43 characters of base64url
	 */
	public static String generate() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * The hash stored for a token.
	 *
	 * @param token the token as the client holds it
	 * @return its SHA-256, 64 lower-case hex digits
	 */
	public static String hash(String token) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
