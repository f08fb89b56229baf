package org.govassist.server.knowledge;

import java.nio.file.Path;
import java.util.List;

import org.govassist.kb.ConsultationEngine;
import org.govassist.kb.TextEmbedder;
import org.govassist.kb.analysis.Lexicon;
import org.govassist.kb.guide.Guide;
import org.govassist.kb.semantic.SentenceEncoder;
import org.govassist.server.system.AssistantProperties;
import org.govassist.server.system.RetrievalProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Brings the knowledge base up at start-up: imports the seed into the database, then builds the
 * {@link ConsultationEngine} from the guides published there, with the bundled lexicon and the
 * editors' additions in force.
 */
@Configuration(proxyBeanMethods = false)
class KnowledgeConfiguration {

	private static final Logger log = LoggerFactory.getLogger(KnowledgeConfiguration.class);

	/** Where the guides' sentence vectors are kept between starts, under the data folder. */
	static final Path VECTOR_CACHE = Path.of("vectors", "bge-small-zh-v1.5-q.bin");

	private static final int WARM_UP_ROUNDS = 3;

	private static final int WARM_UP_GUIDES = 200;

	@Bean(destroyMethod = "close")
	@ConditionalOnBooleanProperty(name = "assistant.retrieval.semantic.enabled", matchIfMissing = true)
	SentenceEncoder sentenceEncoder() {
		long start = System.nanoTime();
		SentenceEncoder encoder = SentenceEncoder.loadBundled();
		log.info("Sentence-embedding model loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
		return encoder;
	}

	@Bean
	ConsultationEngine consultationEngine(SeedLoader seedLoader, SeedImporter importer, GuideStore store,
			GuideJson json, RetrievalProperties retrieval, AssistantProperties assistant,
			ObjectProvider<SentenceEncoder> encoder, LexiconStore lexicons) {
		Seed seed = seedLoader.load();
		ImportResult result = importer.importSeed(seed);
		List<Guide> published = store.publishedContents().stream().map(json::read).toList();
		log.info("Knowledge base: {} guides (created {}, updated {}, unchanged {}, withdrawn {}) from {}",
				published.size(), result.created(), result.updated(), result.unchanged(), result.withdrawn(),
				seed.source());
		long start = System.nanoTime();
		SentenceEncoder model = encoder.getIfAvailable();
		TextEmbedder embedder = model == null ? null
				: new VectorCache(model, assistant.dataDir().resolve(VECTOR_CACHE), model.dimensions());
		LexiconStore.StoredLexicon lexicon = lexicons.current();
		ConsultationEngine engine = ConsultationEngine.open(retrieval.engineSettings(), published, embedder,
				lexicon.additions().applyTo(Lexicon.bundled()));
		log.info("Lexicon: the bundled one with the editors' version {} ({} words, {} synonym groups added)",
				lexicon.version(), lexicon.additions().words().size(), lexicon.additions().synonymGroups().size());
		String retrievalKind = model == null ? "lexical" : "hybrid (BM25 and sentence embeddings)";
		log.info("Retrieval: {}, index built in {} ms", retrievalKind, (System.nanoTime() - start) / 1_000_000);
		if (retrieval.warmUp()) {
			warmUp(engine, published);
		}
		return engine;
	}

	/**
	 * Asks the engine the guides' own titles and aliases, so that the first citizens meet code the
	 * JIT compiler has already optimised: a cold server answers several times slower, and a burst
	 * of questions then piles up faster than it is answered.
	 */
	private static void warmUp(ConsultationEngine engine, List<Guide> guides) {
		long start = System.nanoTime();
		int asked = 0;
		for (int round = 0; round < WARM_UP_ROUNDS; round++) {
			for (Guide guide : guides.subList(0, Math.min(guides.size(), WARM_UP_GUIDES))) {
				engine.ask(guide.title(), null);
				for (String alias : guide.aliases()) {
					engine.ask(alias + "要带什么材料", guide.id());
					asked += 1;
				}
				asked += 1;
			}
		}
		log.info("Engine warmed up with {} questions in {} ms", asked, (System.nanoTime() - start) / 1_000_000);
	}

}
