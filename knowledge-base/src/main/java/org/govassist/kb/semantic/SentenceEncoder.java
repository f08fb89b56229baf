package org.govassist.kb.semantic;

import org.govassist.kb.TextEmbedder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;

/**
 * The in-process Chinese sentence encoder: bge-small-zh-v1.5 (quantized) run by ONNX Runtime.
 * It maps a text to a unit-length vector such that texts with similar meaning have a high
 * {@link #cosine}, whatever words they use.
 *
 * <p>Load it once with {@link #loadBundled()} at start-up (about half a second; the model comes
 * from the classpath, nothing is downloaded, nothing is written but ONNX Runtime's native library
 * in the temp folder) and {@link #close()} it at shutdown. Embed what a user asks with
 * {@link #embedQuery}, which adds the model's retrieval instruction {@link #QUERY_PREFIX}, and what
 * is searched (guide titles, aliases, FAQ questions) with {@link #embedPassage} or, for many at
 * once, {@link #embedPassages}. Texts longer than the model takes are truncated. Every text, empty
 * or symbol-only included, gets a vector; callers that should not consult the model for such input
 * skip it themselves.
 *
 * <p>A text always gets the same vector, alone or among others: each text runs through the model
 * on its own, because the quantized model scales its activations over everything in one run, so
 * batching texts together would shift each one's vector (cosine to the unbatched one down to 0.989 on the demo guides).
 *
 * <p>Thread-safe: any number of threads may embed at once. See {@link EncoderSettings} for the
 * threads it uses itself.
 */
public final class SentenceEncoder implements TextEmbedder, AutoCloseable {

	/** The instruction bge-small-zh-v1.5 expects before a short query that is matched against passages. */
	public static final String QUERY_PREFIX = "为这个句子生成表示以用于检索相关文章：";

	private static final String INPUT_IDS = "input_ids";

	private static final String ATTENTION_MASK = "attention_mask";

	private static final String TOKEN_TYPE_IDS = "token_type_ids";

	private static final AtomicInteger WORKER_NUMBER = new AtomicInteger();

	private final OrtEnvironment environment;

	private final OrtSession session;

	private final WordPieceTokenizer tokenizer;

	private final int passageThreads;

	private final boolean takesTokenTypes;

	/** Only the last hidden state, so that ONNX Runtime computes no other output. */
	private final Set<String> requestedOutputs;

	private final int dimensions;

	private SentenceEncoder(OrtEnvironment environment, OrtSession session, WordPieceTokenizer tokenizer, int passageThreads)
			throws OrtException {
		this.environment = environment;
		this.session = session;
		this.tokenizer = tokenizer;
		this.passageThreads = passageThreads;
		Set<String> inputs = session.getInputNames();
		if (!inputs.contains(INPUT_IDS) || !inputs.contains(ATTENTION_MASK)) {
			throw new SemanticModelException("the sentence-embedding model takes " + inputs + ", not " + INPUT_IDS + " and " + ATTENTION_MASK);
		}
		this.takesTokenTypes = inputs.contains(TOKEN_TYPE_IDS);
		Map.Entry<String, NodeInfo> output = session.getOutputInfo().entrySet().iterator().next();
		this.requestedOutputs = Set.of(output.getKey());
		this.dimensions = hiddenSize(output.getValue());
	}

	/**
	 * Loads the bundled model with the {@link EncoderSettings#DEFAULTS default threads}.
	 *
	 * @throws SemanticModelException if the model or its tokenizer is missing from the classpath, or
	 *         ONNX Runtime cannot load it on this platform
	 */
	public static SentenceEncoder loadBundled() {
		return loadBundled(EncoderSettings.DEFAULTS);
	}

	/**
	 * Loads the bundled model.
	 *
	 * @param settings the threads to use
	 * @throws SemanticModelException if the model or its tokenizer is missing from the classpath, or
	 *         ONNX Runtime cannot load it on this platform
	 */
	public static SentenceEncoder loadBundled(EncoderSettings settings) {
		Objects.requireNonNull(settings, "settings");
		return load(BundledModel.read(BundledModel.MODEL_RESOURCE), WordPieceTokenizer.bundled(), settings);
	}

