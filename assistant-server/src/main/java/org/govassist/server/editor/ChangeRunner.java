package org.govassist.server.editor;

import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a change of the knowledge base in one transaction and announces what it changed through
 * {@link GuideChanges} after the commit, and only then; a change that fails announces nothing.
 *
 * <p>Thread-safe. Changes run one at a time on this node, so the engine receives them in the
 * order they were committed and ends with what the database holds.
 */
@Component
final class ChangeRunner {

	private final TransactionTemplate transaction;

	private final GuideChanges changes;

	ChangeRunner(TransactionTemplate transaction, GuideChanges changes) {
		this.transaction = transaction;
		this.changes = changes;
	}

	/**
	 * @param work the change; records what it publishes and withdraws in the given changes
	 * @return what the work returns
	 */
	synchronized <T> T run(Function<PendingChanges, T> work) {
		PendingChanges pending = new PendingChanges(changes);
		T result = transaction.execute(status -> work.apply(pending));
		pending.announce();
		return result;
	}

}
