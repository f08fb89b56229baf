package org.govassist.server.editor;

import org.govassist.kb.guide.Guide;

/**
 * Where a committed change of the knowledge base is announced, so that answers follow it: the
 * one way by which editors' changes reach the engine. On a single node the change is applied to
 * the local engine at once ({@link LocalGuideChanges}); on a node of a cluster it is applied to
 * this node's engine at once and to every other node's soon after ({@link ClusterGuideChanges}).
 *
 * <p>Callers announce changes in the order they were committed. Implementations are thread-safe.
 */
public interface GuideChanges {

	/**
	 * A guide was published: new, a new version, or published again after a withdrawal.
	 *
	 * @param guide the guide as now published
	 */
	void published(Guide guide);

	/**
	 * A guide was withdrawn from answers.
	 *
	 * @param guideId the guide's id
	 */
	void withdrawn(String guideId);

}
