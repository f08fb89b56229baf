package org.govassist.server.knowledge;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.channels.FileChannel;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.govassist.kb.TextEmbedder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link TextEmbedder} that keeps the vectors of passages in a file under the data folder, so
 * that a restart embeds only the guide texts that are new or changed. Questions are never cached.
 *
 * <p>The file is a sequence of records, each the SHA-256 of a text followed by its vector. It is
 * only appended to; a record cut short by a crash is ignored when the file is read again. A file
 * written by a model of another size is set aside and started afresh.
 *
 * <p>Thread-safe.
 */
final class VectorCache implements TextEmbedder {

	private static final Logger log = LoggerFactory.getLogger(VectorCache.class);

	private final TextEmbedder model;

	private final Path file;

	private final int dimensions;

	private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

	VectorCache(TextEmbedder model, Path file, int dimensions) {
		this.model = model;
		this.file = file;
		this.dimensions = dimensions;
		load();
	}

	@Override
	public float[] embedQuery(String question) {
		return model.embedQuery(question);
	}

	@Override
	public List<float[]> embedPassages(List<String> passages) {
		List<String> keys = passages.stream().map(VectorCache::key).toList();
		List<String> missing = new ArrayList<>();
		List<String> missingKeys = new ArrayList<>();
		for (int i = 0; i < passages.size(); i++) {
			if (!vectors.containsKey(keys.get(i)) && !missingKeys.contains(keys.get(i))) {
				missing.add(passages.get(i));
				missingKeys.add(keys.get(i));
			}
		}
		if (!missing.isEmpty()) {
			List<float[]> computed = model.embedPassages(missing);
			append(missingKeys, computed);
			for (int i = 0; i < missing.size(); i++) {
				vectors.put(missingKeys.get(i), computed.get(i));
			}
		}
		return keys.stream().map(vectors::get).toList();
	}

	/** How many passage vectors the cache holds. */
	int size() {
		return vectors.size();
	}

	private void load() {
		if (!Files.exists(file)) {
			return;
		}
		try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
			if (in.readInt() != dimensions) {
				log.info("Vector cache {} was written by another model; starting afresh", file);
				in.close();
				Files.move(file, file.resolveSibling(file.getFileName() + ".old"),
						StandardCopyOption.REPLACE_EXISTING);
				return;
			}
			byte[] digest = new byte[32];
			while (true) {
				in.readFully(digest);
				float[] vector = new float[dimensions];
				for (int i = 0; i < dimensions; i++) {
					vector[i] = in.readFloat();
				}
				vectors.put(HexFormat.of().formatHex(digest), vector);
			}
		}
		catch (EOFException endOrCutShort) {
			log.info("Vector cache {}: {} passage vectors", file, vectors.size());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the vector cache " + file, ex);
		}
		dropCutShortRecord();
	}

	/** Cuts off a record a crash left half written, so that later records line up. */
	private void dropCutShortRecord() {
		long whole = Integer.BYTES + (long) vectors.size() * (32 + (long) Float.BYTES * dimensions);
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			if (channel.size() > whole) {
				channel.truncate(whole);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot repair the vector cache " + file, ex);
		}
	}

	private synchronized void append(List<String> keys, List<float[]> computed) {
		try {
			Files.createDirectories(file.getParent());
			boolean fresh = !Files.exists(file) || Files.size(file) == 0;
			try (OutputStream raw = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
					DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw))) {
				if (fresh) {
					out.writeInt(dimensions);
				}
				for (int i = 0; i < keys.size(); i++) {
					out.write(HexFormat.of().parseHex(keys.get(i)));
					for (float value : computed.get(i)) {
						out.writeFloat(value);
					}
				}
			}
		}
		catch (IOException ex) {
			// The cache only saves work at the next start; answering goes on without it.
			log.warn("Cannot write the vector cache {}: {}", file, ex.getMessage());
		}
	}

	private static String key(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", ex);
		}
	}

}
