package org.govassist.server.handoff;

import java.util.function.Supplier;

/**
 * Lets one decision about who gets which conversation happen at a time, so that no agent gets
 * more chats than allowed and no conversation is given twice. {@link LocalRoutingLock} is this
 * node's; a cluster uses a lock every node shares, with a lease.
 *
 * <p>Implementations are thread-safe and reentrant.
 */
interface RoutingLock {

	/** Runs work holding the lock. */
	<T> T locked(Supplier<T> work);

}
