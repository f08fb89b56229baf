package org.govassist.kb.guide;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes guide files, which are UTF-8, strictly: a byte that is not UTF-8 is an error with a
 * line and column, where a lenient decoder would silently turn it into U+FFFD. A leading byte
 * order mark is dropped.
 *
 * <p>Decoding before parsing also makes the parser count columns in characters rather than in
 * bytes, which matters for Chinese text.
 */
final class Utf8 {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private Utf8() {
	}

	/** Bytes that are not UTF-8, and where the first such byte stands. */
	static final class MalformedException extends Exception {

		private static final long serialVersionUID = 1L;

		private final transient SourcePosition position;

		MalformedException(String message, SourcePosition position) {
			super(message);
			this.position = position;
		}

		SourcePosition position() {
			return position;
		}

	}

	static String decode(byte[] bytes) throws MalformedException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		// UTF-8 never decodes to more UTF-16 units than it has bytes.
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		out.flip();
		String text = out.toString();
		if (result.isError()) {
			throw new MalformedException(
					"not UTF-8 text: byte 0x%02X does not belong there".formatted(bytes[in.position()] & 0xFF),
					positionAfter(withoutByteOrderMark(text)));
		}
		return withoutByteOrderMark(text);
	}

	/** The text without a leading byte order mark, which is not part of the JSON. */
	static String withoutByteOrderMark(String text) {
		return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
	}

	/** The position of the character that would follow some text. */
	private static SourcePosition positionAfter(String text) {
		int lineStart = text.lastIndexOf('\n') + 1;
		int line = 1 + (int) text.chars().filter(c -> c == '\n').count();
		return new SourcePosition(line, text.length() - lineStart + 1);
	}

}
