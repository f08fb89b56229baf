package org.govassist.kb.eval;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.govassist.kb.Answer;
import org.govassist.kb.Clarify;
import org.govassist.kb.ConsultationEngine;
import org.govassist.kb.Decision;
import org.govassist.kb.EngineSettings;
import org.govassist.kb.Fallback;
import org.govassist.kb.TextEmbedder;
import org.govassist.kb.GuideRef;
import org.govassist.kb.guide.Guide;

/**
 * The consultation engine seen as a {@link Responder}: every question opens a new conversation,
 * so no follow-up context applies. Thread-safe, as the engine is.
 */
final class EngineResponder implements Responder {

	/** The engine as it runs by default: hybrid retrieval. */
	static final String NAME = "engine";

	/** The engine with lexical retrieval alone. */
	static final String LEXICAL_NAME = "engine-lexical";

	private final String name;

	private final ConsultationEngine engine;

	private EngineResponder(String name, ConsultationEngine engine) {
		this.name = name;
		this.engine = engine;
	}

	/**
	 * Builds the engine with lexical retrieval alone and its default settings over a knowledge base.
	 *
	 * @param guides the knowledge base
	 * @return the engine, ready to respond
	 */
	static EngineResponder open(Collection<Guide> guides) {
		return new EngineResponder(LEXICAL_NAME, ConsultationEngine.open(EngineSettings.DEFAULTS, guides));
	}

	/**
	 * Builds the engine with hybrid retrieval and its default settings over a knowledge base.
	 *
	 * @param guides the knowledge base
	 * @param embedder the sentence embedder
	 * @return the engine, ready to respond
	 */
	static EngineResponder openHybrid(Collection<Guide> guides, TextEmbedder embedder) {
		return new EngineResponder(NAME, ConsultationEngine.open(EngineSettings.HYBRID_DEFAULTS, guides, embedder));
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public Response respond(String question) {
		return toResponse(engine.ask(question, null));
	}

	static Response toResponse(Decision decision) {
		return switch (decision) {
			case Answer answer -> new Response(Response.Kind.ANSWER, List.of(answer.guide().id()),
					String.format(Locale.ROOT, "answer %s (confidence %.2f)", answer.guide().id(), answer.confidence()));
			case Clarify clarify -> {
				List<String> options = clarify.options().stream().map(GuideRef::guideId).toList();
				yield new Response(Response.Kind.CLARIFY, options, "clarify " + String.join(" | ", options));
			}
			case Fallback fallback -> new Response(Response.Kind.FALLBACK, List.of(),
					"fallback " + fallback.reason().name().toLowerCase(Locale.ROOT));
		};
	}

	@Override
	public void close() {
		try {
			engine.close();
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("could not close the engine", ex);
		}
	}

}
