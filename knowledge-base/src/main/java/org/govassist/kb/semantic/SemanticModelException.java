package org.govassist.kb.semantic;

/**
 * The sentence-embedding model or its tokenizer could not be loaded or run: a resource is missing
 * from the classpath, its content is not what this package understands, or ONNX Runtime failed.
 * The message says which and what to check.
 *
 * <p>Unchecked, because a server that relies on the model cannot do anything better than stop
 * with this message.
 */
public final class SemanticModelException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public SemanticModelException(String message) {
		super(message);
	}

	public SemanticModelException(String message, Throwable cause) {
		super(message, cause);
	}

}
