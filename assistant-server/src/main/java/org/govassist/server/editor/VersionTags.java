package org.govassist.server.editor;

import java.util.regex.Pattern;

import org.govassist.server.api.InvalidRequestException;
import org.springframework.http.HttpHeaders;

/**
 * The {@code ETag} and {@code If-Match} headers of what the editors save in versions (guides, the
 * lexicon): the version number in quotes, so that a save names the version it was based on.
 *
 * <p>Stateless and thread-safe.
 */
final class VersionTags {

	private static final Pattern VERSION = Pattern.compile("0|[1-9][0-9]{0,8}");

	private VersionTags() {
	}

	/** The {@code ETag} of a version: {@code "3"}. */
	static String etag(int version) {
		return "\"" + version + "\"";
	}

	/**
	 * The version an {@code If-Match} names: {@code "3"}, also weak or unquoted.
	 *
	 * @param ifMatch the header, or {@code null}
	 * @param lowest the lowest version there is (0 where 0 stands for "before the first save")
	 * @return the version, or {@code null} without a header
	 * @throws InvalidRequestException where the header names no version from {@code lowest} on
	 */
	static Integer fromIfMatch(String ifMatch, int lowest) {
		if (ifMatch == null || ifMatch.isBlank()) {
			return null;
		}
		String value = ifMatch.strip();
		if (value.startsWith("W/")) {
			value = value.substring(2);
		}
		value = value.replace("\"", "");
		if (VERSION.matcher(value).matches() && Integer.parseInt(value) >= lowest) {
			return Integer.valueOf(value);
		}
		throw new InvalidRequestException(HttpHeaders.IF_MATCH, "应为 GET 返回的 ETag 版本号，如 \"3\"");
	}

}
