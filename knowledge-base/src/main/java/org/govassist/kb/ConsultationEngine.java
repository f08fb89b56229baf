package org.govassist.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

import org.govassist.kb.analysis.Lexicon;
import org.govassist.kb.guide.Guide;
import org.govassist.kb.retrieval.Decider;
import org.govassist.kb.retrieval.Explainer;
import org.govassist.kb.retrieval.Retrieval;

/**
 * The consultation engine: finds the service guide a citizen's question is about and decides
 * whether to answer, to ask which of a few close matters was meant, or to admit it cannot help.
 *
 * <p>A question is normalised (width, traditional characters, colloquial words), segmented with
 * HanLP and a government-domain dictionary, folded through a synonym lexicon, searched with BM25
 * in a Lucene index of the guides, reranked by how well each guide's question-like texts cover it,
 * and given a calibrated confidence that the thresholds of {@link EngineSettings} act on.
 *
 * <p>The vocabulary (domain dictionary and synonym groups) is a {@link Lexicon}, the bundled one
 * unless another is given; {@link #useLexicon(Lexicon)} replaces it while the engine serves.
 *
 * <p>Thread-safe: {@link #ask} may be called from any number of threads while guides are
 * published or withdrawn and while the lexicon is replaced; a change is visible to every
 * {@code ask} that starts after the changing call returns.
 */
public final class ConsultationEngine implements AutoCloseable {

	/** The most candidates {@link #explain} lists. */
	public static final int EXPLAINED_CANDIDATES = 10;

	private final EngineSettings settings;

	private final TextEmbedder embedder;

	/**
	 * Questions hold the read lock while they use the current core; replacing the core takes the
	 * write lock, so the replaced one is closed only once no question uses it any more.
	 */
	private final ReadWriteLock coreLock = new ReentrantReadWriteLock();

	/** Serialises publications, withdrawals and the switch to a rebuilt core. */
	private final Object changes = new Object();

	/** Lets one lexicon replacement run at a time. */
	private final Object rebuilds = new Object();

	private volatile Core core;

	/** The parts that depend on the lexicon: the index and everything that reads it. */
	private record Core(Lexicon lexicon, Retrieval retrieval, Decider decider, Explainer explainer) {

		static Core of(EngineSettings settings, TextEmbedder embedder, Lexicon lexicon) {
			Retrieval retrieval = new Retrieval(embedder, lexicon);
			Decider decider = new Decider(retrieval, settings);
			return new Core(lexicon, retrieval, decider, new Explainer(retrieval, decider));
		}

	}

	private ConsultationEngine(EngineSettings settings, TextEmbedder embedder, Lexicon lexicon) {
		this.settings = Objects.requireNonNull(settings, "settings");
		this.embedder = embedder;
		this.core = Core.of(settings, embedder, Objects.requireNonNull(lexicon, "lexicon"));
	}

	/**
	 * Builds an engine with lexical retrieval alone over the given guides.
	 *
	 * @param settings the decision thresholds
	 * @param guides the guides to serve; a later guide replaces an earlier one with the same id
	 * @return a ready engine
	 */
	public static ConsultationEngine open(EngineSettings settings, Collection<Guide> guides) {
		return open(settings, guides, null);
	}

	/**
	 * Builds an engine over the given guides, with semantic search beside BM25 when an embedder is
	 * given. Every guide's title, aliases and FAQ questions are embedded here and on every publish.
	 *
	 * @param settings the decision thresholds
	 * @param guides the guides to serve; a later guide replaces an earlier one with the same id
	 * @param embedder the sentence embedder, or {@code null} for lexical retrieval alone
	 * @return a ready engine
	 */
	public static ConsultationEngine open(EngineSettings settings, Collection<Guide> guides, TextEmbedder embedder) {
		return open(settings, guides, embedder, Lexicon.bundled());
	}

	/**
	 * Builds an engine over the given guides with a lexicon of its own, e.g. the bundled one with
	 * editors' additions ({@link org.govassist.kb.analysis.LexiconAdditions}).
	 *
	 * @param settings the decision thresholds
	 * @param guides the guides to serve; a later guide replaces an earlier one with the same id
	 * @param embedder the sentence embedder, or {@code null} for lexical retrieval alone
	 * @param lexicon the vocabulary to segment and fold synonyms with
	 * @return a ready engine
	 */
	public static ConsultationEngine open(EngineSettings settings, Collection<Guide> guides, TextEmbedder embedder,
			Lexicon lexicon) {
		ConsultationEngine engine = new ConsultationEngine(settings, embedder, lexicon);
		engine.core.retrieval().publish(guides);
		return engine;
	}

