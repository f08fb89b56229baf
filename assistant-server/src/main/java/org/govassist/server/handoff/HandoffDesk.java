package org.govassist.server.handoff;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.govassist.server.chat.AgentTranscripts;
import org.govassist.server.chat.CitizenDepartures;
import org.govassist.server.chat.HandoffEvents;
import org.govassist.server.privacy.PersonalDataMasker;
import org.govassist.server.system.HandoffProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The helpdesk: routes queued conversations to agents and carries out what agents do with them
 * (pick, say, transfer, close), what happens when an agent goes (released to others or to the
 * front of the queue), and what agents and citizens are told about it.
 *
 * <p>Routing: for each queued conversation, next first, the agents who take chats (online, a
 * socket open), have the skill its topic needs and hold fewer than
 * {@code assistant.handoff.max-chats}; the least busy of them gets it, then the one idle longest.
 * A conversation transferred or released is never routed back to the agent who held it (who may
 * still pick it). A conversation whose citizen has no connection open on any node is passed over
 * while the citizen is away, keeping its place: it is routed when they come back, or leaves the
 * queue when they stay away longer than the citizens' grace time ({@link CitizenGraceWatch}).
 * A conversation no agent can take stays queued, and later ones may still be routed. Routing runs
 * on one background thread whenever something that may change its outcome happened, holding the
 * {@link RoutingLock} like every other assignment.
 *
 * <p>Thread-safe.
 */
