package org.govassist.server.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.WebSocketRoute;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for the assistant inside one browser context: it serves the widget's pages from the
 * classpath, as the server does, at {@value #ORIGIN}, and plays the server's side of
 * {@code /ws/chat} as the test directs. It answers {@code hello} with a {@code welcome} and
 * acknowledges {@code say} and {@code choose}; every other event is sent by the test, so that the
 * widget can be shown each message of the protocol exactly when a test wants it. Events go to the
 * widget's latest connection.
 *
 * <p>Not thread-safe: Playwright calls its handlers on the test's thread while the test waits
 * in a Playwright call, such as {@link #awaitMessage}.
 */
final class ScriptedChatServer {

	/** Where the pages are served; no request leaves the browser. */
	static final String ORIGIN = "http://portal.test";

	private static final String STATIC_ROOT = "META-INF/resources";

	private static final Map<String, String> CONTENT_TYPES = Map.of("html", "text/html; charset=utf-8", "js",
			"text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "svg", "image/svg+xml");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final BrowserContext context;

	private final List<JsonNode> received = new ArrayList<>();

	private final String conversationId = UUID.randomUUID().toString();

	/** Indexes in {@link #received} of the messages awaitMessage has returned. */
	private final Set<Integer> returned = new HashSet<>();

	private long seq;

	private Map<String, Object> greeting;

	private WebSocketRoute socket;

	private ScriptedChatServer(BrowserContext context) {
		this.context = context;
	}

	/**
	 * Serves the pages and the chat socket in a browser context.
	 *
	 * @param context a fresh context, before any page is opened in it
	 * @return the server, to direct
	 */
	static ScriptedChatServer serve(BrowserContext context) {
		ScriptedChatServer server = new ScriptedChatServer(context);
		context.route(ORIGIN + "/**", ScriptedChatServer::servePage);
		context.routeWebSocket(ORIGIN.replace("http:", "ws:") + "/ws/chat", server::accept);
		return server;
	}

	/** Sends this greeting in every {@code welcome} from now on. */
	void greet(String text, List<Map<String, String>> popular) {
		greeting = Map.of("text", text, "popular", popular);
	}

	/**
	 * Waits for the widget's earliest message of a type not returned before.
	 *
	 * @param type e.g. {@code handoff}
	 * @return the message
	 */
	JsonNode awaitMessage(String type) {
		context.waitForCondition(() -> indexOf(type) >= 0);
		int index = indexOf(type);
		returned.add(index);
		return received.get(index);
	}

	/**
	 * Sends an event that belongs to the conversation's record, with the next seq.
	 *
	 * @param type e.g. {@code agent.message}
	 * @param fields the event's other fields
	 * @return the seq given to it
	 */
	long sendEvent(String type, Map<String, ?> fields) {
		seq += 1;
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("type", type);
		event.put("seq", seq);
		event.putAll(fields);
		send(event);
		return seq;
	}

	/** Acknowledges a client message by its id. */
	void acknowledge(JsonNode message) {
		send(Map.of("type", "ack", "replyTo", message.get("id").asString()));
	}

	/** Sends any message as it is, once the widget has connected. */
	void send(Map<String, ?> message) {
		context.waitForCondition(() -> socket != null);
		write(message);
	}

	private void write(Map<String, ?> message) {
		socket.send(JSON.writeValueAsString(message));
	}

	private int indexOf(String type) {
		for (int index = 0; index < received.size(); index++) {
			if (!returned.contains(index) && type.equals(received.get(index).path("type").asString())) {
				return index;
			}
		}
		return -1;
	}

	private void accept(WebSocketRoute route) {
		socket = route;
		route.onMessage(frame -> receive(JSON.readTree(frame.text())));
	}

	private void receive(JsonNode message) {
		received.add(message);
		switch (message.path("type").asString()) {
			case "hello" -> {
				Map<String, Object> welcome = new LinkedHashMap<>();
				welcome.put("type", "welcome");
				welcome.put("conversationId", conversationId);
				welcome.put("token", "scripted-token");
				welcome.put("seq", seq);
				if (greeting != null) {
					welcome.put("greeting", greeting);
				}
				write(welcome);
			}
			case "say" -> {
				seq += 1;
				write(Map.of("type", "ack", "replyTo", message.get("id").asString(), "seq", seq));
			}
			case "choose" -> write(Map.of("type", "ack", "replyTo", message.get("id").asString()));
			default -> {
				// The test answers everything else itself.
			}
		}
	}

	private static void servePage(Route route) {
		String path = URI.create(route.request().url()).getPath();
		String file = path.endsWith("/") ? path + "index.html" : path;
		try (InputStream in = ScriptedChatServer.class.getClassLoader().getResourceAsStream(STATIC_ROOT + file)) {
			if (in == null) {
				route.fulfill(new Route.FulfillOptions().setStatus(404));
				return;
			}
			String extension = file.substring(file.lastIndexOf('.') + 1);
			route.fulfill(new Route.FulfillOptions()
				.setStatus(200)
				.setContentType(CONTENT_TYPES.getOrDefault(extension, "application/octet-stream"))
				.setBodyBytes(in.readAllBytes()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
