import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A bounded load generator of citizens on the assistant's WebSocket {@code /ws/chat}.
 *
 * <p>It opens the given number of citizen connections evenly over the ramp time (each sends
 * {@code hello} and waits for {@code welcome}), then for the given duration sends {@code say}
 * messages at a fixed total rate, round robin over the connections that have no question waiting,
 * and measures the time from each {@code say} to its {@code bot.answer}, {@code bot.clarify} or
 * {@code bot.fallback}. One answer in ten is rated. Afterwards it waits a few seconds for late
 * replies, closes every connection and prints a table. Only the JDK is needed:
 *
 * <pre>java scripts/load/CitizenLoad.java --url ws://127.0.0.1:8080/ws/chat --connections 2000 --rate 200</pre>
 *
 * <p>With {@code --agents N}, N helpdesk agents are signed in on {@code /ws/agent} as well (their
 * logins from {@code --agent-credentials FILE}, or created with {@code --admin-token} through
 * {@code POST /api/admin/users}), and citizens hand off at {@code --handoff-rate} per second: each
 * waits for {@code agent.joined}, then exchanges {@code --chat-messages} messages with its agent,
 * who answers every one at once and closes the chat after the last. The time from {@code handoff}
 * to {@code agent.joined} and the relay of each message in both directions are measured.
 *
 * <p>Every run is bounded: at most 20,000 connections, 30 minutes of load and 10 minutes of ramp,
 * and only loopback addresses. Exit status: 0 after a completed run, 2 for a malformed command line.
 * Run by {@code scripts/load-citizens.sh}; see docs/benchmarks.md.
 */
public final class CitizenLoad {

	static final int MAX_CONNECTIONS = 20_000;
	static final Duration MAX_DURATION = Duration.ofMinutes(30);
	static final Duration MAX_RAMP = Duration.ofMinutes(10);
	static final int MAX_RATE = 5_000;
	/** A reply later than this counts as a timeout. */
	static final Duration REPLY_TIMEOUT = Duration.ofSeconds(5);
	static final Duration WELCOME_TIMEOUT = Duration.ofSeconds(15);
	/** Pings keep quiet sockets inside the server's idle timeout (90 s by default). */
	static final Duration PING_EVERY = Duration.ofSeconds(25);
	/** The server's default per-conversation flood limit, which the load must stay well under. */
	static final int CONVERSATION_LIMIT = 20;
	static final Duration CONVERSATION_PERIOD = Duration.ofSeconds(10);
	static final double RATE_SHARE = 0.10;
	static final int MAX_AGENTS = 500;
	static final int MAX_HANDOFF_RATE = 200;
	static final int MAX_CHAT_MESSAGES = 20;
	/** An agent socket that has not sent its state by then counts as failed. */
	static final Duration AGENT_STATE_TIMEOUT = Duration.ofSeconds(15);

	private CitizenLoad() {
	}

	public static void main(String[] args) throws Exception {
		Settings settings;
		try {
			settings = Settings.parse(args);
		} catch (IllegalArgumentException e) {
			System.err.println("citizen-load: " + e.getMessage());
			System.err.println(Settings.USAGE);
			System.exit(2);
			return;
		}
		Report report = new Run(settings).run();
		report.print(System.out);
		System.exit(0);
	}
}

