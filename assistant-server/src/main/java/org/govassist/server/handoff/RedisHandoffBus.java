package org.govassist.server.handoff;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.govassist.server.chat.AgentTranscripts;
import org.govassist.server.system.ClusterSignals;
import org.govassist.server.system.NodeIdentity;
import org.govassist.server.system.OnCluster;
import org.govassist.server.system.PeriodicJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The handoff bus of a cluster: every message for agents is a signal to every node (topic
 * {@value #TOPIC}), and each node delivers it to its own agent sockets.
 *
 * <p>What a console must not miss is never carried by the signal itself, which a node may lose:
 * the signal only says what to look at, and each node reads it from the database. The queue
 * ({@code queue.changed}) is read again and sent to every console that shows another one. An
 * agent's chats ({@code conversation.assigned}, {@code conversation.released},
 * {@code conversation.closed}) and the words in them ({@code citizen.message}, and
 * {@code agent.message} from the agent's other consoles) are caught up per console: the chats the
 * agent holds in the database that the console does not show yet are sent as assigned, the chats
 * it shows that ended are sent as released or closed (by their end in {@code agent_chat}), and the
 * events recorded in the others since the last one it was sent are sent in seq order. The other
 * messages ({@code citizen.left}, {@code citizen.returned}, {@code sla.alert}) are notices carried
 * in the signal. In case a signal is lost, every node catches its consoles up every
 * {@value #CATCH_UP_SECONDS} seconds anyway.
 *
 * <p>Thread-safe: each node handles the signals, its own included, one at a time on a delivery
 * thread of its own, in the order they came; what each console was shown is touched on that
 * thread only. A thread that sends a signal waits (a few seconds at most) until this node's
 * consoles got what it brings.
 */
@Component
@OnCluster
final class RedisHandoffBus implements HandoffBus, PeriodicJob, DisposableBean {

	static final String TOPIC = "handoff";

	private static final Logger log = LoggerFactory.getLogger(RedisHandoffBus.class);

	private static final int CATCH_UP_SECONDS = 5;

	/** How long a node's own consoles may take to get a signal before the sender goes on regardless. */
	private static final int LONGEST_LOCAL_DELIVERY_SECONDS = 5;

	private static final JsonMapper SIGNALS = JsonMapper.builder().build();

	private final AgentConnections connections;

	private final HandoffStore store;

	private final DeskViews views;

	private final AgentTranscripts transcripts;

	private final AgentJson json;

	private final ClusterSignals signals;

	private final ApplicationEventPublisher events;

	private final String node;

	private final ExecutorService delivery = Executors.newSingleThreadExecutor(this::deliveryThread);

	private volatile Thread deliveryThread;

	/** What each console of this node was shown; read and changed on the delivery thread only. */
	private final Map<AgentConnection, Console> consoles = new ConcurrentHashMap<>();

	/** How long the citizens of conversations just assigned waited in the queue; delivery thread only. */
	private final Map<UUID, Long> waits = new HashMap<>();

	private final AtomicBoolean queueRequested = new AtomicBoolean();

	RedisHandoffBus(AgentConnections connections, HandoffStore store, DeskViews views, AgentTranscripts transcripts,
			AgentJson json, ClusterSignals signals, ApplicationEventPublisher events, NodeIdentity node) {
		this.connections = connections;
		this.store = store;
		this.views = views;
		this.transcripts = transcripts;
		this.json = json;
		this.signals = signals;
		this.events = events;
		this.node = node.name();
		signals.listen(TOPIC, this::received);
	}

	@Override
	public void toAgent(String username, ToAgent message, String exceptSocket) {
		publish(switch (message) {
			case ToAgent.ConversationAssigned assigned ->
				Signal.chats(node, username, assigned.conversationId(), assigned.waitingSeconds(), null, null);
			case ToAgent.AgentMessage said ->
				Signal.chats(node, username, said.conversationId(), null, exceptSocket, said.seq());
			case ToAgent.ConversationReleased released -> Signal.chats(node, username, null, null, null, null);
			case ToAgent.ConversationClosed closed -> Signal.chats(node, username, null, null, null, null);
			case ToAgent.CitizenMessage said -> Signal.chats(node, username, null, null, null, null);
			default -> Signal.message(node, username, exceptSocket, json.write(message));
		});
	}

	@Override
	public void toAllAgents(ToAgent message) {
		if (message instanceof ToAgent.QueueChanged) {
			queueChanged();
		}
		else {
			publish(Signal.message(node, null, null, json.write(message)));
		}
	}

	@Override
	public void queueChanged() {
		publish(new Signal(node, Signal.QUEUE, null, null, null, null, null, null, null, null));
	}

	@Override
	public void consoleOpened(AgentConnection connection, ToAgent.AgentState state, Map<UUID, Long> chatIds) {
		Console console = new Console(DeskViews.queueKey(state.queue()));
		for (ToAgent.AssignedView view : state.conversations()) {
			console.chats.put(view.conversationId(),
					new Shown(chatIds.getOrDefault(view.conversationId(), 0L), DeskViews.lastSeq(view)));
		}
		deliver(() -> {
			if (connection.isOpen()) {
				consoles.put(connection, console);
				// What changed since the state was read, before this console was known here.
				catchUp(connection.username());
				sendQueue();
			}
		});
	}

	@Override
	public void consoleClosed(AgentConnection connection) {
		deliver(() -> consoles.remove(connection));
	}

	@Override
	public void loginEnded(AgentLoginEnded ended) {
		events.publishEvent(ended);
		send(new Signal(node, Signal.LOGIN, ended.username(), null, null, null, null, null, ended.tokenHash(),
				ended.reason()));
	}

	@Override
	public String name() {
		return "catching agents' consoles up with the database";
	}

	@Override
	public Duration interval() {
		return Duration.ofSeconds(CATCH_UP_SECONDS);
	}

	@Override
	public void run() {
		requestQueue();
		deliver(() -> {
			consoles.keySet().removeIf(connection -> !connection.isOpen());
			consoles.keySet().stream().map(AgentConnection::username).distinct().forEach(this::catchUp);
			// Each wait was used by the catch-up of the signal that brought it, or is of no use.
			waits.clear();
		});
	}

	@Override
	public void destroy() throws InterruptedException {
		delivery.shutdownNow();
		delivery.awaitTermination(5, TimeUnit.SECONDS);
	}

	/**
	 * Handles a signal on this node and sends it to the others, then waits until this node's
	 * consoles got what it brings, so that they see it before anything the caller sends next (the
	 * {@code ack} of a {@code pick} after its {@code conversation.assigned}, say), as on a single
	 * node.
	 */
	private void publish(Signal signal) {
		Future<?> handled = handle(signal, true);
		send(signal);
		if (Thread.currentThread() == deliveryThread) {
			return;
		}
		try {
			handled.get(LONGEST_LOCAL_DELIVERY_SECONDS, TimeUnit.SECONDS);
		}
		catch (TimeoutException ex) {
			log.warn("This node's agent consoles are slow to take a {} signal", signal.kind());
		}
		catch (ExecutionException | CancellationException ex) {
			// Failures are logged where they happen.
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void send(Signal signal) {
		try {
			signals.send(TOPIC, SIGNALS.writeValueAsString(signal));
		}
		catch (RuntimeException ex) {
			// The other nodes catch up from the database within a few seconds.
			log.warn("Could not signal the other nodes: {}", signal.kind(), ex);
		}
	}

	private void received(String payload) {
		Signal signal = SIGNALS.readValue(payload, Signal.class);
		if (node.equals(signal.node())) {
			return;
		}
		if (Signal.LOGIN.equals(signal.kind())) {
			deliver(() -> events.publishEvent(new AgentLoginEnded(signal.agent(), signal.tokenHash(), signal.reason())));
		}
		else {
			handle(signal, false);
		}
	}

	/**
	 * Handles a signal on the delivery thread.
	 *
	 * @param signal the signal
	 * @param sentHere whether this node sent it: a queue is then read again in any case, not only
	 * when no reading is pending already
	 * @return the handling
	 */
	private Future<?> handle(Signal signal, boolean sentHere) {
		return switch (signal.kind()) {
			case Signal.QUEUE -> sentHere ? deliver(this::sendQueue) : requestQueue();
			case Signal.CHATS -> deliver(() -> {
				if (connections.of(signal.agent()).isEmpty()) {
					return;
				}
				if (signal.conversationId() != null && signal.waitingSeconds() != null) {
					waits.put(signal.conversationId(), signal.waitingSeconds());
				}
				if (signal.ownSeq() != null && node.equals(signal.node())) {
					consoles.forEach((connection, console) -> {
						if (connection.id().equals(signal.exceptSocket())) {
							console.own.add(new OwnWords(signal.conversationId(), signal.ownSeq()));
						}
					});
				}
				catchUp(signal.agent());
			});
			case Signal.MESSAGE -> deliver(() -> {
				List<AgentConnection> targets = signal.agent() == null ? connections.all() : connections.of(signal.agent());
				for (AgentConnection connection : targets) {
					if (!(node.equals(signal.node()) && connection.id().equals(signal.exceptSocket()))) {
						connection.sendText(signal.message());
					}
				}
			});
			default -> {
				log.warn("Ignoring a handoff signal of the unknown kind {}", signal.kind());
				yield CompletableFuture.completedFuture(null);
			}
		};
	}

	/** Sends the queue to the consoles here soon; requests made meanwhile are combined. */
	private Future<?> requestQueue() {
		if (queueRequested.compareAndSet(false, true)) {
			return deliver(() -> {
				queueRequested.set(false);
				sendQueue();
			});
		}
		return CompletableFuture.completedFuture(null);
	}

	/** Reads the queue and sends it to every console here that shows another one. On the delivery thread. */
	private void sendQueue() {
		if (consoles.isEmpty()) {
			return;
		}
		List<ToAgent.QueueItem> items = views.queueItems();
		List<List<Object>> key = DeskViews.queueKey(items);
		consoles.forEach((connection, console) -> {
			if (!key.equals(console.queue)) {
				connection.send(new ToAgent.QueueChanged(items));
				console.queue = key;
			}
		});
	}

	/** Catches every console of an agent on this node up with the agent's chats in the database. */
	private void catchUp(String username) {
		List<AgentConnection> sockets = connections.of(username);
		if (sockets.stream().noneMatch(consoles::containsKey)) {
			return;
		}
		Map<UUID, HandoffStore.Held> held = store.heldBy(username)
			.stream()
			.collect(Collectors.toMap(HandoffStore.Held::conversationId, chat -> chat));
		for (AgentConnection connection : sockets) {
			Console console = consoles.get(connection);
			if (console != null) {
				endChats(connection, console, held);
				sendNewEvents(connection, console, held);
				sendNewChats(connection, console, held);
			}
		}
		waits.keySet().removeAll(held.keySet());
	}

	/** The chats the console shows that ended: released or closed, as recorded. */
	private void endChats(AgentConnection connection, Console console, Map<UUID, HandoffStore.Held> held) {
		Iterator<Map.Entry<UUID, Shown>> shown = console.chats.entrySet().iterator();
		while (shown.hasNext()) {
			Map.Entry<UUID, Shown> chat = shown.next();
			HandoffStore.Held now = held.get(chat.getKey());
			if (now != null && now.chatId() == chat.getValue().chatId()) {
				continue;
			}
			Optional<String> end = chat.getValue().chatId() == 0 ? Optional.of("") : store.endOf(chat.getValue().chatId());
			if (end.isEmpty()) {
				// Ended in the conversation, not yet in agent_chat: the next catch-up tells.
				continue;
			}
			shown.remove();
			console.own.removeIf(words -> words.conversationId().equals(chat.getKey()));
			ended(chat.getKey(), end.get()).ifPresent(connection::send);
		}
	}

	/** The words recorded in the chats the console shows since the last ones it was sent. */
	private void sendNewEvents(AgentConnection connection, Console console, Map<UUID, HandoffStore.Held> held) {
		console.chats.forEach((conversationId, shown) -> {
			HandoffStore.Held now = held.get(conversationId);
			if (now == null || now.chatId() != shown.chatId()) {
				return;
			}
			for (String stored : transcripts.eventsAfter(conversationId, shown.lastSeq())) {
				JsonNode event = json.readStored(stored);
				long seq = event.path("seq").asLong();
				switch (event.path("type").asString()) {
					case "citizen.message" ->
						connection.send(new ToAgent.CitizenMessage(conversationId, seq, event.path("text").asString()));
					case "agent.message" -> {
						if (!console.own.remove(new OwnWords(conversationId, seq))) {
							connection.send(new ToAgent.AgentMessage(conversationId, seq, event.path("text").asString(),
									event.path("agentName").asString()));
						}
					}
					default -> {
						// The console shows the citizen's words and the agent's; the rest is the bot's.
					}
				}
				shown.lastSeq(seq);
			}
		});
	}

	/** The chats the agent holds that the console does not show yet. */
	private void sendNewChats(AgentConnection connection, Console console, Map<UUID, HandoffStore.Held> held) {
		for (HandoffStore.Held chat : held.values()) {
			if (console.chats.containsKey(chat.conversationId())) {
				continue;
			}
			Long waited = waits.get(chat.conversationId());
			ToAgent.AssignedView view = waited != null ? views.assigned(chat.conversationId(), chat.topic(), waited)
					: views.held(chat);
			connection.send(ToAgent.ConversationAssigned.of(view));
			console.chats.put(chat.conversationId(), new Shown(chat.chatId(), DeskViews.lastSeq(view)));
		}
	}

	/** The message for a chat that ended for a reason recorded in {@code agent_chat}. */
	private static Optional<ToAgent> ended(UUID conversationId, String reason) {
		return switch (reason) {
			case "closed" -> Optional.of(new ToAgent.ConversationClosed(conversationId, "agent"));
			case "citizen", "timeout" -> Optional.of(new ToAgent.ConversationClosed(conversationId, reason));
			case "transfer", "grace", "signed_out" -> Optional.of(new ToAgent.ConversationReleased(conversationId, reason));
			default -> Optional.empty();
		};
	}

	/** Runs work on the delivery thread, after whatever is there already. */
	private Future<?> deliver(Runnable work) {
		try {
			return delivery.submit(() -> {
				try {
					work.run();
				}
				catch (RuntimeException ex) {
					log.warn("Delivering to agents' consoles failed", ex);
				}
			});
		}
		catch (RejectedExecutionException ex) {
			log.debug("Not delivering to agents' consoles: the node is stopping");
			return CompletableFuture.completedFuture(null);
		}
	}

	private Thread deliveryThread(Runnable work) {
		Thread thread = Thread.ofPlatform().name("handoff-delivery").daemon().unstarted(work);
		deliveryThread = thread;
		return thread;
	}

	/**
	 * A handoff signal, as JSON.
	 *
	 * @param node the node that sent it
	 * @param kind {@link #MESSAGE}, {@link #CHATS}, {@link #QUEUE} or {@link #LOGIN}
	 * @param agent the agent it is for; {@code null} for every agent
	 * @param exceptSocket the id of a socket of the sending node not to send to, or {@code null}
	 * @param message for {@link #MESSAGE}: the message to deliver, as JSON
	 * @param conversationId for {@link #CHATS}: the conversation just assigned or spoken in, or
	 * {@code null}
	 * @param waitingSeconds for {@link #CHATS}: how long the citizen of a conversation just assigned
	 * waited in the queue, else {@code null}
	 * @param ownSeq for {@link #CHATS}: the seq of the agent's words from {@code exceptSocket},
	 * which that socket has had acknowledged
	 * @param tokenHash for {@link #LOGIN}: the login token that ended, or {@code null} for all
	 * @param reason for {@link #LOGIN}: why
	 */
	record Signal(String node, String kind, String agent, String exceptSocket, String message, UUID conversationId,
			Long waitingSeconds, Long ownSeq, String tokenHash, String reason) {

		/** A notice to deliver as it is. */
		static final String MESSAGE = "message";

		/** The agent's chats or the words in them changed: catch the agent's consoles up. */
		static final String CHATS = "chats";

		/** The queue may have changed: read it again. */
		static final String QUEUE = "queue";

		/** A login ended: close its consoles. */
		static final String LOGIN = "login";

		static Signal message(String node, String agent, String exceptSocket, String message) {
			return new Signal(node, MESSAGE, agent, exceptSocket, message, null, null, null, null, null);
		}

		static Signal chats(String node, String agent, UUID conversationId, Long waitingSeconds, String exceptSocket,
				Long ownSeq) {
			return new Signal(node, CHATS, agent, exceptSocket, null, conversationId, waitingSeconds, ownSeq, null, null);
		}

	}

	/** What one console was shown. Not thread-safe: used on the delivery thread only. */
	private static final class Console {

		/** The chats it shows, by conversation. */
		final Map<UUID, Shown> chats = new HashMap<>();

		/** The agent's words this console sent itself and had acknowledged, not to send back. */
		final Set<OwnWords> own = new HashSet<>();

		/** The queue it shows ({@link DeskViews#queueKey}). */
		List<List<Object>> queue;

		Console(List<List<Object>> queue) {
			this.queue = queue;
		}

	}

	/**
	 * Words of the agent sent from a console.
	 *
	 * @param conversationId the conversation
	 * @param seq their seq in it
	 */
	private record OwnWords(UUID conversationId, long seq) {
	}

	/** A chat a console shows: the agent's chat in {@code agent_chat} and the last event sent of it. */
	private static final class Shown {

		private final long chatId;

		private long lastSeq;

		Shown(long chatId, long lastSeq) {
			this.chatId = chatId;
			this.lastSeq = lastSeq;
		}

		long chatId() {
			return chatId;
		}

		long lastSeq() {
			return lastSeq;
		}

		void lastSeq(long seq) {
			lastSeq = seq;
		}

	}

}
