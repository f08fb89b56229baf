package org.govassist.server.editor;

import org.govassist.kb.analysis.LexiconAdditions;

/**
 * Where a committed change of the editors' lexicon is announced, so that answers follow it, like
 * {@link GuideChanges} for guides. On a single node the change is applied to the local engine
 * before the call returns ({@link LocalLexiconChanges}); a multi-node bus implements the same
 * interface and applies it on every node.
 *
 * <p>Implementations are thread-safe and ignore a version older than one already applied, so an
 * announcement that arrives late cannot undo a newer one.
 */
public interface LexiconChanges {

	/**
	 * A new version of the editors' additions is in force.
	 *
	 * @param version its number
	 * @param additions the words and synonym groups added to the bundled lexicon
	 */
	void changed(int version, LexiconAdditions additions);

}