/** The command line, checked against the bounds. Immutable. */
record Settings(URI url, int connections, int rate, Duration duration, Duration ramp, long serverPid, int agents,
		Path agentCredentials, String adminToken, int handoffRate, int chatMessages, URI agentUrl) {

	static final String USAGE = """
			usage: load-citizens.sh [--url ws://127.0.0.1:8080/ws/chat] [--connections 2000] [--rate 200]
			                        [--duration 60s] [--ramp 20s] [--server-pid PID]
			                        [--agents N (--agent-credentials FILE | --admin-token TOKEN)]
			                        [--handoff-rate 5] [--chat-messages 3] [--agent-url URL]
			  --connections  citizen connections to open and hold (1..20000)
			  --rate         questions per second over all connections (1..5000)
			  --duration     how long questions are sent, after the ramp (e.g. 60s, 5m; at most 30m)
			  --ramp         time over which the connections are opened (at most 10m)
			  --server-pid   the server's process: its memory is reported (Linux /proc and jcmd)
			  --agents       helpdesk agents to sign in on /ws/agent (0..500; default 0: no handoffs)
			  --agent-credentials  a file of agents' logins, one username:password per line
			  --admin-token  instead: an ADMIN login token; agents load-agent-RUN-N are created
			                 with POST /api/admin/users
			  --handoff-rate citizens handing off per second, with agents (1..200)
			  --chat-messages messages each handed-off citizen exchanges with its agent (1..20)
			  --agent-url    where agents open /ws/agent, e.g. another node of a cluster
			                 (default: the host of --url)
			Only loopback hosts are allowed: 127.0.0.1, localhost or ::1.""";

	private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1", "[::1]");

	static Settings parse(String[] args) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("--url", "ws://127.0.0.1:8080/ws/chat");
		values.put("--connections", "2000");
		values.put("--rate", "200");
		values.put("--duration", "60s");
		values.put("--ramp", "20s");
		values.put("--server-pid", "0");
		values.put("--agents", "0");
		values.put("--agent-url", "");
		values.put("--agent-credentials", "");
		values.put("--admin-token", "");
		values.put("--handoff-rate", "5");
		values.put("--chat-messages", "3");
		for (int i = 0; i < args.length; i++) {
			String name = args[i];
			String value = null;
			int equals = name.indexOf('=');
			if (equals > 0) {
				value = name.substring(equals + 1);
				name = name.substring(0, equals);
			}
			if (!values.containsKey(name)) {
				throw new IllegalArgumentException("unknown option " + args[i]);
			}
			if (value == null) {
				if (i + 1 >= args.length) {
					throw new IllegalArgumentException(name + " needs a value");
				}
				value = args[++i];
			}
			values.put(name, value);
		}
		URI url = loopbackUrl(values.get("--url"));
		int connections = number("--connections", values.get("--connections"), 1, CitizenLoad.MAX_CONNECTIONS);
		int rate = number("--rate", values.get("--rate"), 1, CitizenLoad.MAX_RATE);
		Duration duration = duration("--duration", values.get("--duration"), CitizenLoad.MAX_DURATION);
		Duration ramp = duration("--ramp", values.get("--ramp"), CitizenLoad.MAX_RAMP);
		if (duration.isZero()) {
			throw new IllegalArgumentException("--duration must be more than 0");
		}
		long pid = number("--server-pid", values.get("--server-pid"), 0, Integer.MAX_VALUE);
		double perConversation = rate * (1 + CitizenLoad.RATE_SHARE) * CitizenLoad.CONVERSATION_PERIOD.toSeconds()
				/ connections;
		if (perConversation > CitizenLoad.CONVERSATION_LIMIT * 0.8) {
			throw new IllegalArgumentException(String.format(Locale.ROOT,
					"%d questions/s over %d connections is %.1f messages per conversation per %ds,"
							+ " too close to the server's limit of %d: open more connections or lower the rate",
					rate, connections, perConversation, CitizenLoad.CONVERSATION_PERIOD.toSeconds(),
					CitizenLoad.CONVERSATION_LIMIT));
		}
		int agents = number("--agents", values.get("--agents"), 0, CitizenLoad.MAX_AGENTS);
		Path credentials = values.get("--agent-credentials").isBlank() ? null : Path.of(values.get("--agent-credentials"));
		String adminToken = values.get("--admin-token").isBlank() ? null : values.get("--admin-token").trim();
		if (agents > 0 && (credentials == null) == (adminToken == null)) {
			throw new IllegalArgumentException("--agents needs either --agent-credentials or --admin-token");
		}
		if (credentials != null && !Files.isReadable(credentials)) {
			throw new IllegalArgumentException("--agent-credentials cannot be read: " + credentials);
		}
		int handoffRate = number("--handoff-rate", values.get("--handoff-rate"), 1, CitizenLoad.MAX_HANDOFF_RATE);
		int chatMessages = number("--chat-messages", values.get("--chat-messages"), 1, CitizenLoad.MAX_CHAT_MESSAGES);
		URI agentUrl = values.get("--agent-url").isBlank() ? url.resolve("/ws/agent")
				: loopbackUrl(values.get("--agent-url"));
		return new Settings(url, connections, rate, duration, ramp, pid, agents, credentials, adminToken, handoffRate,
				chatMessages, agentUrl);
	}

	static URI loopbackUrl(String text) {
		URI url;
		try {
			url = new URI(text);
		} catch (Exception e) {
			throw new IllegalArgumentException("--url is not a URL: " + text);
		}
		if (!"ws".equals(url.getScheme()) && !"wss".equals(url.getScheme())) {
			throw new IllegalArgumentException("--url must start with ws:// or wss://: " + text);
		}
		if (url.getHost() == null || !LOOPBACK.contains(url.getHost().toLowerCase(Locale.ROOT))) {
			throw new IllegalArgumentException(
					"--url must name this machine (127.0.0.1, localhost or ::1), not " + url.getHost());
		}
		return url;
	}

	static int number(String name, String text, int min, int max) {
		int value;
		try {
			value = Integer.parseInt(text.trim());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(name + " must be a whole number, not " + text);
		}
		if (value < min || value > max) {
			throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", not " + value);
		}
		return value;
	}

	/** {@code 90}, {@code 90s}, {@code 1500ms}, {@code 5m}. */
	static Duration duration(String name, String text, Duration max) {
		String trimmed = text.trim().toLowerCase(Locale.ROOT);
		Duration value;
		try {
			if (trimmed.endsWith("ms")) {
				value = Duration.ofMillis(Long.parseLong(trimmed.substring(0, trimmed.length() - 2)));
			} else if (trimmed.endsWith("s")) {
				value = Duration.ofSeconds(Long.parseLong(trimmed.substring(0, trimmed.length() - 1)));
			} else if (trimmed.endsWith("m")) {
				value = Duration.ofMinutes(Long.parseLong(trimmed.substring(0, trimmed.length() - 1)));
			} else {
				value = Duration.ofSeconds(Long.parseLong(trimmed));
			}
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(name + " must be a duration such as 60s or 5m, not " + text);
		}
		if (value.isNegative() || value.compareTo(max) > 0) {
			throw new IllegalArgumentException(name + " must be between 0 and " + max.toMinutes() + "m, not " + text);
		}
		return value;
	}
}

/** One run: opens, loads, drains and closes, then reports. Used once, from the main thread. */
final class Run {

	private final Settings settings;
	private final Counters counters = new Counters();
	private final List<Citizen> held = new CopyOnWriteArrayList<>();
	private final List<Citizen> all = new ArrayList<>();
	private final ExecutorService callbacks = Executors.newFixedThreadPool(2, runnable -> {
		Thread thread = new Thread(runnable, "citizen-load");
		thread.setDaemon(true);
		return thread;
	});
	private final HttpClient client = HttpClient.newBuilder().executor(callbacks).build();
	private final ServerMemory memory;
	private final AgentPool agents;

	Run(Settings settings) {
		this.settings = settings;
		this.memory = new ServerMemory(settings.serverPid());
		this.agents = new AgentPool(settings, counters);
	}

