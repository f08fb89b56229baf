package org.govassist.kb;

/**
 * What the engine decided to do with a question: answer it from one guide, ask which of a few
 * matters was meant, or admit it cannot help.
 */
public sealed interface Decision permits Answer, Clarify, Fallback {

	/** The text to show the citizen, in Chinese. */
	String text();

}
