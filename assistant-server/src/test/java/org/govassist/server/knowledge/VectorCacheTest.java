package org.govassist.server.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.govassist.kb.TextEmbedder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VectorCacheTest {

	@TempDir
	Path dataDir;

	/** A model whose vectors are easy to check: the text's length, repeated; counts what it embeds. */
	static class CountingModel implements TextEmbedder {

		final List<String> embedded = new ArrayList<>();

		@Override
		public float[] embedQuery(String question) {
			return new float[] { -1, -1 };
		}

		@Override
		public synchronized List<float[]> embedPassages(List<String> passages) {
			embedded.addAll(passages);
			return passages.stream().map(text -> new float[] { text.length(), text.length() }).toList();
		}

	}

	@Test
	void aRestartEmbedsOnlyTheTextsItHasNotSeen() {
		Path file = dataDir.resolve("vectors/model.bin");
		CountingModel first = new CountingModel();
		new VectorCache(first, file, 2).embedPassages(List.of("身份证", "护照补办"));

		CountingModel second = new CountingModel();
		List<float[]> vectors = new VectorCache(second, file, 2).embedPassages(List.of("护照补办", "居住证申领", "身份证"));

		assertThat(second.embedded).containsExactly("居住证申领");
		assertThat(vectors).extracting(vector -> vector[0]).containsExactly(4f, 5f, 3f);
	}

	@Test
	void questionsAreNeverCached() {
		CountingModel model = new CountingModel();
		VectorCache cache = new VectorCache(model, dataDir.resolve("v.bin"), 2);
		assertThat(cache.embedQuery("身份证")).containsExactly(-1, -1);
		assertThat(cache.size()).isZero();
	}

	@Test
	void aRecordCutShortByACrashIsDroppedAndLaterRecordsStillLineUp() throws IOException {
		Path file = dataDir.resolve("v.bin");
		new VectorCache(new CountingModel(), file, 2).embedPassages(List.of("身份证"));
		Files.write(file, new byte[] { 1, 2, 3, 4, 5 }, StandardOpenOption.APPEND);

		new VectorCache(new CountingModel(), file, 2).embedPassages(List.of("驾驶证换证"));
		CountingModel third = new CountingModel();
		VectorCache reread = new VectorCache(third, file, 2);

		assertThat(reread.size()).isEqualTo(2);
		assertThat(reread.embedPassages(List.of("身份证", "驾驶证换证"))).extracting(vector -> vector[0]).containsExactly(3f, 5f);
		assertThat(third.embedded).isEmpty();
	}

	@Test
	void vectorsOfAnotherModelSizeAreSetAside() {
		Path file = dataDir.resolve("v.bin");
		new VectorCache(new CountingModel(), file, 2).embedPassages(List.of("身份证"));

		CountingModel wider = new CountingModel() {
			@Override
			public synchronized List<float[]> embedPassages(List<String> passages) {
				embedded.addAll(passages);
				return passages.stream().map(text -> new float[] { 1, 2, 3 }).toList();
			}
		};
		VectorCache cache = new VectorCache(wider, file, 3);

		assertThat(cache.size()).isZero();
		assertThat(cache.embedPassages(List.of("身份证")).get(0)).containsExactly(1, 2, 3);
		assertThat(wider.embedded).containsExactly("身份证");
		assertThat(dataDir.resolve("v.bin.old")).exists();
	}

}