	/** Loads an ONNX BERT model given as bytes, which ONNX Runtime reads without any file. */
	static SentenceEncoder load(byte[] model, WordPieceTokenizer tokenizer, EncoderSettings settings) {
		OrtSession session = null;
		try {
			OrtEnvironment environment = OrtEnvironment.getEnvironment();
			try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
				options.setIntraOpNumThreads(settings.intraOpThreads());
				options.setInterOpNumThreads(1);
				options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
				options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
				session = environment.createSession(model, options);
			}
			return new SentenceEncoder(environment, session, tokenizer, settings.passageThreads());
		}
		catch (OrtException | LinkageError | RuntimeException e) {
			closeQuietly(session, e);
			if (e instanceof SemanticModelException semantic) {
				throw semantic;
			}
			throw new SemanticModelException("ONNX Runtime cannot load the sentence-embedding model: " + e, e);
		}
	}

	/**
	 * The vector of a user's question: {@link #QUERY_PREFIX} and {@code text}, unit length.
	 *
	 * @param text the question as asked
	 */
	@Override
	public float[] embedQuery(String text) {
		return embedPassage(QUERY_PREFIX + Objects.requireNonNull(text, "text"));
	}

	/**
	 * The vector of a text that questions are matched against, unit length.
	 *
	 * @param text a guide title, alias, FAQ question or any other passage
	 */
	public float[] embedPassage(String text) {
		return embed(tokenizer.encode(Objects.requireNonNull(text, "text")));
	}

	/**
	 * The vectors of many passages, in their order: the same vectors as {@link #embedPassage} one by
	 * one, computed on {@link EncoderSettings#passageThreads} threads at once.
	 *
	 * @param texts the passages
	 * @return one unit-length vector per text
	 */
	@Override
	public List<float[]> embedPassages(List<String> texts) {
		texts.forEach(text -> Objects.requireNonNull(text, "a text to embed is null"));
		float[][] vectors = new float[texts.size()][];
		AtomicInteger next = new AtomicInteger();
		Runnable worker = () -> {
			for (int i = next.getAndIncrement(); i < vectors.length; i = next.getAndIncrement()) {
				vectors[i] = embedPassage(texts.get(i));
			}
		};
		int workers = Math.min(passageThreads, texts.size());
		if (workers <= 1) {
			worker.run();
		}
		else {
			runOnThreads(worker, workers);
		}
		return List.of(vectors);
	}

	/** The length of every vector: 512. */
	public int dimensions() {
		return dimensions;
	}

	/**
	 * The cosine similarity of two vectors of this encoder, from -1 to 1: since they have unit length,
	 * their dot product.
	 */
	public static double cosine(float[] a, float[] b) {
		if (a.length != b.length) {
			throw new IllegalArgumentException("vectors of different lengths: " + a.length + " and " + b.length);
		}
		double dot = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
		}
		return dot;
	}

	/** Releases the model's native memory. Embedding afterwards fails. */
	@Override
	public void close() {
		try {
			session.close();
		}
		catch (OrtException e) {
			throw new SemanticModelException("cannot close the sentence-embedding model: " + e.getMessage(), e);
		}
	}

	/** Runs one text's token ids through the model; its [CLS] vector, normalised. */
	private float[] embed(int[] tokens) {
		long[] ids = new long[tokens.length];
		long[] mask = new long[tokens.length];
		for (int i = 0; i < tokens.length; i++) {
			ids[i] = tokens[i];
			mask[i] = 1;
		}
		long[] shape = {1, tokens.length};
		Map<String, OnnxTensor> inputs = new HashMap<>();
		try {
			inputs.put(INPUT_IDS, OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape));
			inputs.put(ATTENTION_MASK, OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape));
			if (takesTokenTypes) {
				inputs.put(TOKEN_TYPE_IDS, OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[tokens.length]), shape));
			}
			try (OrtSession.Result result = session.run(inputs, requestedOutputs)) {
				return clsVector((OnnxTensor) result.get(0));
			}
		}
		catch (OrtException e) {
			throw new SemanticModelException("the sentence-embedding model failed: " + e.getMessage(), e);
		}
		finally {
			inputs.values().forEach(OnnxTensor::close);
		}
	}

	/** bge pools by taking the hidden state of the first token, [CLS]. */
	private float[] clsVector(OnnxTensor hiddenStates) {
		FloatBuffer hidden = hiddenStates.getFloatBuffer();
		float[] vector = new float[dimensions];
		hidden.get(0, vector);
		double sum = 0;
		for (float value : vector) {
			sum += value * value;
		}
		double norm = Math.sqrt(sum);
		if (norm > 0) {
			for (int i = 0; i < vector.length; i++) {
				vector[i] = (float) (vector[i] / norm);
			}
		}
		return vector;
	}

	private static void runOnThreads(Runnable worker, int threads) {
		ThreadFactory factory = runnable -> {
			Thread thread = new Thread(runnable, "sentence-encoder-" + WORKER_NUMBER.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
		try (ExecutorService pool = Executors.newFixedThreadPool(threads, factory)) {
			for (Future<Object> done : pool.invokeAll(Collections.nCopies(threads, Executors.callable(worker)))) {
				done.get();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new SemanticModelException("interrupted while embedding passages", e);
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new SemanticModelException("embedding passages failed: " + e.getCause(), e.getCause());
		}
	}

	private static int hiddenSize(NodeInfo output) {
		if (output.getInfo() instanceof TensorInfo tensor && tensor.getShape().length == 3 && tensor.getShape()[2] > 0) {
			return (int) tensor.getShape()[2];
		}
		throw new SemanticModelException("the sentence-embedding model's output " + output.getName()
				+ " is not a [batch, tokens, hidden] tensor: " + output.getInfo());
	}

	private static void closeQuietly(OrtSession session, Throwable failure) {
		if (session != null) {
			try {
				session.close();
			}
			catch (OrtException e) {
				failure.addSuppressed(e);
			}
		}
	}

}
