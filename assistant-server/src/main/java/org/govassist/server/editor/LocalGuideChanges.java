package org.govassist.server.editor;

import org.govassist.kb.ConsultationEngine;
import org.govassist.kb.guide.Guide;
import org.govassist.server.system.OnSingleNode;
import org.springframework.stereotype.Component;

/**
 * {@link GuideChanges} of a single node: applies each change to this node's engine, searchable
 * when the call returns.
 *
 * <p>Thread-safe, as the engine is.
 */
@Component
@OnSingleNode
final class LocalGuideChanges implements GuideChanges {

	private final ConsultationEngine engine;

	LocalGuideChanges(ConsultationEngine engine) {
		this.engine = engine;
	}

	@Override
	public void published(Guide guide) {
		engine.publish(guide);
	}

	@Override
	public void withdrawn(String guideId) {
		engine.withdraw(guideId);
	}

}
