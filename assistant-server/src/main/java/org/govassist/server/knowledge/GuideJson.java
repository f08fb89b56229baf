package org.govassist.server.knowledge;

import org.govassist.kb.guide.Guide;
import org.govassist.kb.guide.GuideFileException;
import org.govassist.kb.guide.GuideReader;
import org.govassist.kb.guide.GuideWriter;
import org.springframework.stereotype.Component;

/**
 * A guide's content as stored in the database: the guide file format's JSON of one guide, and
 * its fingerprint.
 *
 * <p>Stateless and thread-safe.
 */
@Component
public final class GuideJson {

	/**
	 * @param guide a guide
	 * @return its JSON object in the guide file format, as stored
	 */
	public String write(Guide guide) {
		return GuideWriter.toJson(guide);
	}

	/**
	 * @param guide a guide
	 * @return its content hash, as stored
	 */
	public String fingerprint(Guide guide) {
		return GuideWriter.fingerprint(guide);
	}

	/**
	 * @param content what {@link #write} made
	 * @return the guide
	 * @throws IllegalStateException when the stored content is no longer a valid guide
	 */
	public Guide read(String content) {
		try {
			return GuideReader.parse("database", "[" + content + "]").getFirst();
		}
		catch (GuideFileException ex) {
			throw new IllegalStateException("A guide stored in the database is invalid: " + ex.getMessage(), ex);
		}
	}

}
