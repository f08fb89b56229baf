package org.govassist.server.handoff;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.govassist.server.system.OnSingleNode;
import org.springframework.stereotype.Component;

/**
 * The routing lock of a single node.
 *
 * <p>Thread-safe.
 */
@Component
@OnSingleNode
final class LocalRoutingLock implements RoutingLock {

	private final ReentrantLock lock = new ReentrantLock();

	@Override
	public <T> T locked(Supplier<T> work) {
		lock.lock();
		try {
			return work.get();
		}
		finally {
			lock.unlock();
		}
	}

}
