package org.govassist.kb.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.govassist.kb.TextEmbedder;
import org.govassist.kb.guide.Faq;
import org.govassist.kb.guide.Guide;

/**
 * The sentence-embedding model alone, as a baseline: each guide scores the highest cosine of the
 * question with its title, aliases and FAQ questions, and the best guide is always the answer.
 * Thread-safe once built.
 */
final class SemanticBaseline implements Responder {

	static final String NAME = "semantic";

	private record GuideVectors(String guideId, List<float[]> vectors) {
	}

	private record Scored(String guideId, double cosine) {
	}

	private final TextEmbedder embedder;

	private final List<GuideVectors> guides;

	private SemanticBaseline(TextEmbedder embedder, List<GuideVectors> guides) {
		this.embedder = embedder;
		this.guides = guides;
	}

	static SemanticBaseline open(Collection<Guide> guides, TextEmbedder embedder) {
		List<GuideVectors> vectors = new ArrayList<>();
		for (Guide guide : guides) {
			List<String> texts = new ArrayList<>();
			texts.add(guide.title());
			texts.addAll(guide.aliases());
			guide.faqs().stream().map(Faq::q).forEach(texts::add);
			vectors.add(new GuideVectors(guide.id(), embedder.embedPassages(texts)));
		}
		return new SemanticBaseline(embedder, List.copyOf(vectors));
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Response respond(String question) {
		if (question.isBlank()) {
			return new Response(Response.Kind.FALLBACK, List.of(), "fallback empty");
		}
		float[] query = embedder.embedQuery(question);
		List<Scored> ranked = guides.stream()
			.map(guide -> new Scored(guide.guideId(), guide.vectors().stream().mapToDouble(v -> dot(v, query)).max().orElse(-1)))
			.sorted(Comparator.comparingDouble(Scored::cosine).reversed())
			.limit(10)
			.toList();
		return new Response(Response.Kind.ANSWER, ranked.stream().map(Scored::guideId).toList(),
				String.format(Locale.ROOT, "answer %s (cosine %.2f)", ranked.getFirst().guideId(), ranked.getFirst().cosine()));
	}

	private static double dot(float[] a, float[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}

	@Override
	public void close() {
	}

}
