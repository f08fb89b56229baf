package org.govassist.kb.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import org.govassist.kb.analysis.TokenStreamChecks.Analysis;
import org.govassist.kb.analysis.TokenStreamChecks.Token;
import org.junit.jupiter.api.Test;

class GovernmentAnalyzerTest {

	private static final GovernmentAnalyzer INDEXING = GovernmentAnalyzer.forIndexing();

	private static final GovernmentAnalyzer QUERY = GovernmentAnalyzer.forQuery();

	@Test
	void colloquialQuestionBecomesTheGuidesWordsWithOffsetsIntoTheTypedText() {
		assertThat(TokenStreamChecks.analyse(INDEXING, "身份证丢了咋补办").tokens()).containsExactly(
				new Token("身份证", 0, 3, 1, 1, "n"), new Token("丢了", 3, 5, 1, 1, "v"), new Token("怎么", 5, 6, 1, 1, "ry"),
				new Token("补办", 6, 8, 1, 1, "v"));
	}

	@Test
	void traditionalCharactersAndColloquialMaterialsQuestionAreUnderstood() {
		Analysis analysis = TokenStreamChecks.analyse(INDEXING, "换護照要帶啥");
		assertThat(analysis.terms()).containsExactly("换", "护照", "需要", "什么", "材料");
		assertThat(analysis.tokens().get(1)).isEqualTo(new Token("护照", 1, 3, 1, 1, "n"));
		assertThat(analysis.tokens().subList(2, 5)).allSatisfy(token -> {
			assertThat(token.start()).isBetween(3, 6);
			assertThat(token.end()).isBetween(3, 6);
		});
	}

	@Test
	void particlesAreDroppedAndTheGapIsKept() {
		assertThat(TokenStreamChecks.analyse(INDEXING, "刚离职公积金能取吗").terms()).containsExactly("刚", "离职", "公积金", "能", "取");
		assertThat(TokenStreamChecks.analyse(INDEXING, "你好我想办理异地就医备案").tokens()).first()
			.isEqualTo(new Token("想", 3, 4, 3, 1, "v"));
	}

	@Test
	void questionWordsAndIntentVerbsAreNotStopWords() {
		assertThat(GovernmentAnalyzer.stopWords()).contains("的", "了", "吗", "呢", "啊", "吧", "呀", "哦", "嘛", "请问", "你好", "我", "我们")
			.doesNotContain("怎么", "多少", "哪里", "什么", "换", "补", "办", "取");
		assertThat(TokenStreamChecks.analyse(INDEXING, "请问在哪里换").terms()).containsExactly("在哪里", "换");
	}

	@Test
	void fullWidthLatinAndDigitsAreIndexedAsLowerCaseHalfWidth() {
		assertThat(TokenStreamChecks.analyse(INDEXING, "ＡＢＣ１２３").tokens()).containsExactly(new Token("abc123", 0, 6, 1, 1, "nx"));
		assertThat(TokenStreamChecks.analyse(INDEXING, "ＡＢＣ　１２３").tokens()).containsExactly(new Token("abc", 0, 3, 1, 1, "nx"),
				new Token("123", 4, 7, 1, 1, "m"));
		assertThat(TokenStreamChecks.analyse(INDEXING, "在APP上办社保卡").terms()).containsExactly("在", "app", "上", "办", "社保卡");
	}

	@Test
	void textWithoutWordsGivesNoTokens() {
		for (String text : List.of("", "   ", "，。！？……", "😀🎉👍")) {
			assertThat(TokenStreamChecks.analyse(INDEXING, text).tokens()).as(text).isEmpty();
		}
		assertThat(TokenStreamChecks.analyse(INDEXING, "2024").terms()).containsExactly("2024");
	}

	@Test
	void queryWordsAreExpandedWithTheirSynonyms() {
		assertThat(TokenStreamChecks.analyse(QUERY, "驾照").terms()).contains("驾照", "驾驶证", "机动车驾驶证");
		assertThat(TokenStreamChecks.analyse(INDEXING, "驾照").terms()).containsExactly("驾照");
		assertThat(TokenStreamChecks.analyse(QUERY, "刚离职公积金能取吗").terms()).contains("辞职", "住房公积金");
		assertThat(TokenStreamChecks.analyse(QUERY, "驾照快到期了").terms()).contains("到期", "期满");
	}

