package org.govassist.server.handoff;

import org.govassist.server.chat.HandoffEvents;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Acts on what happened on the citizen's side once it is committed: a conversation queued is
 * routed, the citizen's words reach the agent holding the conversation at once, and a conversation
 * that ended is taken from its agent.
 *
 * <p>Thread-safe.
 */
@Component
final class CitizenSideListener {

	private final HandoffDesk desk;

	CitizenSideListener(HandoffDesk desk) {
		this.desk = desk;
	}

	@TransactionalEventListener
	void queued(HandoffEvents.Queued queued) {
		desk.requestRouting();
	}

	@TransactionalEventListener
	void citizenSpoke(HandoffEvents.CitizenSpoke spoke) {
		if (spoke.agent() != null) {
			desk.citizenSpoke(spoke.conversationId(), spoke.agent(), spoke.seq(), spoke.text());
		}
	}

	/** Handed to the routing thread: what is written here, after the commit, would not be committed. */
	@TransactionalEventListener
	void ended(HandoffEvents.Ended ended) {
		desk.runInBackground(() -> desk.citizenEnded(ended.conversationId(), ended.agent(), ended.by()));
	}

}