	Report run() throws InterruptedException {
		long start = System.nanoTime();
		System.err.printf(Locale.ROOT, "Opening %d connections over %ds to %s ...%n", settings.connections(),
				settings.ramp().toSeconds(), settings.url());
		memory.sample();
		agents.start(client);
		ScheduledExecutorService housekeeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "citizen-load-housekeeping");
			thread.setDaemon(true);
			return thread;
		});
		housekeeper.scheduleWithFixedDelay(this::housekeeping, 200, 200, TimeUnit.MILLISECONDS);
		openConnections(start);
		long loadStart = start + settings.ramp().toNanos();
		sleepUntil(loadStart);
		System.err.printf(Locale.ROOT, "%d connections held; asking %d questions/s for %ds ...%n", held.size(),
				settings.rate(), settings.duration().toSeconds());
		int heldAtLoadStart = held.size();
		long loadEnd = loadStart + settings.duration().toNanos();
		sendQuestions(loadStart, loadEnd);
		int heldAtLoadEnd = (int) held.stream().filter(Citizen::isOpen).count();
		drain(loadEnd + CitizenLoad.REPLY_TIMEOUT.toNanos());
		housekeeper.shutdownNow();
		housekeeper.awaitTermination(5, TimeUnit.SECONDS);
		memory.sample();
		String heap = memory.heapAfterFullGc();
		System.err.println("Closing ...");
		closeAll();
		agents.close();
		long failed = all.stream().filter(c -> !c.wasWelcomed()).count();
		return new Report(settings, all.size(), heldAtLoadStart, heldAtLoadEnd, failed, counters,
				(loadEnd - loadStart) / 1e9, memory, heap, agents.online());
	}

	/**
	 * Opens the connections evenly over the ramp, then waits for their welcome: until the ramp ends,
	 * and at least the welcome timeout after the last one was opened.
	 */
	private void openConnections(long start) throws InterruptedException {
		long rampNanos = settings.ramp().toNanos();
		for (int i = 0; i < settings.connections(); i++) {
			sleepUntil(start + rampNanos * i / settings.connections());
			Citizen citizen = new Citizen(i, counters, held::add, settings.chatMessages());
			all.add(citizen);
			citizen.open(client, settings.url());
		}
		long welcomeDeadline = System.nanoTime() + CitizenLoad.WELCOME_TIMEOUT.toNanos();
		long rampEnd = start + rampNanos;
		for (Citizen citizen : all) {
			citizen.failUnlessWelcomedBy(Math.max(welcomeDeadline, rampEnd));
		}
	}

	/**
	 * Sends questions open loop: the number sent by any moment is the rate times the time elapsed,
	 * whatever the replies, so a slow server shows as latency and not as a lower rate.
	 */
	private void sendQuestions(long loadStart, long loadEnd) throws InterruptedException {
		long sent = 0;
		long handedOff = 0;
		int next = 0;
		while (true) {
			long now = System.nanoTime();
			if (now >= loadEnd) {
				break;
			}
			long due = (long) ((now - loadStart) / 1e9 * settings.rate());
			List<Citizen> open = held;
			while (sent < due) {
				sent++;
				Citizen chosen = null;
				for (int tries = 0; tries < open.size() && chosen == null; tries++) {
					Citizen candidate = open.get(next++ % open.size());
					if (candidate.isIdle()) {
						chosen = candidate;
					}
				}
				if (chosen == null) {
					counters.skipped.increment();
				} else {
					chosen.ask(Questions.any());
				}
			}
			long handoffsDue = settings.agents() == 0 ? 0 : (long) ((now - loadStart) / 1e9 * settings.handoffRate());
			while (handedOff < handoffsDue) {
				handedOff++;
				Citizen chosen = null;
				for (int tries = 0; tries < open.size() && chosen == null; tries++) {
					Citizen candidate = open.get(next++ % open.size());
					if (candidate.isIdle()) {
						chosen = candidate;
					}
				}
				if (chosen == null) {
					counters.handoffsSkipped.increment();
				} else {
					chosen.handOff();
				}
			}
			Thread.sleep(2);
		}
	}

	/** Runs every 200 ms from the first connection to the end of the drain: timeouts, pings, memory. */
	private void housekeeping() {
		long now = System.nanoTime();
		for (Citizen citizen : held) {
			citizen.expireQuestion(now);
			citizen.pingIfQuiet(now);
		}
		memory.sampleAtMostEverySecond(now);
		agents.pingIfQuiet(now);
	}

	/** Waits for the replies of the last questions, at most until the deadline. */
	private void drain(long deadline) throws InterruptedException {
		while (System.nanoTime() < deadline
				&& (held.stream().anyMatch(Citizen::isWaiting) || held.stream().anyMatch(Citizen::isInChat))) {
			Thread.sleep(20);
		}
		long now = System.nanoTime();
		for (Citizen citizen : held) {
			citizen.expireQuestion(now + CitizenLoad.REPLY_TIMEOUT.toNanos());
		}
	}

	private void closeAll() throws InterruptedException {
		List<CompletableFuture<?>> closing = new ArrayList<>();
		for (Citizen citizen : all) {
			closing.add(citizen.close());
		}
		try {
			CompletableFuture.allOf(closing.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
		} catch (Exception e) {
			// Whatever did not close in time is aborted below.
		}
		all.forEach(Citizen::abort);
	}

	private static void sleepUntil(long nanoTime) throws InterruptedException {
		long wait = nanoTime - System.nanoTime();
		if (wait > 0) {
			TimeUnit.NANOSECONDS.sleep(wait);
		}
	}
}

/** Everything counted during a run. Thread-safe. */
final class Counters {
	final LongAdder questions = new LongAdder();
	final LongAdder replies = new LongAdder();
	final Map<String, LongAdder> replyTypes = new ConcurrentHashMap<>();
	final LongAdder lateReplies = new LongAdder();
	final LongAdder timeouts = new LongAdder();
	final LongAdder skipped = new LongAdder();
	final LongAdder ratings = new LongAdder();
	final LongAdder acks = new LongAdder();
	final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
	final Map<String, LongAdder> serverCloses = new ConcurrentHashMap<>();
	final Map<String, LongAdder> connectFailures = new ConcurrentHashMap<>();
	final Latencies latencies = new Latencies();
	final LongAdder handoffs = new LongAdder();
	final LongAdder handoffsSkipped = new LongAdder();
	final LongAdder assigned = new LongAdder();
	final LongAdder queuedNotices = new LongAdder();
	final LongAdder chatsClosed = new LongAdder();
	final LongAdder chatMessages = new LongAdder();
	final Map<String, LongAdder> agentErrors = new ConcurrentHashMap<>();
	final Latencies assignment = new Latencies();
	final Latencies toAgent = new Latencies();
	final Latencies toCitizen = new Latencies();
	/** When each chat message was sent, by its marker, for the relay latency at the other end. */
	final Map<String, Long> sentAt = new ConcurrentHashMap<>();

	static void count(Map<String, LongAdder> counts, String key) {
		counts.computeIfAbsent(key, k -> new LongAdder()).increment();
	}
}

/** Say-to-reply latencies in microseconds; percentiles by nearest rank. Thread-safe. */
final class Latencies {
	private long[] values = new long[4096];
	private int size;

	synchronized void add(long micros) {
		if (size == values.length) {
			values = Arrays.copyOf(values, size * 2);
		}
		values[size++] = micros;
	}

	synchronized long[] sorted() {
		long[] copy = Arrays.copyOf(values, size);
		Arrays.sort(copy);
		return copy;
	}

	/** The nearest-rank percentile (0 < p ≤ 100) of sorted values. */
	static long percentile(long[] sorted, double p) {
		int rank = (int) Math.ceil(p / 100 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}
}

/**
 * A WebSocket listener that joins a text message's frames and hands each whole message to
 * {@link #receive}, asking for the next one after it.
 */
abstract class FrameListener implements WebSocket.Listener {

