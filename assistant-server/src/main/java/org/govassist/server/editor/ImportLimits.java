package org.govassist.server.editor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The limits of one import request, JSON or CSV, and the bounded reading of its body.
 *
 * <p>Thread-safe: static methods only.
 */
final class ImportLimits {

	/** The largest body of an import request: 16 MiB. */
	static final int MAX_BYTES = 16 * 1024 * 1024;

	/** The most guides (array elements, CSV data rows) one import request may hold. */
	static final int MAX_GUIDES = 2000;

	private ImportLimits() {
	}

	/**
	 * Reads a request's body, refusing it as soon as it is larger than {@link #MAX_BYTES}.
	 *
	 * @param request the request
	 * @return the body
	 * @throws ErrorResponseException 413 when the body is too large
	 */
	static byte[] body(HttpServletRequest request) {
		if (request.getContentLengthLong() > MAX_BYTES) {
			throw tooLarge();
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes(MAX_BYTES + 1);
			if (body.length > MAX_BYTES) {
				throw tooLarge();
			}
			return body;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ErrorResponseException tooLarge() {
		return GuideEditor.problem(HttpStatus.CONTENT_TOO_LARGE,
				"导入内容超过 " + MAX_BYTES / (1024 * 1024) + " MiB；请分成几次导入。");
	}

}
