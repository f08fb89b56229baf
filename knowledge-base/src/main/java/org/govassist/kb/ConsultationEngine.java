package org.govassist.kb;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.govassist.kb.guide.Guide;
import org.govassist.kb.retrieval.Decider;
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
 * <p>Thread-safe: {@link #ask} may be called from any number of threads while guides are
 * published or withdrawn; a change is visible to every {@code ask} that starts after the
 * changing call returns.
 */
public final class ConsultationEngine implements AutoCloseable {

	private final Retrieval retrieval;

	private final Decider decider;

	private final EngineSettings settings;

	private ConsultationEngine(EngineSettings settings, TextEmbedder embedder) {
		this.settings = Objects.requireNonNull(settings, "settings");
		this.retrieval = new Retrieval(embedder);
		this.decider = new Decider(retrieval, settings);
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
		ConsultationEngine engine = new ConsultationEngine(settings, embedder);
		engine.retrieval.publish(guides);
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
		return decider.decide(question == null ? "" : question, currentGuideId);
	}

	/**
	 * Adds a guide, or replaces the guide with the same id; searchable when this returns.
	 *
	 * @param guide the guide
	 */
	public void publish(Guide guide) {
		retrieval.publish(List.of(guide));
	}

	/**
	 * Withdraws a guide from answers; an unknown id changes nothing.
	 *
	 * @param guideId the guide's id
	 */
	public void withdraw(String guideId) {
		retrieval.withdraw(guideId);
	}

	/**
	 * The published guide with this id.
	 *
	 * @param guideId the guide's id
	 * @return the guide, or empty when there is none
	 */
	public Optional<Guide> guide(String guideId) {
		return retrieval.guide(guideId);
	}

	/** How many guides are published. */
	public int size() {
		return retrieval.size();
	}

	/** The thresholds in force. */
	public EngineSettings settings() {
		return settings;
	}

	@Override
	public void close() throws IOException {
		retrieval.close();
	}

}