	private final StringBuilder partial = new StringBuilder();

	/** One whole text message from the server. */
	abstract void receive(String text);

	@Override
	public final CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
		partial.append(data);
		if (last) {
			String text = partial.toString();
			partial.setLength(0);
			receive(text);
		}
		webSocket.request(1);
		return null;
	}

}

/**
 * One citizen's connection: hello, then at most one question waiting for its reply at a time, and
 * sometimes a rating of the answer. Sends are chained, because a WebSocket takes one at a time.
 * Thread-safe: the load thread asks, the HTTP client's threads deliver.
 */
final class Citizen extends FrameListener {

	private final int number;
	private final Counters counters;
	private final java.util.function.Consumer<Citizen> onWelcome;
	private final AtomicLong ids = new AtomicLong();
	private volatile WebSocket socket;
	private volatile boolean welcomed;
	private volatile boolean failed;
	private volatile boolean closing;
	private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);
	private long lastSent = System.nanoTime();
	private String waitingFor;
	private long askedAt;
	private final int chatMessages;
	/** When the citizen asked for a human, 0 before; guarded by this. */
	private long handedOffAt;
	/** Chat messages sent to the agent; guarded by this. */
	private int chatSent;
	private volatile boolean chatOver;

	Citizen(int number, Counters counters, java.util.function.Consumer<Citizen> onWelcome, int chatMessages) {
		this.number = number;
		this.counters = counters;
		this.onWelcome = onWelcome;
		this.chatMessages = chatMessages;
	}

	void open(HttpClient client, URI url) {
		client.newWebSocketBuilder()
				.connectTimeout(CitizenLoad.WELCOME_TIMEOUT)
				.buildAsync(url, this)
				.whenComplete((ws, error) -> {
					if (error != null) {
						fail(rootCause(error).getClass().getSimpleName());
					}
				});
	}

	boolean wasWelcomed() {
		return welcomed;
	}

	boolean isOpen() {
		return welcomed && !failed && socket != null && !socket.isInputClosed() && !socket.isOutputClosed();
	}

	synchronized boolean isIdle() {
		return isOpen() && waitingFor == null && handedOffAt == 0;
	}

	/** Whether the citizen handed off and the chat with the agent has not ended yet. */
	synchronized boolean isInChat() {
		return isOpen() && handedOffAt != 0 && !chatOver;
	}

	/** Asks for a human; the citizen takes no more questions. */
	void handOff() {
		synchronized (this) {
			handedOffAt = System.nanoTime();
		}
		counters.handoffs.increment();
		send("{\"type\":\"handoff\",\"id\":\"h" + ids.incrementAndGet() + "\"}");
	}

	/** Sends the next chat message to the agent, marked so that the agent can time its relay. */
	private void sayToAgent() {
		int message;
		synchronized (this) {
			if (chatSent >= chatMessages) {
				return;
			}
			message = ++chatSent;
		}
		String marker = "c" + number + "-" + message;
		counters.sentAt.put("to-agent " + marker, System.nanoTime());
		counters.chatMessages.increment();
		send("{\"type\":\"say\",\"id\":\"m" + ids.incrementAndGet() + "\",\"text\":"
				+ Json.quote("请问我的事情办得怎么样了？#" + marker) + "}");
	}

	synchronized boolean isWaiting() {
		return isOpen() && waitingFor != null;
	}

	void failUnlessWelcomedBy(long deadline) throws InterruptedException {
		while (!welcomed && !failed && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		if (!welcomed && !failed) {
			fail("no welcome within " + CitizenLoad.WELCOME_TIMEOUT.toSeconds() + "s");
		}
	}

	void ask(String question) {
		String id = "q" + ids.incrementAndGet();
		synchronized (this) {
			waitingFor = id;
			askedAt = System.nanoTime();
		}
		counters.questions.increment();
		send("{\"type\":\"say\",\"id\":" + Json.quote(id) + ",\"text\":" + Json.quote(question) + "}");
	}

	/** Gives up on a question asked more than the reply timeout before {@code now}. */
	synchronized void expireQuestion(long now) {
		if (waitingFor != null && now - askedAt > CitizenLoad.REPLY_TIMEOUT.toNanos()) {
			waitingFor = null;
			counters.timeouts.increment();
		}
	}

	void pingIfQuiet(long now) {
		boolean quiet;
		synchronized (this) {
			quiet = now - lastSent > CitizenLoad.PING_EVERY.toNanos();
		}
		if (quiet && isOpen()) {
			send("{\"type\":\"ping\"}");
		}
	}

	CompletableFuture<?> close() {
		closing = true;
		WebSocket ws = socket;
		if (ws == null || ws.isOutputClosed()) {
			return CompletableFuture.completedFuture(null);
		}
		synchronized (this) {
			sending = sending.handle((ignored, error) -> null)
					.thenCompose(ignored -> ws.sendClose(WebSocket.NORMAL_CLOSURE, "load test over"));
			return sending.handle((ignored, error) -> null);
		}
	}

	void abort() {
		WebSocket ws = socket;
		if (ws != null) {
			ws.abort();
		}
	}

	@Override
	public void onOpen(WebSocket webSocket) {
		socket = webSocket;
		send("{\"type\":\"hello\",\"protocol\":1}");
		webSocket.request(1);
	}

	@Override
	public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
		if (!closing) {
			Counters.count(counters.serverCloses, statusCode + (reason == null || reason.isBlank() ? "" : " " + reason));
			if (!welcomed) {
				fail("closed " + statusCode);
			}
		}
		return null;
	}

	@Override
	public void onError(WebSocket webSocket, Throwable error) {
		if (!closing) {
			Counters.count(counters.serverCloses, "error " + rootCause(error).getClass().getSimpleName());
			if (!welcomed) {
				fail(rootCause(error).getClass().getSimpleName());
			}
		}
	}

	@Override
	void receive(String text) {
		Map<String, Object> message;
		try {
			message = Json.object(text);
		} catch (IllegalArgumentException e) {
			Counters.count(counters.errors, "unreadable frame");
			return;
		}
		String type = String.valueOf(message.get("type"));
		switch (type) {
			case "welcome" -> {
				if (!welcomed && !failed) {
					welcomed = true;
					onWelcome.accept(this);
				}
			}
			case "bot.answer", "bot.clarify", "bot.fallback" -> reply(type, message);
			case "handoff.queued" -> counters.queuedNotices.increment();
			case "agent.joined" -> {
				long waited;
				synchronized (this) {
					waited = System.nanoTime() - handedOffAt;
				}
				counters.assigned.increment();
				counters.assignment.add(TimeUnit.NANOSECONDS.toMicros(waited));
				sayToAgent();
			}
			case "agent.message" -> {
				String marker = Markers.of(String.valueOf(message.get("text")));
				Long sent = marker == null ? null : counters.sentAt.remove("to-citizen " + marker);
				if (sent != null) {
					counters.toCitizen.add(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - sent));
				}
				sayToAgent();
			}
			case "conversation.closed" -> {
				if ("agent".equals(message.get("by"))) {
					counters.chatsClosed.increment();
				}
				chatOver = true;
			}
			case "ack" -> counters.acks.increment();
			case "error" -> {
				Counters.count(counters.errors, String.valueOf(message.get("code")));
				finishQuestion(message.get("replyTo"));
			}
			default -> {
				// pong, rating.requested and the like need nothing.
			}
		}
	}

	private void reply(String type, Map<String, Object> message) {
		long now = System.nanoTime();
		long latency = -1;
		synchronized (this) {
			if (waitingFor != null && waitingFor.equals(message.get("replyTo"))) {
				latency = now - askedAt;
				waitingFor = null;
			}
		}
		if (latency < 0) {
			counters.lateReplies.increment();
			return;
		}
		counters.replies.increment();
		counters.latencies.add(TimeUnit.NANOSECONDS.toMicros(latency));
		Counters.count(counters.replyTypes, type);
		if ("bot.answer".equals(type) && message.get("seq") instanceof Number seq
				&& ThreadLocalRandom.current().nextDouble() < CitizenLoad.RATE_SHARE) {
			rate(seq.longValue());
		}
	}

	private synchronized void finishQuestion(Object replyTo) {
		if (waitingFor != null && waitingFor.equals(replyTo)) {
			waitingFor = null;
		}
	}

	private void rate(long seq) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		int level = 1 + random.nextInt(5);
		String tags = switch (level) {
			case 1, 2 -> ",\"tags\":[\"问题未解决\"]";
			case 4, 5 -> ",\"tags\":[\"解答准确\"]";
			default -> "";
		};
		counters.ratings.increment();
		send("{\"type\":\"rate\",\"id\":\"r" + ids.incrementAndGet() + "\",\"level\":" + level + ",\"seq\":" + seq
				+ tags + "}");
	}

	private void send(String json) {
		WebSocket ws = socket;
		synchronized (this) {
			lastSent = System.nanoTime();
			sending = sending.thenCompose(ignored -> ws.sendText(json, true)).exceptionally(error -> {
				if (!closing) {
					Counters.count(counters.errors, "send failed: " + rootCause(error).getClass().getSimpleName());
				}
				return null;
			});
		}
	}

	private void fail(String why) {
		if (!failed && !welcomed) {
			failed = true;
			Counters.count(counters.connectFailures, why);
			abort();
		}
	}

	private static Throwable rootCause(Throwable error) {
		Throwable cause = error;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	@Override
	public String toString() {
		return "citizen " + number;
	}
}

