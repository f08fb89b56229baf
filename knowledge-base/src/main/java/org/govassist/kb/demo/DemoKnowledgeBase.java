package org.govassist.kb.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.govassist.kb.guide.Guide;
import org.govassist.kb.guide.GuideFileException;
import org.govassist.kb.guide.GuideReader;

/**
 * The demo knowledge base: 80 service guides of the fictional city 临江市, bundled with the
 * library, for trying the assistant out, for tests and for benchmarks.
 *
 * <p>The guides are read from the resource {@value #RESOURCE} on first use and kept. Thread-safe:
 * the first use from any thread loads them once.
 */
public final class DemoKnowledgeBase {

	/** The class-path resource holding the demo guides, in the guide file format. */
	public static final String RESOURCE = "/org/govassist/kb/demo/guides.json";

	private DemoKnowledgeBase() {
	}

	/**
	 * The demo guides.
	 *
	 * @return the guides, in the order of the file; immutable
	 */
	public static List<Guide> guides() {
		return Loaded.GUIDES;
	}

	/** Holds the guides; the JVM initialises it once, on first use, safely for every thread. */
	private static final class Loaded {

		static final List<Guide> GUIDES = load();

	}

	private static List<Guide> load() {
		try (InputStream in = DemoKnowledgeBase.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("the demo knowledge base " + RESOURCE + " is missing from the class path");
			}
			return GuideReader.read("classpath:" + RESOURCE, in);
		}
		catch (IOException | GuideFileException ex) {
			throw new IllegalStateException("the demo knowledge base cannot be read: " + ex.getMessage(), ex);
		}
	}

}