	@Test
	void aQuestionFindsTheGuideThatUsesASynonym() throws IOException {
		assertThat(search("驾照过期了咋办", "机动车驾驶证有效期满换证", "居民身份证挂失补领", "租房提取住房公积金"))
			.isEqualTo("机动车驾驶证有效期满换证");
		assertThat(search("身份证弄丢了", "机动车驾驶证有效期满换证", "居民身份证遗失补领", "居民身份证换领"))
			.isEqualTo("居民身份证遗失补领");
	}

	/** Indexes the titles with the index analyzer and returns the best title for the question. */
	private static String search(String question, String... titles) throws IOException {
		try (Directory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(INDEXING))) {
				for (String title : titles) {
					Document document = new Document();
					document.add(new TextField("title", title, Field.Store.YES));
					writer.addDocument(document);
				}
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				Query query = new QueryBuilder(QUERY).createBooleanQuery("title", question);
				ScoreDoc[] hits = searcher.search(query, 1).scoreDocs;
				return hits.length == 0 ? null : searcher.storedFields().document(hits[0].doc).get("title");
			}
		}
	}

	@Test
	void indexedCompoundIsFollowedByItsParts() {
		assertThat(TokenStreamChecks.analyse(INDEXING, "住房公积金提取").tokens()).containsExactly(
				new Token("住房公积金", 0, 5, 1, 2, "n"), new Token("住房", 0, 2, 0, 1, "n"), new Token("公积金", 2, 5, 1, 1, "n"),
				new Token("提取", 5, 7, 1, 1, "v"));
		assertThat(TokenStreamChecks.analyse(GovernmentAnalyzer.forWords(), "住房公积金提取").terms()).containsExactly("住房公积金", "提取");
	}

	@Test
	void queryCompoundAlsoMatchesItsPartsInEitherOrder() throws IOException {
		assertThat(TokenStreamChecks.analyse(QUERY, "不动产登记").terms()).contains("不动产登记", "不动产", "登记");
		assertThat(search("不动产登记在哪办", "临江市不动产登记中心地址", "机动车登记证书补领")).isEqualTo("临江市不动产登记中心地址");
		assertThat(search("提取公积金", "住房公积金提取指南", "住房公积金缴存登记")).isEqualTo("住房公积金提取指南");
	}

	@Test
	void normalizeGivesTheIndexFormOfATerm() {
		assertThat(INDEXING.normalize("body", "ＡＢＣ護照").utf8ToString()).isEqualTo("abc护照");
	}

	@Test
	void randomTextKeepsEveryTokenStreamInvariant() {
		TokenStreamChecks.checkRandomText(INDEXING, 7L, 500, 60);
		TokenStreamChecks.checkRandomText(QUERY, 8L, 500, 60);
		TokenStreamChecks.checkRandomText(GovernmentAnalyzer.forWords(), 9L, 200, 60);
	}

	@Test
	void veryLongInputIsAnalysedToTheEnd() {
		String text = RandomText.of(new Random(3), 100_000);
		Analysis analysis = TokenStreamChecks.analyse(QUERY, text);
		assertThat(analysis.tokens()).isNotEmpty();
		assertThat(analysis.tokens().getLast().end()).isGreaterThan(text.length() - 200);
	}

	@Test
	void sharedAnalyzerGivesTheSameResultsOnSeveralThreads() throws Exception {
		Random random = new Random(11);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			texts.add(RandomText.of(random, random.nextInt(80)));
		}
		List<Analysis> expected = texts.stream().map(text -> TokenStreamChecks.analyse(QUERY, text)).toList();
		try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
			List<Future<List<Analysis>>> results = new ArrayList<>();
			for (int t = 0; t < 4; t++) {
				results.add(threads.submit(() -> texts.stream().map(text -> TokenStreamChecks.analyse(QUERY, text)).toList()));
			}
			for (Future<List<Analysis>> result : results) {
				assertThat(result.get()).isEqualTo(expected);
			}
		}
	}

}