/**
 * The server's memory, when its process id is known: resident size from /proc (Linux) sampled
 * during the run, and the heap in use after a full collection from jcmd. Thread-safe.
 */
final class ServerMemory {
	private final long pid;
	private long firstKb = -1;
	private long peakKb = -1;
	private long lastKb = -1;
	private long lastSample;

	ServerMemory(long pid) {
		this.pid = pid;
	}

	boolean known() {
		return pid > 0;
	}

	synchronized void sampleAtMostEverySecond(long now) {
		if (now - lastSample >= TimeUnit.SECONDS.toNanos(1)) {
			lastSample = now;
			sample();
		}
	}

	synchronized void sample() {
		if (!known()) {
			return;
		}
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
					long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
					if (firstKb < 0) {
						firstKb = kb;
					}
					peakKb = Math.max(peakKb, kb);
					lastKb = kb;
				}
			}
		} catch (IOException | RuntimeException e) {
			// No /proc (not Linux) or the process is gone: the report says n/a.
		}
	}

	synchronized String rss() {
		if (firstKb < 0) {
			return "n/a";
		}
		return String.format(Locale.ROOT, "%d / %d / %d", firstKb / 1024, peakKb / 1024, lastKb / 1024);
	}

	/** Heap in use, in MB, after a full collection requested with jcmd, or why it is not known. */
	String heapAfterFullGc() {
		if (!known()) {
			return "n/a";
		}
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		try {
			run(jcmd.toString(), Long.toString(pid), "GC.run");
			String info = run(jcmd.toString(), Long.toString(pid), "GC.heap_info");
			java.util.regex.Matcher used = java.util.regex.Pattern.compile("used (\\d+)K").matcher(info);
			java.util.regex.Matcher committed = java.util.regex.Pattern.compile("committed (\\d+)K").matcher(info);
			if (used.find() && committed.find()) {
				return String.format(Locale.ROOT, "%d used / %d committed", Long.parseLong(used.group(1)) / 1024,
						Long.parseLong(committed.group(1)) / 1024);
			}
			return "n/a (jcmd said: " + info.strip().lines().findFirst().orElse("nothing") + ")";
		} catch (IOException e) {
			return "n/a (" + e.getMessage() + ")";
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return "n/a";
		}
	}

	private static String run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroy();
		}
		return new String(output, java.nio.charset.StandardCharsets.UTF_8);
	}
}

