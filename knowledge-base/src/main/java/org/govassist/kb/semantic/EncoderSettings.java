package org.govassist.kb.semantic;

/**
 * How many threads a {@link SentenceEncoder} uses.
 *
 * @param intraOpThreads the threads ONNX Runtime may use within the embedding of one text; one
 *        keeps concurrent requests from competing for the same cores
 * @param passageThreads the texts {@link SentenceEncoder#embedPassages} embeds at the same time
 */
public record EncoderSettings(int intraOpThreads, int passageThreads) {

	/** One thread per text, and as many texts at once as there are processors. */
	public static final EncoderSettings DEFAULTS = new EncoderSettings(1, Runtime.getRuntime().availableProcessors());

	public EncoderSettings {
		if (intraOpThreads < 1) {
			throw new IllegalArgumentException("intraOpThreads must be at least 1, not " + intraOpThreads);
		}
		if (passageThreads < 1) {
			throw new IllegalArgumentException("passageThreads must be at least 1, not " + passageThreads);
		}
	}

}
