package org.govassist.kb;

import java.util.List;

/**
 * Turns text into unit-length vectors whose dot product measures how alike two texts are in
 * meaning; gives the engine semantic retrieval beside BM25. Implementations must be thread-safe.
 */
public interface TextEmbedder {

	/**
	 * The vector of a citizen's question, to be compared with passage vectors.
	 *
	 * @param question the question
	 * @return a unit vector
	 */
	float[] embedQuery(String question);

	/**
	 * The vectors of texts to be found: a guide's title, aliases and FAQ questions.
	 *
	 * @param passages the texts
	 * @return one unit vector per text, in order
	 */
	List<float[]> embedPassages(List<String> passages);

}