@Service
final class HandoffDesk implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(HandoffDesk.class);

	private final AgentTranscripts transcripts;

	private final HandoffStore store;

	private final AgentPresence presence;

	private final HandoffBus bus;

	private final RoutingLock lock;

	private final DeskViews views;

	private final WaitEstimate estimate;

	private final CitizenDepartures citizens;

	private final ApplicationEventPublisher events;

	private final int maxChats;

	private final ExecutorService worker = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().name("handoff-routing").daemon().factory());

	private final AtomicBoolean routingRequested = new AtomicBoolean();

	HandoffDesk(AgentTranscripts transcripts, HandoffStore store, AgentPresence presence, HandoffBus bus,
			RoutingLock lock, DeskViews views, WaitEstimate estimate, CitizenDepartures citizens,
			ApplicationEventPublisher events, HandoffProperties properties) {
		this.transcripts = transcripts;
		this.store = store;
		this.presence = presence;
		this.bus = bus;
		this.lock = lock;
		this.views = views;
		this.estimate = estimate;
		this.citizens = citizens;
		this.events = events;
		this.maxChats = properties.maxChats();
	}

	/** Routes the queue soon, on the routing thread; requests made meanwhile are combined. */
	void requestRouting() {
		if (routingRequested.compareAndSet(false, true)) {
			runInBackground(() -> {
				routingRequested.set(false);
				route();
			});
		}
	}

	/** Runs work on the routing thread, after whatever is already there. */
	void runInBackground(Runnable work) {
		worker.execute(() -> {
			try {
				work.run();
			}
			catch (RuntimeException ex) {
				log.error("Handoff work failed", ex);
			}
		});
	}

	/**
	 * Gives queued conversations to the agents who can take them, pass after pass while a pass
	 * gives any (conversations queued meanwhile are routed before anyone is told to wait), then
	 * tells the citizens still waiting their place and the agents the queue.
	 */
	void route() {
		lock.locked(() -> {
			while (assignPass()) {
				// again: more may have been queued meanwhile
			}
			tellPlaces();
			publishQueue();
			return null;
		});
	}

	/**
	 * One pass over the queue, next first.
	 *
	 * @return whether any conversation was given to an agent
	 */
	private boolean assignPass() {
		List<HandoffStore.Waiting> queue = store.queue();
		if (queue.isEmpty()) {
			return false;
		}
		Map<String, Integer> loads = store.loads();
		// Read once per pass and again after each assignment (which changes the agent's idle time),
		// not once per queued conversation: in a cluster each read is a round trip to Redis.
		List<PresentAgent> agents = presence.agents();
		boolean assigned = false;
		for (HandoffStore.Waiting waiting : queue) {
			Optional<PresentAgent> best = agents.stream()
				.filter(PresentAgent::takesChats)
				.filter(agent -> agent.hasSkill(waiting.topic()))
				.filter(agent -> !agent.username().equals(waiting.lastAgent()))
				.filter(agent -> loads.getOrDefault(agent.username(), 0) < maxChats)
				.min(Comparator.<PresentAgent>comparingInt(agent -> loads.getOrDefault(agent.username(), 0))
					.thenComparing(PresentAgent::idleSince)
					.thenComparing(PresentAgent::username));
			if (best.isPresent() && citizens.isConnected(waiting.conversationId())
					&& assignQueued(waiting.conversationId(), best.get())) {
				loads.merge(best.get().username(), 1, Integer::sum);
				assigned = true;
				agents = presence.agents();
			}
		}
		return assigned;
	}

	/** Sends the queue to every agent whose console shows another one. */
	void publishQueue() {
		bus.queueChanged();
	}

	/** An agent's console socket opened: the agent is present, gets the whole state, and may get chats. */
	void connected(AgentConnection connection) {
		PresentAgent agent = presence.connected(connection.account(), Instant.now());
		List<HandoffStore.Held> chats = store.heldBy(agent.username());
		List<ToAgent.AssignedView> held = chats.stream().map(views::held).toList();
		ToAgent.AgentState state = new ToAgent.AgentState(agent.status().protocolName(), agent.displayName(), maxChats,
				held, views.queueItems());
		connection.send(state);
		bus.consoleOpened(connection, state,
				chats.stream().collect(Collectors.toMap(HandoffStore.Held::conversationId, HandoffStore.Held::chatId)));
		held.stream()
			.map(ToAgent.AssignedView::conversationId)
			.filter(id -> !citizens.isConnected(id))
			.forEach(id -> connection.send(new ToAgent.CitizenLeft(id)));
		requestRouting();
	}

	/** An agent's console socket closed. */
	void disconnected(AgentConnection connection) {
		bus.consoleClosed(connection);
		presence.disconnected(connection.username(), Instant.now());
	}

	/** The agent sets whether they take new chats. */
	void status(AgentConnection connection, AgentStatus status) {
		presence.setStatus(connection.username(), status);
		if (status == AgentStatus.ONLINE) {
			requestRouting();
		}
	}

	/**
	 * The agent takes a conversation from the queue, whatever its topic, within their limit.
	 *
	 * @throws AgentException {@code not_found} for an unknown conversation, {@code conflict} when it
	 * is not queued (taken by someone else, or ended) or the agent holds as many as allowed
	 */
	void pick(AgentConnection connection, FromAgent.Pick pick) {
		PresentAgent agent = presence.agent(connection.username())
			.orElseThrow(() -> new AgentException(AgentError.UNAVAILABLE, HandoffTexts.UNAVAILABLE, pick.id()));
		lock.locked(() -> {
			if (store.loads().getOrDefault(agent.username(), 0) >= maxChats) {
				throw new AgentException(AgentError.CONFLICT, HandoffTexts.FULL, pick.id());
			}
			if (!assignQueued(pick.conversationId(), agent)) {
				throw store.exists(pick.conversationId())
						? new AgentException(AgentError.CONFLICT, HandoffTexts.TAKEN, pick.id())
						: new AgentException(AgentError.NOT_FOUND, HandoffTexts.NOT_FOUND, pick.id());
			}
			return null;
		});
		connection.send(new ToAgent.Ack(pick.id(), pick.conversationId(), null));
		requestRouting();
	}

	/**
	 * The agent's words to the citizen, personal data masked as in the citizen's words: recorded,
	 * acknowledged, and shown on the agent's other sockets. A {@code say} with an id already recorded in the conversation is a retry (e.g. sent
	 * again after a reconnect): it gets the same {@code ack} and nothing else.
	 */
	void say(AgentConnection connection, FromAgent.Say say) {
		String name = connection.account().displayName();
		String text = PersonalDataMasker.mask(say.text());
		SaidOnce said = transcripts.change(say.conversationId(), say.id(), change -> {
			Optional<Long> recorded = change.agentMessageOf(say.id());
			if (recorded.isPresent()) {
				return new SaidOnce(recorded.get(), true);
			}
			if (!connection.username().equals(change.agent())) {
				throw new AgentException(AgentError.CONFLICT, HandoffTexts.NOT_YOURS, say.id());
			}
			return new SaidOnce(change.agentSays(name, text), false);
		}).orElseThrow(() -> new AgentException(AgentError.NOT_FOUND, HandoffTexts.NOT_FOUND, say.id()));
		connection.send(new ToAgent.Ack(say.id(), say.conversationId(), said.seq()));
		if (!said.retry()) {
			bus.toAgent(connection.username(),
					new ToAgent.AgentMessage(say.conversationId(), said.seq(), text, name), connection.id());
		}
	}

	/**
	 * The agent hands a conversation on: back to the front of the queue for a skill, or straight to
	 * another agent who takes chats and has room.
	 *
	 * @throws AgentException {@code not_found} for an unknown agent, {@code conflict} when the
	 * other agent cannot take it now
	 */
	void transfer(AgentConnection connection, FromAgent.Transfer transfer) {
		String username = connection.username();
		UUID id = transfer.conversationId();
		if (transfer.skill() != null) {
			lock.locked(() -> held(connection, transfer.id(), id, change -> {
				store.chatEnded(id, username, change.now(), "transfer", null);
				change.queue(transfer.skill(), store.frontRank(), HandoffTexts.TRANSFERRED);
				return 0L;
			}));
			log.info("Conversation {} transferred by {} to the queue for {}", id, username, transfer.skill());
			connection.send(new ToAgent.Ack(transfer.id(), id, null));
			bus.toAgent(username, new ToAgent.ConversationReleased(id, "transfer"), null);
			requestRouting();
			return;
		}
		if (transfer.agent().equals(username)) {
			throw new AgentException(AgentError.BAD_REQUEST, HandoffTexts.NOT_TO_YOURSELF, transfer.id());
		}
		PresentAgent target = presence.agent(transfer.agent())
			.orElseThrow(() -> new AgentException(AgentError.NOT_FOUND, HandoffTexts.NO_SUCH_AGENT, transfer.id()));
		String topic = lock.locked(() -> {
			if (!target.takesChats() || store.loads().getOrDefault(target.username(), 0) >= maxChats) {
				throw new AgentException(AgentError.CONFLICT, HandoffTexts.AGENT_BUSY, transfer.id());
			}
			return held(connection, transfer.id(), id, change -> {
				store.chatEnded(id, username, change.now(), "transfer", null);
				change.assign(target.username(), target.displayName());
				store.chatStarted(id, target.username(), change.now());
				return change.topic();
			});
		});
		log.info("Conversation {} transferred by {} to {}", id, username, target.username());
		presence.assigned(target.username(), Instant.now());
		connection.send(new ToAgent.Ack(transfer.id(), id, null));
		bus.toAgent(username, new ToAgent.ConversationReleased(id, "transfer"), null);
		bus.toAgent(target.username(), ToAgent.ConversationAssigned.of(views.assigned(id, topic, 0)), null);
		reportIfCitizenGone(id);
		requestRouting();
	}

	/** The agent ends a conversation, with an optional summary kept with the chat. */
	void close(AgentConnection connection, FromAgent.Close close) {
		String username = connection.username();
		UUID id = close.conversationId();
		held(connection, close.id(), id, change -> {
			change.closeByAgent();
			store.chatEnded(id, username, change.now(), "closed", close.summary());
			return 0L;
		});
		connection.send(new ToAgent.Ack(close.id(), id, null));
		bus.toAgent(username, new ToAgent.ConversationClosed(id, "agent"), null);
		requestRouting();
	}

	/** The citizen said something in a conversation an agent holds: relayed to the agent. */
	void citizenSpoke(UUID conversationId, String agent, long seq, String text) {
		bus.toAgent(agent, new ToAgent.CitizenMessage(conversationId, seq, text), null);
	}

	/** A queued or held conversation ended from the citizen's side; its agent is told. */
	void citizenEnded(UUID conversationId, String agent, String by) {
		if (agent != null) {
			store.chatEnded(conversationId, agent, OffsetDateTime.now(ZoneOffset.UTC), by, null);
			bus.toAgent(agent, new ToAgent.ConversationClosed(conversationId, by), null);
		}
		route();
	}

	/**
	 * Takes every conversation from an agent who is gone (disconnected past the grace time, or
	 * signed out): each goes back to the front of the queue, its citizen told, and is routed to the
	 * other agents at once.
	 *
	 * @param reason {@code grace} or {@code signed_out}
	 * @param stillGone whether the agent, as present now (empty when not present), is still gone:
	 * checked holding the routing lock, since on another node the agent may have come back or
	 * been let go already since it was decided
	 */
	void releaseAll(String username, String reason, Predicate<Optional<PresentAgent>> stillGone) {
		releaseAll(Map.of(username, stillGone), reason);
	}

	/**
	 * Takes every conversation from several agents who are gone, like
	 * {@link #releaseAll(String, String, Predicate)} for each, holding the routing lock once and
	 * routing once after all of them: routing tells every queued citizen whose place changed, one
	 * conversation at a time, so routing after each agent would make the last agents' citizens wait
	 * for as many rounds as there are agents.
	 *
	 * @param stillGone for each agent, whether they, as present now, are still gone
	 * @param reason {@code grace} or {@code signed_out}
	 */
	void releaseAll(Map<String, Predicate<Optional<PresentAgent>>> stillGone, String reason) {
		if (stillGone.isEmpty()) {
			return;
		}
		lock.locked(() -> {
			stillGone.forEach((username, gone) -> {
				if (gone.test(presence.agent(username))) {
					release(username, reason);
				}
			});
			route();
			return null;
		});
	}

	/** Puts an agent's conversations back at the front of the queue; the caller holds the routing lock and routes. */
	private void release(String username, String reason) {
		presence.remove(username);
		List<UUID> released = new ArrayList<>();
		for (HandoffStore.Held chat : store.heldBy(username)) {
			UUID id = chat.conversationId();
			boolean done = transcripts.change(id, change -> {
				if (!username.equals(change.agent())) {
					return false;
				}
				store.chatEnded(id, username, change.now(), reason, null);
				change.queue(change.topic(), store.frontRank(), HandoffTexts.AGENT_LOST);
				return true;
			}).orElse(false);
			if (done) {
				released.add(id);
			}
		}
		for (UUID id : released) {
			bus.toAgent(username, new ToAgent.ConversationReleased(id, reason), null);
		}
		if (!released.isEmpty()) {
			log.info("Released {} conversations of agent {} ({})", released.size(), username, reason);
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		worker.shutdownNow();
		worker.awaitTermination(5, TimeUnit.SECONDS);
	}

	/**
	 * Gives a conversation to an agent if it is still queued.
	 *
	 * @return whether it was queued and is now the agent's
	 */
	private boolean assignQueued(UUID id, PresentAgent agent) {
		Optional<Assignment> assigned = transcripts.change(id, change -> {
			if (!change.isQueued()) {
				return null;
			}
			long waited = Math.max(0, Duration.between(change.queuedAt(), change.now()).toSeconds());
			String topic = change.topic();
			change.assign(agent.username(), agent.displayName());
			store.chatStarted(id, agent.username(), change.now());
			return new Assignment(topic, waited);
		});
		if (assigned.isEmpty()) {
			return false;
		}
		presence.assigned(agent.username(), Instant.now());
		log.info("Conversation {} assigned to {}", id, agent.username());
		bus.toAgent(agent.username(), ToAgent.ConversationAssigned
			.of(views.assigned(id, assigned.get().topic(), assigned.get().waitedSeconds())), null);
		reportIfCitizenGone(id);
		return true;
	}

	/**
	 * A conversation just given to an agent whose citizen has no connection open (picked by the
	 * agent while its citizen was away, or the citizen left during a transfer) is treated as if the
	 * citizen left now: the agent is told, and the chat closes after the citizens' grace time unless
	 * the citizen comes back.
	 */
	private void reportIfCitizenGone(UUID id) {
		if (!citizens.isConnected(id)) {
			events.publishEvent(new HandoffEvents.CitizenLeft(id));
		}
	}

	/**
	 * Changes a conversation the agent holds.
	 *
	 * @throws AgentException {@code not_found} for an unknown conversation, {@code conflict} for one
	 * the agent does not hold
	 */
	private <T> T held(AgentConnection connection, String replyTo, UUID id,
			Function<AgentTranscripts.Change, T> work) {
		return transcripts.change(id, change -> {
			if (!connection.username().equals(change.agent())) {
				throw new AgentException(AgentError.CONFLICT, HandoffTexts.NOT_YOURS, replyTo);
			}
			return work.apply(change);
		}).orElseThrow(() -> new AgentException(AgentError.NOT_FOUND, HandoffTexts.NOT_FOUND, replyTo));
	}

	/** Tells each queued citizen their place and estimated wait when either changed. */
	private void tellPlaces() {
		List<PresentAgent> agents = presence.agents();
		List<HandoffStore.Waiting> queue = store.queue();
		for (int i = 0; i < queue.size(); i++) {
			HandoffStore.Waiting waiting = queue.get(i);
			int position = i + 1;
			int seconds = estimate.seconds(position, waiting.topic(), agents);
			if (!Integer.valueOf(position).equals(waiting.toldPosition())
					|| !Integer.valueOf(seconds).equals(waiting.toldEstimate())) {
				transcripts.change(waiting.conversationId(),
						change -> change.isQueued() && change.tellPlace(position, seconds));
			}
		}
	}

	/**
	 * A conversation just assigned.
	 *
	 * @param topic the skill it needs
	 * @param waitedSeconds how long it waited in the queue
	 */
	private record Assignment(String topic, long waitedSeconds) {
	}

	/**
	 * The agent's words as recorded.
	 *
	 * @param seq their place in the conversation
	 * @param retry whether they were recorded before, for an earlier {@code say} with the same id
	 */
	private record SaidOnce(long seq, boolean retry) {
	}

}