/** The figures of a run, printed as a plain-text table. Immutable once built. */
record Report(Settings settings, int attempted, int heldAtLoadStart, int heldAtLoadEnd, long failed,
		Counters counters, double loadSeconds, ServerMemory memory, String heap, int agentsOnline) {

	void print(java.io.PrintStream out) {
		long[] sorted = counters.latencies.sorted();
		Map<String, String> rows = new LinkedHashMap<>();
		rows.put("url", settings.url().toString());
		if (settings.agents() > 0) {
			rows.put("agent url", settings.agentUrl().toString());
		}
		rows.put("connections attempted", Long.toString(attempted));
		rows.put("connections held at start / end of load", heldAtLoadStart + " / " + heldAtLoadEnd);
		rows.put("connections failed", failed + describe(counters.connectFailures));
		rows.put("load", String.format(Locale.ROOT, "%d questions/s for %.0f s (after a %d s ramp)",
				settings.rate(), loadSeconds, settings.ramp().toSeconds()));
		rows.put("questions sent", Long.toString(counters.questions.sum()));
		rows.put("not sent: every connection waiting", Long.toString(counters.skipped.sum()));
		rows.put("replies", counters.replies.sum() + describe(counters.replyTypes));
		rows.put("ratings sent", Long.toString(counters.ratings.sum()));
		rows.put("acks", Long.toString(counters.acks.sum()));
		rows.put("error messages", sum(counters.errors) + describe(counters.errors));
		rows.put("timeouts (no reply in 5 s)", Long.toString(counters.timeouts.sum()));
		rows.put("late replies", Long.toString(counters.lateReplies.sum()));
		rows.put("closed by the server", sum(counters.serverCloses) + describe(counters.serverCloses));
		rows.put("questions/s sent", String.format(Locale.ROOT, "%.1f", counters.questions.sum() / loadSeconds));
		rows.put("replies/s", String.format(Locale.ROOT, "%.1f", counters.replies.sum() / loadSeconds));
		if (sorted.length > 0) {
			rows.put("latency p50 / p90 / p99 / max ms", String.format(Locale.ROOT, "%.1f / %.1f / %.1f / %.1f",
					Latencies.percentile(sorted, 50) / 1e3, Latencies.percentile(sorted, 90) / 1e3,
					Latencies.percentile(sorted, 99) / 1e3, sorted[sorted.length - 1] / 1e3));
		} else {
			rows.put("latency p50 / p90 / p99 / max ms", "n/a (no replies)");
		}
		if (settings.agents() > 0) {
			rows.put("agents signed in / online", settings.agents() + " / " + agentsOnline);
			rows.put("handoffs", String.format(Locale.ROOT, "%d at %d/s (not sent, no idle citizen: %d)",
					counters.handoffs.sum(), settings.handoffRate(), counters.handoffsSkipped.sum()));
			rows.put("assigned / queued notices / closed by agent", counters.assigned.sum() + " / "
					+ counters.queuedNotices.sum() + " / " + counters.chatsClosed.sum());
			rows.put("chat messages citizen to agent", Long.toString(counters.chatMessages.sum()));
			rows.put("agent errors", sum(counters.agentErrors) + describe(counters.agentErrors));
			rows.put("time to assignment p50 / p99 / max ms", percentiles(counters.assignment));
			rows.put("relay citizen to agent p50 / p99 / max ms", percentiles(counters.toAgent));
			rows.put("relay agent to citizen p50 / p99 / max ms", percentiles(counters.toCitizen));
		}
		if (memory.known()) {
			rows.put("server RSS MB first / peak / last", memory.rss());
			rows.put("server heap MB after full GC, connections held", heap);
		}
		int width = rows.keySet().stream().mapToInt(String::length).max().orElse(0);
		out.println("| " + pad("measure", width) + " | value |");
		out.println("|" + "-".repeat(width + 2) + "|---|");
		rows.forEach((name, value) -> out.println("| " + pad(name, width) + " | " + value + " |"));
	}

	private static String percentiles(Latencies latencies) {
		long[] sorted = latencies.sorted();
		if (sorted.length == 0) {
			return "n/a";
		}
		return String.format(Locale.ROOT, "%.1f / %.1f / %.1f (%d)", Latencies.percentile(sorted, 50) / 1e3,
				Latencies.percentile(sorted, 99) / 1e3, sorted[sorted.length - 1] / 1e3, sorted.length);
	}

	private static long sum(Map<String, LongAdder> counts) {
		return counts.values().stream().mapToLong(LongAdder::sum).sum();
	}

	private static String describe(Map<String, LongAdder> counts) {
		if (counts.isEmpty()) {
			return "";
		}
		StringBuilder text = new StringBuilder(" (");
		new TreeMap<>(counts).forEach((key, count) -> {
			if (text.length() > 2) {
				text.append(", ");
			}
			text.append(key).append(": ").append(count.sum());
		});
		return text.append(')').toString();
	}

	private static String pad(String text, int width) {
		return text + " ".repeat(width - text.length());
	}
}

/** The questions citizens ask: everyday matters of government service, in everyday words. */
final class Questions {
	private static final List<String> ALL = List.of(
			"身份证丢了怎么补办",
			"身份证快过期了，换新证要带什么",
			"补办身份证要多少钱",
			"临时身份证在哪里办",
			"公积金怎么提取",
			"租房可以提取公积金吗",
			"公积金贷款需要什么条件",
			"驾照到期换证要带什么",
			"驾驶证丢了怎么补",
			"新车上牌照要去哪里",
			"护照怎么办理，要几天",
			"港澳通行证续签在哪里办",
			"孩子出生了怎么上户口",
			"户口本丢了能补吗",
			"结婚登记需要带哪些材料",
			"离婚手续怎么办",
			"营业执照怎么申请",
			"个体户注销要什么手续",
			"社保卡丢了怎么挂失",
			"医保异地就医怎么备案",
			"退休了养老金怎么领",
			"失业金怎么申请",
			"居住证怎么办理",
			"无犯罪记录证明去哪开",
			"不动产登记证明怎么查",
			"房产证加名字要什么材料",
			"二手房过户要交哪些税",
			"出生医学证明丢了怎么补",
			"独生子女证在哪里办",
			"残疾证怎么申请",
			"低保怎么申请，需要什么条件",
			"老年人优待证怎么办",
			"工伤认定找哪个部门",
			"劳动合同纠纷去哪里投诉",
			"个人所得税怎么退税",
			"发票丢了怎么办",
			"餐馆食品经营许可证怎么办",
			"开药店要办什么证",
			"建房子要审批吗",
			"摩托车驾照怎么考",
			"车辆年检要带什么",
			"违章罚款在网上能交吗",
			"外地人在这里考驾照可以吗",
			"小孩上学积分怎么算",
			"新生儿医保怎么参保",
			"生育津贴怎么领",
			"狗证在哪里办",
			"办事大厅几点上班",
			"户籍迁移怎么办理",
			"人才引进落户要什么条件");

	private Questions() {
	}

	static String any() {
		return ALL.get(ThreadLocalRandom.current().nextInt(ALL.size()));
	}
}

