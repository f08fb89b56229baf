package org.govassist.server.editor;

import org.govassist.kb.analysis.LexiconAdditions;

/**
 * Where a committed change of the editors' lexicon is announced, so that answers follow it, like
 * {@link GuideChanges} for guides. On a single node the change is applied to the local engine
 * before the call returns ({@link LocalLexiconChanges}); on a node of a cluster it is applied to
 * this node's engine before the call returns and to every other node's soon after
 * ({@link ClusterLexiconChanges}).
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
