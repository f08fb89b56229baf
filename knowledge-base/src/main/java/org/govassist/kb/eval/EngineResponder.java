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
import org.govassist.kb.GuideRef;
import org.govassist.kb.guide.Guide;

/**
 * The consultation engine seen as a {@link Responder}: every question opens a new conversation,
 * so no follow-up context applies. Thread-safe, as the engine is.
 */
final class EngineResponder implements Responder {

	static final String NAME = "engine";

	private final ConsultationEngine engine;

	private EngineResponder(ConsultationEngine engine) {
		this.engine = engine;
	}

	/**
	 * Builds the engine with its default settings over a knowledge base.
	 *
	 * @param guides the knowledge base
	 * @return the engine, ready to respond
	 */
	static EngineResponder open(Collection<Guide> guides) {
		return new EngineResponder(ConsultationEngine.open(EngineSettings.DEFAULTS, guides));
	}

	@Override
	public String name() {
		return NAME;
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
