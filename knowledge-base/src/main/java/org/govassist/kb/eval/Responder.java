package org.govassist.kb.eval;

/**
 * A question-answering system under evaluation: the consultation engine or a baseline, built
 * over one knowledge base.
 *
 * <p>Implementations are safe for use by several threads at once, so that throughput can be
 * measured with more than one.
 */
interface Responder extends AutoCloseable {

	/** The name shown in result tables, e.g. {@code engine} or {@code bm25-cjk}. */
	String name();

	/**
	 * Replies to a question asked at the start of a conversation.
	 *
	 * @param question the citizen's words
	 * @return the reply, never {@code null}
	 */
	Response respond(String question);

	/** Releases the system's index; unchecked so that callers need no try blocks of their own. */
	@Override
	void close();

}
