package org.govassist.server.editor;

import java.util.ArrayList;
import java.util.List;

import org.govassist.kb.guide.Guide;

/**
 * The changes of one transaction, collected while it runs and announced once it has committed.
 *
 * <p>Not thread-safe: belongs to one transaction.
 */
final class PendingChanges {

	private final List<Runnable> announcements = new ArrayList<>();

	private final GuideChanges changes;

	PendingChanges(GuideChanges changes) {
		this.changes = changes;
	}

	void published(Guide guide) {
		announcements.add(() -> changes.published(guide));
	}

	void withdrawn(String guideId) {
		announcements.add(() -> changes.withdrawn(guideId));
	}

	void announce() {
		announcements.forEach(Runnable::run);
	}

}
