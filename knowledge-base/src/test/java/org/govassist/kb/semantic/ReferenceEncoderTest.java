package org.govassist.kb.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;

/**
 * The project's encoder against LangChain4j's wrapper of the same model file, which tokenizes with
 * the HuggingFace library: both must give the same vectors.
 */
class ReferenceEncoderTest {

	private static final List<String> TEXTS = List.of(
			"居民身份证挂失补领", "身份证丢了怎么补办", "结婚登记", "我爸走了他的房子咋过户", "继承不动产转移登记",
			"住房公积金提取需要什么材料？", "公积金离职提取", "公积金退休提取", "租房提取住房公积金",
			"机动车驾驶证换证", "驾照快到期了去哪换", "新生儿出生登记", "孩子刚生下来要办什么手续",
			"企业设立登记（有限责任公司）", "个体工商户营业执照注销", "失业保险金申领", "失业了能领钱吗",
			"臺灣居民來往大陸通行證換發", "ＡＢＣ１２３　全角字符", "办理时限：20个工作日；收费标准：不收费",
			"https://www.gov.cn/banshi 在线办理", "WeChat 小程序 tokenization", "医保卡😀丢了咋整",
			"𠀀𪚥 生僻字姓名户口登记", "申请人应当提交身份证明、户口簿和近期免冠照片。".repeat(12),
			"社保卡补办要多久", "港澳通行证再次签注", "残疾人证申领", "老年人优待证办理", "法律援助申请",
			"个人所得税汇算清缴", "出入境记录查询", "不动产权证书遗失补发", "房屋租赁登记备案",
			"?", "…", "A");

	private static SentenceEncoder encoder;

	private static EmbeddingModel reference;

	@BeforeAll
	static void load() {
		// Also set by the build; repeated so the test stays offline when run on its own.
		System.setProperty("ai.djl.offline", "true");
		encoder = SentenceEncoder.loadBundled();
		reference = new BgeSmallZhV15QuantizedEmbeddingModel();
	}

	@AfterAll
	static void close() {
		encoder.close();
	}

	@Test
	void passagesGetTheReferenceVectors() {
		List<float[]> vectors = encoder.embedPassages(TEXTS);

		for (int i = 0; i < TEXTS.size(); i++) {
			assertThat(SentenceEncoder.cosine(vectors.get(i), referenceVector(TEXTS.get(i)))).as(TEXTS.get(i)).isGreaterThan(0.9999);
		}
	}

	@Test
	void queriesGetTheReferenceVectorsOfThePrefixedText() {
		for (String text : TEXTS.subList(0, 12)) {
			assertThat(SentenceEncoder.cosine(encoder.embedQuery(text), referenceVector(SentenceEncoder.QUERY_PREFIX + text)))
					.as(text)
					.isGreaterThan(0.9999);
		}
	}

	private static float[] referenceVector(String text) {
		return reference.embed(text).content().vector();
	}

}
