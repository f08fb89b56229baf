package org.govassist.kb.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.govassist.kb.analysis.Lexicon;
import org.govassist.kb.demo.DemoKnowledgeBase;
import org.junit.jupiter.api.Test;

class GuideIndexTest {

	private static final int DIMENSIONS = 8;

	private final TextAnalysis analysis = new TextAnalysis(Lexicon.bundled());

	private final Random random = new Random(7);

	@Test
	void everyGuideAskedForIsMeasuredByItsNearestKeyPhrase() throws Exception {
		List<GuideProfile> profiles = demoProfiles(12);
		Map<String, List<float[]>> vectors = vectorsFor(profiles);
		float[] question = unit();
		try (GuideIndex index = new GuideIndex()) {
			index.putAll(profiles, vectors);
			List<String> ids = profiles.stream().map(profile -> profile.guide().id()).toList();
			Map<String, Double> measured = index.similarities(question, ids);
			assertThat(measured).containsOnlyKeys(ids);
			ids.forEach(id -> assertThat(measured.get(id)).as(id).isCloseTo(nearest(question, vectors.get(id)), within(1e-5)));
		}
	}

	@Test
	void aRepublishedGuideIsMeasuredByItsNewKeyPhrasesAndAWithdrawnOneNotAtAll() throws Exception {
		List<GuideProfile> profiles = demoProfiles(6);
		float[] question = unit();
		try (GuideIndex index = new GuideIndex()) {
			index.putAll(profiles, vectorsFor(profiles));
			GuideProfile changed = profiles.get(2);
			Map<String, List<float[]>> replaced = vectorsFor(List.of(changed));
			index.putAll(List.of(changed), replaced);
			index.remove(profiles.get(4).guide().id());
			List<String> ids = profiles.stream().map(profile -> profile.guide().id()).toList();
			Map<String, Double> measured = index.similarities(question, ids);
			assertThat(measured.get(changed.guide().id())).isCloseTo(nearest(question, replaced.get(changed.guide().id())),
					within(1e-5));
			assertThat(measured).doesNotContainKey(profiles.get(4).guide().id()).hasSize(5);
		}
	}

	private List<GuideProfile> demoProfiles(int count) {
		return DemoKnowledgeBase.guides().stream().limit(count).map(guide -> GuideProfile.of(guide, analysis)).toList();
	}

	private Map<String, List<float[]>> vectorsFor(List<GuideProfile> profiles) {
		Map<String, List<float[]>> vectors = new HashMap<>();
		for (GuideProfile profile : profiles) {
			List<float[]> perPhrase = new ArrayList<>();
			profile.phrases().forEach(phrase -> perPhrase.add(unit()));
			vectors.put(profile.guide().id(), perPhrase);
		}
		return vectors;
	}

	private float[] unit() {
		float[] vector = new float[DIMENSIONS];
		double norm = 0;
		for (int i = 0; i < DIMENSIONS; i++) {
			vector[i] = (float) random.nextGaussian();
			norm += vector[i] * vector[i];
		}
		for (int i = 0; i < DIMENSIONS; i++) {
			vector[i] /= (float) Math.sqrt(norm);
		}
		return vector;
	}

	private static double nearest(float[] question, List<float[]> phrases) {
		double best = Double.NEGATIVE_INFINITY;
		for (float[] phrase : phrases) {
			double dot = 0;
			for (int i = 0; i < question.length; i++) {
				dot += question[i] * phrase[i];
			}
			best = Math.max(best, dot);
		}
		return best;
	}

}
