package org.govassist.server.handoff;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.govassist.server.system.OnSingleNode;
import org.springframework.stereotype.Component;

/**
 * The absent citizens of a single node, in memory.
 *
 * <p>Thread-safe.
 */
@Component
@OnSingleNode
final class LocalCitizenAbsences implements CitizenAbsences {

	private final Map<UUID, Instant> since = new ConcurrentHashMap<>();

	@Override
	public void left(UUID conversationId, Instant time) {
		since.put(conversationId, time);
	}

	@Override
	public boolean leftUnlessKnown(UUID conversationId, Instant time) {
		return since.putIfAbsent(conversationId, time) == null;
	}

	@Override
	public boolean returned(UUID conversationId) {
		return since.remove(conversationId) != null;
	}

	@Override
	public List<UUID> takeBegunBefore(Instant before) {
		List<UUID> taken = new ArrayList<>();
		since.forEach((conversationId, time) -> {
			if (time.isBefore(before) && since.remove(conversationId, time)) {
				taken.add(conversationId);
			}
		});
		return taken;
	}

}
