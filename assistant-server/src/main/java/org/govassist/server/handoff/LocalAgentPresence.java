package org.govassist.server.handoff;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.govassist.server.account.Account;
import org.govassist.server.system.OnSingleNode;
import org.springframework.stereotype.Component;

/**
 * The agents present on this single node, in memory.
 *
 * <p>Thread-safe: each change is one atomic update of the agent's entry.
 */
@Component
@OnSingleNode
final class LocalAgentPresence implements AgentPresence {

	private final ConcurrentMap<String, PresentAgent> agents = new ConcurrentHashMap<>();

	@Override
	public PresentAgent connected(Account account, Instant now) {
		return agents.compute(account.username(), (username, present) -> present == null
				? new PresentAgent(username, account.displayName(), account.skills(), AgentStatus.ONLINE, 1, now, null)
				: new PresentAgent(username, account.displayName(), account.skills(), present.status(),
						present.sockets() + 1, present.idleSince(), null));
	}

	@Override
	public void disconnected(String username, Instant now) {
		agents.computeIfPresent(username, (name, present) -> {
			int sockets = Math.max(0, present.sockets() - 1);
			return new PresentAgent(name, present.displayName(), present.skills(), present.status(), sockets,
					present.idleSince(), sockets == 0 ? now : null);
		});
	}

	@Override
	public Optional<PresentAgent> setStatus(String username, AgentStatus status) {
		return Optional.ofNullable(agents.computeIfPresent(username,
				(name, present) -> new PresentAgent(name, present.displayName(), present.skills(), status,
						present.sockets(), present.idleSince(), present.disconnectedSince())));
	}

	@Override
	public void assigned(String username, Instant now) {
		agents.computeIfPresent(username, (name, present) -> new PresentAgent(name, present.displayName(),
				present.skills(), present.status(), present.sockets(), now, present.disconnectedSince()));
	}

	@Override
	public void remove(String username) {
		agents.remove(username);
	}

	@Override
	public Optional<PresentAgent> agent(String username) {
		return Optional.ofNullable(agents.get(username));
	}

	@Override
	public List<PresentAgent> agents() {
		return agents.values().stream().sorted(Comparator.comparing(PresentAgent::username)).toList();
	}

}