/**
 * Just enough JSON for the citizen protocol: quoting strings, and reading a server message into
 * maps, lists, strings, numbers, booleans and null. Stateless; thread-safe.
 */
final class Json {

	private final String text;
	private int at;

	private Json(String text) {
		this.text = text;
	}

	static String quote(String value) {
		StringBuilder out = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
					} else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

	/** Reads a JSON object, or throws IllegalArgumentException. */
	@SuppressWarnings("unchecked")
	static Map<String, Object> object(String text) {
		Json reader = new Json(text);
		Object value = reader.value();
		reader.skipSpace();
		if (!(value instanceof Map) || reader.at != text.length()) {
			throw new IllegalArgumentException("not one JSON object");
		}
		return (Map<String, Object>) value;
	}

	private Object value() {
		skipSpace();
		if (at >= text.length()) {
			throw new IllegalArgumentException("unexpected end");
		}
		char c = text.charAt(at);
		return switch (c) {
			case '{' -> objectValue();
			case '[' -> arrayValue();
			case '"' -> string();
			case 't' -> literal("true", Boolean.TRUE);
			case 'f' -> literal("false", Boolean.FALSE);
			case 'n' -> literal("null", null);
			default -> number();
		};
	}

	private Map<String, Object> objectValue() {
		Map<String, Object> object = new LinkedHashMap<>();
		at++;
		skipSpace();
		if (peek() == '}') {
			at++;
			return object;
		}
		while (true) {
			skipSpace();
			if (peek() != '"') {
				throw new IllegalArgumentException("expected a name at " + at);
			}
			String name = string();
			skipSpace();
			expect(':');
			object.put(name, value());
			skipSpace();
			if (peek() == ',') {
				at++;
			} else {
				expect('}');
				return object;
			}
		}
	}

	private List<Object> arrayValue() {
		List<Object> array = new ArrayList<>();
		at++;
		skipSpace();
		if (peek() == ']') {
			at++;
			return array;
		}
		while (true) {
			array.add(value());
			skipSpace();
			if (peek() == ',') {
				at++;
			} else {
				expect(']');
				return array;
			}
		}
	}

	private String string() {
		at++;
		StringBuilder out = new StringBuilder();
		while (true) {
			char c = next();
			if (c == '"') {
				return out.toString();
			}
			if (c != '\\') {
				out.append(c);
				continue;
			}
			char escaped = next();
			switch (escaped) {
				case 'b' -> out.append('\b');
				case 'f' -> out.append('\f');
				case 'n' -> out.append('\n');
				case 'r' -> out.append('\r');
				case 't' -> out.append('\t');
				case 'u' -> {
					if (at + 4 > text.length()) {
						throw new IllegalArgumentException("short \\u escape");
					}
					out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
					at += 4;
				}
				default -> out.append(escaped);
			}
		}
	}

	private Number number() {
		int start = at;
		while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
			at++;
		}
		String digits = text.substring(start, at);
		if (digits.isEmpty()) {
			throw new IllegalArgumentException("unexpected character at " + start);
		}
		if (digits.matches("-?\\d{1,18}")) {
			return Long.parseLong(digits);
		}
		return Double.parseDouble(digits);
	}

	private Object literal(String word, Object value) {
		if (!text.startsWith(word, at)) {
			throw new IllegalArgumentException("unexpected word at " + at);
		}
		at += word.length();
		return value;
	}

	private void expect(char c) {
		if (next() != c) {
			throw new IllegalArgumentException("expected " + c + " at " + (at - 1));
		}
	}

	private char peek() {
		return at < text.length() ? text.charAt(at) : '\0';
	}

	private char next() {
		if (at >= text.length()) {
			throw new IllegalArgumentException("unexpected end");
		}
		return text.charAt(at++);
	}

	private void skipSpace() {
		while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
			at++;
		}
	}
}

/** The marker that ties a chat message to its relay: {@code #c17-2}, the citizen's number and the message's. */
final class Markers {
	private Markers() {
	}

	static String of(String text) {
		int at = text.lastIndexOf("#c");
		return at < 0 ? null : text.substring(at + 1).trim();
	}
}

/**
 * The helpdesk agents: logs them in, opens their {@code /ws/agent} sockets and answers every
 * citizen message at once, closing each chat after its last message. Thread-safe.
 */
final class AgentPool {

	private final Settings settings;
	private final Counters counters;
	private final List<Agent> agents = new CopyOnWriteArrayList<>();

	AgentPool(Settings settings, Counters counters) {
		this.settings = settings;
		this.counters = counters;
	}

