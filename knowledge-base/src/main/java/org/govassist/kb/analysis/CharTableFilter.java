package org.govassist.kb.analysis;

import java.io.IOException;
import java.io.Reader;

import org.apache.lucene.analysis.CharFilter;

/**
 * A char filter that replaces every UTF-16 unit by exactly one other through a table. Because the
 * text keeps its length, offsets need no correction: each character of the output stands where its
 * source stood.
 *
 * <p>Not thread-safe, like every reader; the table is shared and never written after construction.
 */
final class CharTableFilter extends CharFilter {

	private final char[] table;

	CharTableFilter(Reader input, char[] table) {
		super(input);
		this.table = table;
	}

	@Override
	public int read(char[] cbuf, int off, int len) throws IOException {
		int read = input.read(cbuf, off, len);
		for (int i = off; i < off + read; i++) {
			cbuf[i] = table[cbuf[i]];
		}
		return read;
	}

	@Override
	protected int correct(int currentOff) {
		return currentOff;
	}

}