	/**
	 * Decides what to reply to a citizen's question. Never throws for any text.
	 *
	 * @param question the citizen's words, as typed; {@code null} counts as empty
	 * @param currentGuideId the conversation's current matter, or {@code null}; lets a follow-up
	 * such as "那要多少钱？" be about it
	 * @return the decision
	 */
	public Decision ask(String question, String currentGuideId) {
		return read(core -> core.decider().decide(question == null ? "" : question, currentGuideId));
	}

	/**
	 * Decides like {@link #ask} and tells what the decision rests on: the question's terms and the
	 * best candidates with their scores and matched terms. Ranks the question a second time, so
	 * it costs about twice an {@code ask}; meant for editors, not for citizens.
	 *
	 * @param question the question, as typed; {@code null} counts as empty
	 * @param currentGuideId the conversation's current matter, or {@code null}
	 * @return the decision and its grounds
	 */
	public Explanation explain(String question, String currentGuideId) {
		return read(core -> core.explainer()
			.explain(question == null ? "" : question, currentGuideId, EXPLAINED_CANDIDATES));
	}

	/**
	 * The content terms of a question as matching sees them: normalised, each synonym folded to
	 * its group's first term, without the words that only ask for a section. Two wordings of one
	 * matter ("身份证咋补办", "补办身份证") have the same terms; cheap, no search is made.
	 *
	 * @param question the question, as typed; {@code null} counts as empty
	 * @return the terms in order of first appearance, empty when nothing names a matter
	 */
	public List<String> terms(String question) {
		return read(core -> core.explainer().terms(question == null ? "" : question));
	}

	/**
	 * Adds a guide, or replaces the guide with the same id; searchable when this returns.
	 *
	 * @param guide the guide
	 */
	public void publish(Guide guide) {
		synchronized (changes) {
			core.retrieval().publish(List.of(guide));
		}
	}

	/**
	 * Withdraws a guide from answers; an unknown id changes nothing.
	 *
	 * @param guideId the guide's id
	 */
	public void withdraw(String guideId) {
		synchronized (changes) {
			core.retrieval().withdraw(guideId);
		}
	}

	/**
	 * Replaces the lexicon: analyses and indexes every published guide again with it, while the
	 * engine keeps answering with the old one, then switches over at once. Guides published or
	 * withdrawn during the rebuild are carried over. Every {@code ask} that starts after this
	 * returns uses the new lexicon. One replacement runs at a time; a second waits for the first.
	 *
	 * @param lexicon the new vocabulary
	 */
	public void useLexicon(Lexicon lexicon) {
		Objects.requireNonNull(lexicon, "lexicon");
		synchronized (rebuilds) {
			Core old = core;
			Map<String, Guide> basis = byId(old.retrieval().guides());
			Core fresh = Core.of(settings, embedder, lexicon);
			fresh.retrieval().publish(basis.values());
			synchronized (changes) {
				Map<String, Guide> now = byId(core.retrieval().guides());
				List<Guide> changedMeanwhile = now.values().stream().filter(guide -> basis.get(guide.id()) != guide).toList();
				if (!changedMeanwhile.isEmpty()) {
					fresh.retrieval().publish(changedMeanwhile);
				}
				basis.keySet().stream().filter(id -> !now.containsKey(id)).forEach(fresh.retrieval()::withdraw);
				Lock write = coreLock.writeLock();
				write.lock();
				try {
					core = fresh;
				}
				finally {
					write.unlock();
				}
			}
			try {
				old.retrieval().close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/** The lexicon in force. */
	public Lexicon lexicon() {
		return core.lexicon();
	}

	/**
	 * The published guide with this id.
	 *
	 * @param guideId the guide's id
	 * @return the guide, or empty when there is none
	 */
	public Optional<Guide> guide(String guideId) {
		return read(core -> core.retrieval().guide(guideId));
	}

	/** How many guides are published. */
	public int size() {
		return read(core -> core.retrieval().size());
	}

	/** The thresholds in force. */
	public EngineSettings settings() {
		return settings;
	}

	@Override
	public void close() throws IOException {
		synchronized (changes) {
			core.retrieval().close();
		}
	}

	private <T> T read(Function<Core, T> use) {
		Lock read = coreLock.readLock();
		read.lock();
		try {
			return use.apply(core);
		}
		finally {
			read.unlock();
		}
	}

	private static Map<String, Guide> byId(List<Guide> guides) {
		Map<String, Guide> byId = new HashMap<>();
		guides.forEach(guide -> byId.put(guide.id(), guide));
		return byId;
	}

}