	/** Signs the agents in and waits until each has its state, or the timeout. */
	void start(HttpClient client) throws InterruptedException {
		if (settings.agents() == 0) {
			return;
		}
		List<String[]> logins = logins(client);
		System.err.printf(Locale.ROOT, "Signing in %d agents ...%n", logins.size());
		URI agentUrl = settings.agentUrl();
		for (String[] login : logins) {
			String token = login(client, login[0], login[1]);
			Agent agent = new Agent(login[0], counters, settings.chatMessages());
			agents.add(agent);
			agent.open(client, agentUrl, token);
		}
		long deadline = System.nanoTime() + CitizenLoad.AGENT_STATE_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline && agents.stream().anyMatch(agent -> !agent.ready())) {
			Thread.sleep(20);
		}
		System.err.printf(Locale.ROOT, "%d agents online%n", online());
	}

	int online() {
		return (int) agents.stream().filter(Agent::ready).count();
	}

	void pingIfQuiet(long now) {
		agents.forEach(agent -> agent.pingIfQuiet(now));
	}

	void close() {
		agents.forEach(Agent::abort);
	}

	private List<String[]> logins(HttpClient client) throws InterruptedException {
		List<String[]> logins = new ArrayList<>();
		if (settings.agentCredentials() != null) {
			try {
				for (String line : Files.readAllLines(settings.agentCredentials())) {
					String trimmed = line.trim();
					int colon = trimmed.indexOf(':');
					if (!trimmed.isEmpty() && !trimmed.startsWith("#") && colon > 0) {
						logins.add(new String[] { trimmed.substring(0, colon), trimmed.substring(colon + 1) });
					}
				}
			} catch (IOException e) {
				throw new IllegalStateException("cannot read " + settings.agentCredentials() + ": " + e.getMessage());
			}
			if (logins.size() < settings.agents()) {
				throw new IllegalStateException(settings.agentCredentials() + " has " + logins.size()
						+ " logins, fewer than --agents " + settings.agents());
			}
			return logins.subList(0, settings.agents());
		}
		String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
		for (int i = 1; i <= settings.agents(); i++) {
			String username = "load-agent-" + run + "-" + i;
			// Lower case, upper case, digits and a symbol, whatever the random part holds: the password rules.
			String password = "Load-7" + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
			HttpResponse<String> created = post(client, "/api/admin/users", settings.adminToken(),
					"{\"username\":" + Json.quote(username) + ",\"password\":" + Json.quote(password)
							+ ",\"displayName\":" + Json.quote("坐席" + i) + ",\"roles\":[\"AGENT\"],\"skills\":[]}");
			if (created.statusCode() != 201 && created.statusCode() != 200) {
				throw new IllegalStateException("POST /api/admin/users answered " + created.statusCode() + ": "
						+ created.body());
			}
			logins.add(new String[] { username, password });
		}
		return logins;
	}

	private String login(HttpClient client, String username, String password) throws InterruptedException {
		HttpResponse<String> response = post(client, "/api/auth/login", null,
				"{\"username\":" + Json.quote(username) + ",\"password\":" + Json.quote(password) + "}");
		if (response.statusCode() != 200) {
			throw new IllegalStateException("login of " + username + " answered " + response.statusCode());
		}
		return String.valueOf(Json.object(response.body()).get("token"));
	}

	private HttpResponse<String> post(HttpClient client, String path, String token, String body)
			throws InterruptedException {
		URI url = URI.create(("wss".equals(settings.url().getScheme()) ? "https" : "http") + "://"
				+ settings.url().getRawAuthority() + path);
		HttpRequest.Builder request = HttpRequest.newBuilder(url)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		} catch (IOException e) {
			throw new IllegalStateException("POST " + path + " failed: " + e.getMessage());
		}
	}
}

/**
 * One agent's console: answers each citizen message at once with a reply carrying the same
 * marker, and closes the chat after its last message. Sends are chained. Thread-safe.
 */
final class Agent extends FrameListener {

	private final String username;
	private final Counters counters;
	private final int chatMessages;
	private final AtomicLong ids = new AtomicLong();
	private final Map<String, Integer> received = new ConcurrentHashMap<>();
	private volatile WebSocket socket;
	private volatile boolean ready;
	private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);
	private long lastSent = System.nanoTime();

	Agent(String username, Counters counters, int chatMessages) {
		this.username = username;
		this.counters = counters;
		this.chatMessages = chatMessages;
	}

	void open(HttpClient client, URI url, String token) {
		client.newWebSocketBuilder()
				.header("Authorization", "Bearer " + token)
				.connectTimeout(CitizenLoad.AGENT_STATE_TIMEOUT)
				.buildAsync(url, this)
				.whenComplete((ws, error) -> {
					if (error != null) {
						Counters.count(counters.agentErrors, "connect " + error.getClass().getSimpleName());
					}
				});
	}

	boolean ready() {
		return ready;
	}

	@Override
	public void onOpen(WebSocket webSocket) {
		socket = webSocket;
		webSocket.request(1);
	}

	@Override
	public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
		Counters.count(counters.agentErrors, "closed " + statusCode);
		return null;
	}

	@Override
	void receive(String text) {
		Map<String, Object> message = Json.object(text);
		String type = String.valueOf(message.get("type"));
		switch (type) {
			case "agent.state" -> ready = true;
			case "citizen.message" -> answer(String.valueOf(message.get("conversationId")),
					String.valueOf(message.get("text")));
			case "conversation.assigned" -> answerUnanswered(String.valueOf(message.get("conversationId")),
					message.get("transcript"));
			case "error" -> Counters.count(counters.agentErrors, String.valueOf(message.get("code")));
			default -> {
				// the queue and alerts need nothing.
			}
		}
	}

	/**
	 * Answers the citizen's words to an agent that are already in the transcript of a chat just
	 * assigned: with the agent on another node of a cluster, the citizen may be told that the agent
	 * joined, and speak, before the agent's console reads the chat.
	 */
	private void answerUnanswered(String conversationId, Object transcript) {
		if (transcript instanceof List<?> events) {
			for (Object event : events) {
				if (event instanceof Map<?, ?> said && "citizen.message".equals(said.get("type"))) {
					String text = String.valueOf(said.get("text"));
					String marker = Markers.of(text);
					if (marker != null && counters.sentAt.containsKey("to-agent " + marker)) {
						answer(conversationId, text);
					}
				}
			}
		}
	}

	private void answer(String conversationId, String text) {
		long now = System.nanoTime();
		String marker = Markers.of(text);
		Long sent = marker == null ? null : counters.sentAt.remove("to-agent " + marker);
		if (sent != null) {
			counters.toAgent.add(TimeUnit.NANOSECONDS.toMicros(now - sent));
		}
		int count = received.merge(conversationId, 1, Integer::sum);
		if (marker != null) {
			counters.sentAt.put("to-citizen " + marker, System.nanoTime());
		}
		send("{\"type\":\"say\",\"id\":\"a" + ids.incrementAndGet() + "\",\"conversationId\":"
				+ Json.quote(conversationId) + ",\"text\":" + Json.quote("好的，我来帮您查一下。#" + marker) + "}");
		if (count >= chatMessages) {
			received.remove(conversationId);
			send("{\"type\":\"close\",\"id\":\"x" + ids.incrementAndGet() + "\",\"conversationId\":"
					+ Json.quote(conversationId) + "}");
		}
	}

	void pingIfQuiet(long now) {
		boolean quiet;
		synchronized (this) {
			quiet = now - lastSent > CitizenLoad.PING_EVERY.toNanos();
		}
		if (quiet && socket != null) {
			send("{\"type\":\"ping\"}");
		}
	}

	void abort() {
		WebSocket ws = socket;
		if (ws != null) {
			ws.abort();
		}
	}

	private void send(String json) {
		WebSocket ws = socket;
		synchronized (this) {
			lastSent = System.nanoTime();
			sending = sending.thenCompose(ignored -> ws.sendText(json, true)).exceptionally(error -> {
				Counters.count(counters.agentErrors, "send failed");
				return null;
			});
		}
	}

	@Override
	public String toString() {
		return "agent " + username;
	}
}
